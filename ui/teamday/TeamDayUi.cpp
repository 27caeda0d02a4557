#include "TeamDayUi.h"

#include "core/storage/Database.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/teamday/BookConferenceDialog.h"
#include "ui/teamday/BookTeamDayDialog.h"
#include "ui/teamday/DayView.h"
#include "ui/teamday/MyTasksDialog.h"
#include "ui/teamday/TeamDayTab.h"
#include "ui/teamday/WorkingHoursDialog.h"

#include <QCoreApplication>
#include <QMenu>

namespace samspil::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamDayUi)
};
} // namespace

void registerTeamDayUi()
{
    CitizenPage::registerTab({QStringLiteral("teamday"), 30, [] { return Tr::tr("Team day"); },
                              [](Database& db, const QString& citizenId, QWidget* parent) -> QWidget* {
                                  return new TeamDayTab(db, citizenId, parent);
                              }});
    MainWindow::registerExtension([](MainWindow& w) {
        MainWindow* window = &w;
        if (QMenu* citizen = w.menu(MainWindow::MenuKey::Citizen)) {
            auto* book = citizen->addAction(Tr::tr("Book team day…"));
            book->setObjectName(QStringLiteral("actionBookTeamDay"));
            QObject::connect(book, &QAction::triggered, window, [window] {
                const QString id = window->currentCitizenId();
                if (id.isEmpty()) {
                    MessageBox::information(window, Tr::tr("Book team day"), Tr::tr("Choose a citizen first."));
                    return;
                }
                BookTeamDayDialog dialog(window->database(), id, window);
                dialog.exec();
            });
            auto* conference = citizen->addAction(Tr::tr("Book conference…"));
            conference->setObjectName(QStringLiteral("actionBookConference"));
            QObject::connect(conference, &QAction::triggered, window, [window] {
                const QString id = window->currentCitizenId();
                if (id.isEmpty()) {
                    MessageBox::information(window, Tr::tr("Book conference"), Tr::tr("Choose a citizen first."));
                    return;
                }
                BookConferenceDialog dialog(window->database(), id, window);
                dialog.exec();
            });
        }
        if (QMenu* team = w.menu(MainWindow::MenuKey::Team)) {
            auto* day = team->addAction(Tr::tr("Day view…"));
            day->setObjectName(QStringLiteral("actionDayView"));
            QObject::connect(day, &QAction::triggered, window, [window] {
                DayView view(window->database(), window->database().clock().today(), window);
                view.setStaff(window->currentUser());
                view.exec();
            });
            auto* hours = team->addAction(Tr::tr("Working hours…"));
            hours->setObjectName(QStringLiteral("actionWorkingHours"));
            QObject::connect(hours, &QAction::triggered, window, [window] {
                WorkingHoursDialog dialog(window->database(), window);
                dialog.exec();
            });
            auto* tasks = team->addAction(Tr::tr("My tasks…"));
            tasks->setObjectName(QStringLiteral("actionMyTasks"));
            QObject::connect(tasks, &QAction::triggered, window, [window] {
                MyTasksDialog dialog(window->database(), window->currentUser(), window);
                QObject::connect(&dialog, &MyTasksDialog::openCitizen, window, &MainWindow::openCitizen);
                dialog.exec();
            });
        }
    });
}

} // namespace samspil::ui
