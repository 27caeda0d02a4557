#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QWidget;

namespace samspil::ui {

/// Context help: which section of the user guide belongs to a window, a dialog or a citizen-page
/// tab. One table here, so no dialog has to know about help: a widget is matched by its
/// "helpSection" property, then its objectName, then its class (without namespace, base classes
/// too). F1 anywhere asks sectionFor() about the widget with the focus.
class HelpContext
{
public:
    /// The section (an anchor in the guide) for `widget`: a known dialog's own section, else the
    /// first match walking up from it through its parents (on a tab widget, the current page
    /// counts first). "start" when none.
    static QString sectionFor(const QWidget* widget);
    /// The section for F1 now: the focus widget, else the active modal dialog or window.
    static QString currentSection();
    /// Every entry of the table (class or objectName → anchor), for the test that every named
    /// section exists in the guide.
    static const QHash<QString, QString>& table();
    /// The anchor used when nothing matches.
    static QString start() { return QStringLiteral("start"); }

private:
    static QString lookup(const QWidget* widget);
};

/// Catches F1 everywhere in the application (also in modal dialogs, where the main window's
/// shortcuts do not reach) and opens the guide at HelpContext::currentSection().
class HelpKeyFilter : public QObject
{
public:
    using QObject::QObject;
    /// Installs one filter on the application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace samspil::ui
