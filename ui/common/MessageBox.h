#pragma once

#include <QHash>
#include <QList>
#include <QMessageBox>
#include <QString>

namespace samspil::ui {

/// The one way the desktop client asks or tells the user something in a box. A test can answer
/// the next box in advance (setNextAnswer), as KeePassXC's MessageBox does, and read what was said.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button ask(QWidget* parent,
                      QMessageBox::Icon icon,
                      const QString& title,
                      const QString& text,
                      Buttons buttons,
                      Button defaultButton,
                      const QHash<Button, QString>& buttonTexts = {},
                      const QString& details = {});

    static Button question(QWidget* parent,
                           const QString& title,
                           const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No,
                           const QHash<Button, QString>& buttonTexts = {});
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void critical(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

    /// Tests: the next box is not shown and returns this answer (Ok for boxes that only tell).
    static void setNextAnswer(Button answer);
    /// Tests: one more box answered in advance, after those already set (a question, then the
    /// box that tells what happened).
    static void addNextAnswer(Button answer);
    /// Tests: the text of the last box (shown or answered in advance).
    static QString lastText();
    /// Tests: how many boxes were answered in advance or shown.
    static int count();

private:
    static QList<Button> s_nextAnswers;
    static QString s_lastText;
    static int s_count;
};

} // namespace samspil::ui
