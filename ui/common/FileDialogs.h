#pragma once

#include <QString>

class QWidget;

namespace samspil::ui {

/// The one way the desktop client asks for a file or folder. A test answers the next question
/// in advance (setNextAnswer), as with MessageBox, so flows that save a file can run offscreen.
class FileDialogs
{
public:
    /// A file to save to; empty when the user cancels.
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    /// An existing folder; empty when the user cancels.
    static QString folder(QWidget* parent, const QString& title, const QString& start = {});

    /// Tests: the next question is not shown and returns this path (an empty path: cancelled).
    static void setNextAnswer(const QString& path);
    /// Tests: the name the last save question suggested.
    static QString lastSuggested() { return s_lastSuggested; }

private:
    static QString s_lastSuggested;
    static bool s_answered;
    static QString s_next;
};

} // namespace samspil::ui
