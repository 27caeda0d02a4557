#include "HelpUi.h"

#include "ui/help/HelpContext.h"
#include "ui/help/HelpWindow.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace samspil::ui {

namespace {
struct HelpUiText
{
    Q_DECLARE_TR_FUNCTIONS(HelpUi)
};
} // namespace

void registerHelpUi()
{
    MainWindow::registerExtension([](MainWindow& window) {
        HelpKeyFilter::install();
        QMenu* help = window.menu(MainWindow::MenuKey::Help);
        // F1 is the filter's, everywhere; the menu only shows it ("\t" puts it in the key column).
        auto* guide = new QAction(HelpUiText::tr("&User guide") + QStringLiteral("\tF1"), help);
        guide->setObjectName(QStringLiteral("userGuideAction"));
        QObject::connect(guide, &QAction::triggered, &window,
                         [&window] { HelpWindow::open(HelpContext::start(), &window); });
        const auto existing = help->actions();
        help->insertAction(existing.isEmpty() ? nullptr : existing.first(), guide);
        if (!existing.isEmpty()) {
            help->insertSeparator(existing.first());
        }
    });
}

} // namespace samspil::ui
