#include "CompanyUi.h"

#include "ui/citizen/CitizenPage.h"
#include "ui/company/CompaniesWindow.h"
#include "ui/company/CompanyReportSection.h"
#include "ui/company/PlacementsTab.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>

#include <memory>

namespace samspil::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompanyUi)
};
} // namespace

void registerCompanyUi()
{
    registerCompanyReportSection();
    CitizenPage::registerTab({QStringLiteral("company"), 40, [] { return Tr::tr("Company"); },
                              [](Database& db, const QString& citizenId, QWidget* parent) -> QWidget* {
                                  return new PlacementsTab(db, citizenId, parent);
                              }});
    MainWindow::registerExtension([](MainWindow& window) {
        auto* action = new QAction(Tr::tr("&Companies…"), &window);
        action->setObjectName(QStringLiteral("companiesAction"));
        action->setStatusTip(Tr::tr("The companies the job centre works with: contacts, offers, import"));
        // One window per main window, raised when asked for again.
        auto companies = std::make_shared<QPointer<CompaniesWindow>>();
        QObject::connect(action, &QAction::triggered, &window, [&window, companies] {
            if (!*companies) {
                *companies = new CompaniesWindow(window.database(), &window);
                (*companies)->setWindowFlag(Qt::Window);
                (*companies)->setAttribute(Qt::WA_DeleteOnClose);
            }
            (*companies)->show();
            (*companies)->raise();
            (*companies)->activateWindow();
        });
        window.menu(MainWindow::MenuKey::Team)->addAction(action);
    });
}

} // namespace samspil::ui
