#include "DashboardUi.h"

#include "ui/main/MainWindow.h"
#include "ui/dashboard/DashboardWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>

#include <memory>

namespace samspil::ui {

namespace {
struct DashboardUiText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardUi)
};
} // namespace

void registerDashboardUi()
{
    MainWindow::registerExtension([](MainWindow& window) {
        auto* action = new QAction(DashboardUiText::tr("&Overview…"), &window);
        action->setObjectName(QStringLiteral("dashboardAction"));
        action->setStatusTip(DashboardUiText::tr("The team's numbers for a period: cases, risk, tracks, steps, outcomes, "
                                                 "weeks on support, team days and progression"));
        auto dashboard = std::make_shared<QPointer<DashboardWindow>>();
        QObject::connect(action, &QAction::triggered, &window, [&window, dashboard] {
            if (!*dashboard) {
                auto open = [&window](const QString& citizenId) {
                    window.openCitizen(citizenId);
                    window.raise();
                    window.activateWindow();
                };
                *dashboard = new DashboardWindow(window.database(), open, &window);
                (*dashboard)->setWindowFlag(Qt::Window);
                (*dashboard)->setAttribute(Qt::WA_DeleteOnClose);
                (*dashboard)->resize(1280, 800);
            }
            (*dashboard)->show();
            (*dashboard)->raise();
            (*dashboard)->activateWindow();
        });
        window.menu(MainWindow::MenuKey::Team)->addAction(action);
    });
}

} // namespace samspil::ui
