#include "SyncUi.h"

#include "core/storage/Database.h"
#include "core/util/Dates.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncDialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace samspil::ui {

namespace {

struct SyncUiText
{
    Q_DECLARE_TR_FUNCTIONS(SyncUi)
};

/// The status-bar button's text, icon and tooltip from the controller's state.
void showStatus(QToolButton* button, SyncController& controller)
{
    const SyncStatus s = controller.status();
    QString text;
    QString tip;
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    if (s.waiting) {
        text = SyncUiText::tr("Waiting to be admitted");
        tip = SyncUiText::tr("This PC waits to be admitted to the team (code %1). See File → Sync….").arg(s.code);
        icon = QStyle::SP_MessageBoxInformation;
    } else if (!s.joined) {
        text = SyncUiText::tr("This PC only");
        tip = SyncUiText::tr("Not synchronised with the team. Choose the team's shared folder under File → Sync….");
        icon = QStyle::SP_DriveNetIcon;
    } else if (controller.busy()) {
        text = SyncUiText::tr("Synchronising…");
        tip = s.share;
    } else if (!s.lastProblem.isEmpty()) {
        text = SyncUiText::tr("Sync: problem");
        tip = s.lastProblem;
        icon = QStyle::SP_MessageBoxWarning;
    } else {
        text = s.lastSync.isValid()
                   ? SyncUiText::tr("Synchronised %1").arg(s.lastSync.toLocalTime().toString(QStringLiteral("HH:mm")))
                   : SyncUiText::tr("Not synchronised yet");
        tip = SyncUiText::tr("Shared folder: %1").arg(s.share);
        icon = QStyle::SP_DialogApplyButton;
    }
    if (s.joined && s.pending > 0) {
        tip += QLatin1Char('\n') + SyncUiText::tr("%n change(s) waiting to be sent.", nullptr, int(s.pending));
    }
    if (s.conflicts + s.flags > 0) {
        text += QStringLiteral(" · ") + SyncUiText::tr("%n conflict(s)", nullptr, s.conflicts + s.flags);
        icon = QStyle::SP_MessageBoxWarning;
    }
    button->setText(text);
    button->setToolTip(tip);
    button->setIcon(QApplication::style()->standardIcon(icon));
}

} // namespace

void registerSyncUi()
{
    MainWindow::registerExtension([](MainWindow& window) {
        auto* controller = new SyncController(window.database(), &window);
        controller->setObjectName(QStringLiteral("syncController"));

        auto* button = new QToolButton(&window);
        button->setObjectName(QStringLiteral("syncStatusButton"));
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        window.addStatusWidget(button);

        auto dialog = std::make_shared<QPointer<SyncDialog>>();
        auto openDialog = [&window, controller, dialog] {
            if (!*dialog) {
                *dialog = new SyncDialog(*controller, &window);
                (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
            }
            (*dialog)->show();
            (*dialog)->raise();
            (*dialog)->activateWindow();
            return dialog->data();
        };
        QObject::connect(button, &QToolButton::clicked, &window, openDialog);

        auto* syncNow = new QAction(SyncUiText::tr("Sync &now"), &window);
        syncNow->setObjectName(QStringLiteral("syncNowAction"));
        syncNow->setShortcut(QKeySequence(Qt::Key_F9));
        syncNow->setStatusTip(SyncUiText::tr("Exchange changes with the team's other PCs now"));
        QObject::connect(syncNow, &QAction::triggered, &window, [&window, controller, openDialog] {
            if (!controller->joined()) {
                openDialog();
                return;
            }
            (void)controller->syncNow(true);
        });
        auto* settings = new QAction(SyncUiText::tr("S&ync…"), &window);
        settings->setObjectName(QStringLiteral("syncDialogAction"));
        settings->setStatusTip(SyncUiText::tr("The team's shared folder, conflicts and the sync log"));
        QObject::connect(settings, &QAction::triggered, &window, openDialog);

        QMenu* file = window.menu(MainWindow::MenuKey::File);
        QAction* first = file->actions().isEmpty() ? nullptr : file->actions().constLast();
        // Above the last entry (Quit), behind a separator.
        file->insertAction(first, syncNow);
        file->insertAction(first, settings);
        file->insertSeparator(first);

        auto update = [&window, button, controller, syncNow] {
            showStatus(button, *controller);
            // Core refuses a sync to an account without it (one no one has added, on a team's database).
            syncNow->setEnabled(!controller->busy() && window.database().principal().can(Capability::Sync));
            button->repaint(); // a sync runs on this thread: show "Synchronising…" before it starts
        };
        QObject::connect(controller, &SyncController::statusChanged, button, update);
        QObject::connect(&window.database(), &Database::tablesChanged, button, update);
        QObject::connect(controller, &SyncController::synced, &window,
                         [&window](bool, const QString& message) { window.statusBar()->showMessage(message, 10000); });
        update();
        controller->start();
    });
}

} // namespace samspil::ui
