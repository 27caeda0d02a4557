#include "ScreeningUi.h"

#include "core/storage/Database.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/screening/ScreeningHistoryWidget.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QTabWidget>

namespace samspil::ui {

namespace {

struct ScreeningUiText
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningUi)
};

/// Opens the citizen's page on the screening tab and starts a new screening there.
void newScreeningFor(MainWindow& window)
{
    const QString citizenId = window.currentCitizenId();
    if (citizenId.isEmpty()) {
        MessageBox::information(&window, ScreeningUiText::tr("New screening"),
                                ScreeningUiText::tr("Choose a citizen in the caseload first."));
        return;
    }
    if (!window.citizenPage() || window.citizenPage()->citizenId() != citizenId) {
        window.openCitizen(citizenId);
    }
    CitizenPage* page = window.citizenPage();
    if (!page) {
        return;
    }
    auto* history = page->findChild<ScreeningHistoryWidget*>(QStringLiteral("screeningHistory"));
    if (!history) {
        return;
    }
    page->tabs()->setCurrentWidget(history);
    history->newScreening();
}

} // namespace

void registerScreeningUi()
{
    CitizenPage::registerTab({QStringLiteral("screening"), 10, [] { return ScreeningUiText::tr("Screening"); },
                              [](Database& db, const QString& citizenId, QWidget* parent) -> QWidget* {
                                  auto* history = new ScreeningHistoryWidget(db, db.actor(), parent);
                                  history->setCitizen(citizenId);
                                  return history;
                              }});
    MainWindow::registerExtension([](MainWindow& window) {
        auto* action = new QAction(ScreeningUiText::tr("New &screening…"), &window);
        action->setObjectName(QStringLiteral("newScreeningAction"));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        action->setStatusTip(ScreeningUiText::tr("Screen the chosen citizen for risk of long-term public support"));
        QObject::connect(action, &QAction::triggered, &window, [&window] { newScreeningFor(window); });
        window.menu(MainWindow::MenuKey::Citizen)->addAction(action);
    });
}

} // namespace samspil::ui
