#include "HelpContext.h"

#include "ui/help/HelpWindow.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QTabWidget>
#include <QVariant>

namespace samspil::ui {

const QHash<QString, QString>& HelpContext::table()
{
    static const QHash<QString, QString> sections{
        // Getting started: who you are, staff, working hours.
        {QStringLiteral("AccessPage"), QStringLiteral("din-login")},
        {QStringLiteral("FirstAccountDialog"), QStringLiteral("foerste-leder")},
        {QStringLiteral("StaffDialog"), QStringLiteral("medarbejdere")},
        {QStringLiteral("WorkingHoursDialog"), QStringLiteral("arbejdstider")},
        // The caseload and the citizen's basic data.
        {QStringLiteral("MainWindow"), QStringLiteral("sagsstamme")},
        {QStringLiteral("NewCitizenDialog"), QStringLiteral("ny-borger")},
        {QStringLiteral("ImportDialog"), QStringLiteral("import")},
        {QStringLiteral("CitizenForm"), QStringLiteral("stamdata")},
        // The Hjørring flow.
        {QStringLiteral("ScreeningWizard"), QStringLiteral("screening")},
        {QStringLiteral("ScreeningHistoryWidget"), QStringLiteral("screening")},
        {QStringLiteral("TeamDayTab"), QStringLiteral("teamdag")},
        {QStringLiteral("BookTeamDayDialog"), QStringLiteral("teamdag")},
        {QStringLiteral("MoveAppointmentDialog"), QStringLiteral("teamdag")},
        {QStringLiteral("DayView"), QStringLiteral("dagsoversigt")},
        {QStringLiteral("MyTasksDialog"), QStringLiteral("dagsoversigt")},
        {QStringLiteral("NoteEditor"), QStringLiteral("notater")},
        {QStringLiteral("ConsentDialog"), QStringLiteral("samtykke")},
        {QStringLiteral("BookConferenceDialog"), QStringLiteral("konference")},
        {QStringLiteral("ConferenceDialog"), QStringLiteral("konference")},
        {QStringLiteral("PlanTab"), QStringLiteral("indsatsplan")},
        {QStringLiteral("GoalDialog"), QStringLiteral("maal")},
        {QStringLiteral("InterventionDialog"), QStringLiteral("indsatser")},
        {QStringLiteral("AgreeDialog"), QStringLiteral("aftal-planen")},
        {QStringLiteral("ProgressionPanel"), QStringLiteral("progression")},
        {QStringLiteral("PlanVersionsPanel"), QStringLiteral("udskriv")},
        // Team-wide windows.
        {QStringLiteral("SyncDialog"), QStringLiteral("synkronisering")},
        {QStringLiteral("DashboardWindow"), QStringLiteral("overblik")},
        {QStringLiteral("CitizenListDialog"), QStringLiteral("overblik")},
        {QStringLiteral("RcWindow"), QStringLiteral("relationel")},
        {QStringLiteral("CompaniesWindow"), QStringLiteral("virksomheder")},
        {QStringLiteral("PlacementsTab"), QStringLiteral("virksomheder")},
        {QStringLiteral("PlacementDialog"), QStringLiteral("virksomheder")},
        // Closing a case and the citizen's rights.
        {QStringLiteral("CloseCaseDialog"), QStringLiteral("afslut")},
        {QStringLiteral("AccessLogView"), QStringLiteral("adgangslog")},
        {QStringLiteral("RetentionDialog"), QStringLiteral("sletning")},
        {QStringLiteral("EraseCitizenDialog"), QStringLiteral("sletning")},
    };
    return sections;
}

QString HelpContext::lookup(const QWidget* widget)
{
    const QString own = widget->property("helpSection").toString();
    if (!own.isEmpty()) {
        return own;
    }
    const auto& sections = table();
    if (!widget->objectName().isEmpty()) {
        const auto byName = sections.constFind(widget->objectName());
        if (byName != sections.cend()) {
            return *byName;
        }
    }
    for (const QMetaObject* m = widget->metaObject(); m; m = m->superClass()) {
        QString name = QString::fromLatin1(m->className());
        name = name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
        const auto byClass = sections.constFind(name);
        if (byClass != sections.cend()) {
            return *byClass;
        }
    }
    return {};
}

QString HelpContext::sectionFor(const QWidget* widget)
{
    // A dialog is one section, whatever it holds (the new-citizen dialog holds the citizen form).
    if (widget && qobject_cast<const QDialog*>(widget->window())) {
        const QString section = lookup(widget->window());
        if (!section.isEmpty()) {
            return section;
        }
    }
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (const auto* tabs = qobject_cast<const QTabWidget*>(w); tabs && tabs->currentWidget()) {
            // The page shown: itself, or the first known widget on it (a form in a scroll area).
            QString section = lookup(tabs->currentWidget());
            const auto inside = tabs->currentWidget()->findChildren<QWidget*>();
            for (int i = 0; section.isEmpty() && i < inside.size(); ++i) {
                section = lookup(inside.at(i));
            }
            if (!section.isEmpty()) {
                return section;
            }
        }
        const QString section = lookup(w);
        if (!section.isEmpty()) {
            return section;
        }
    }
    return start();
}

QString HelpContext::currentSection()
{
    const QWidget* from = QApplication::focusWidget();
    if (!from) {
        from = QApplication::activeModalWidget();
    }
    if (!from) {
        from = QApplication::activeWindow();
    }
    return sectionFor(from);
}

void HelpKeyFilter::install()
{
    static bool done = false;
    if (done || !qApp) {
        return;
    }
    done = true;
    qApp->installEventFilter(new HelpKeyFilter(qApp));
}

bool HelpKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F1 && key->modifiers() == Qt::NoModifier) {
            auto* widget = static_cast<QWidget*>(watched);
            if (!qobject_cast<HelpWindow*>(widget->window())) {
                HelpWindow::open(HelpContext::sectionFor(widget), widget); // the key goes to the focus widget
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace samspil::ui
