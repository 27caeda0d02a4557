#include "RcUi.h"

#include "ui/main/MainWindow.h"
#include "ui/rc/RcWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>

namespace samspil::ui {

namespace {
struct RcUiText
{
    Q_DECLARE_TR_FUNCTIONS(RcUi)
};
} // namespace

void registerRcUi()
{
    MainWindow::registerExtension([](MainWindow& window) {
        auto* action = new QAction(RcUiText::tr("&Relational coordination…"), &window);
        action->setObjectName(QStringLiteral("relationalCoordinationAction"));
        action->setStatusTip(RcUiText::tr("How well the professions work together: survey rounds and the matrix"));
        // One window per main window, raised when asked for again.
        auto rcWindow = std::make_shared<QPointer<RcWindow>>();
        QObject::connect(action, &QAction::triggered, &window, [&window, rcWindow] {
            if (!*rcWindow) {
                *rcWindow = new RcWindow(window.database(), &window);
                (*rcWindow)->setWindowFlag(Qt::Window);
                (*rcWindow)->setAttribute(Qt::WA_DeleteOnClose);
                (*rcWindow)->resize(1000, 700);
            }
            (*rcWindow)->show();
            (*rcWindow)->raise();
            (*rcWindow)->activateWindow();
        });
        window.menu(MainWindow::MenuKey::Team)->addAction(action);
    });
}

} // namespace samspil::ui
