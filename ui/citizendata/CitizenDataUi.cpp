#include "CitizenDataUi.h"

#include "core/storage/Database.h"
#include "ui/common/FileDialogs.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"
#include "ui/citizendata/CitizenExport.h"
#include "ui/citizendata/RetentionDialog.h"

#include <QAction>
#include <QDir>
#include <QMenu>

namespace samspil::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CitizenDataUi)
};

/// Before an erasure: the citizen's page, if it is open, is closed (asking about unsaved changes).
std::function<bool(const QString&)> leavePage(MainWindow& window)
{
    return [&window](const QString& citizenId) {
        if (window.citizenPage() && window.citizenPage()->citizenId() == citizenId) {
            return window.closeCitizenPage();
        }
        return true;
    };
}

} // namespace

void exportCurrentCitizen(MainWindow& window)
{
    const QString title = Tr::tr("Export everything about the citizen");
    const QString id = window.currentCitizenId();
    if (id.isEmpty()) {
        MessageBox::information(&window, title, Tr::tr("Choose a citizen first."));
        return;
    }
    const QString folder = FileDialogs::folder(&window, Tr::tr("Folder for the citizen's PDF and data file"),
                                               prefs::lastExportFolder.get());
    if (folder.isEmpty()) {
        return;
    }
    prefs::lastExportFolder.set(folder);
    auto written = CitizenExport::write(window.database(), id, folder);
    if (!written) {
        MessageBox::warning(&window, title, written.error());
        return;
    }
    MessageBox::information(&window, title,
                            Tr::tr("Saved for the citizen: %1 (%n pages to read) and %2 (all %3 records in full). The "
                                   "export is recorded in the citizen's access log.",
                                   nullptr, written->pages)
                                .arg(QDir::toNativeSeparators(written->pdf), QDir::toNativeSeparators(written->json))
                                .arg(written->records));
}

void eraseCurrentCitizen(MainWindow& window)
{
    const QString id = window.currentCitizenId();
    if (id.isEmpty()) {
        MessageBox::information(&window, Tr::tr("Erase the citizen's data"), Tr::tr("Choose a citizen first."));
        return;
    }
    EraseCitizenDialog dialog(window.database(), id, prefs::retentionYears.get(), &window);
    dialog.setBeforeErase(leavePage(window));
    dialog.exec();
}

void showRetention(MainWindow& window)
{
    RetentionDialog dialog(window.database(), &window);
    dialog.setBeforeErase(leavePage(window));
    dialog.exec();
}

void registerCitizenDataUi()
{
    MainWindow::registerExtension([](MainWindow& w) {
        MainWindow* window = &w;
        if (QMenu* citizen = w.menu(MainWindow::MenuKey::Citizen)) {
            citizen->addSeparator();
            auto* exportAction = citizen->addAction(Tr::tr("E&xport everything about the citizen…"));
            exportAction->setObjectName(QStringLiteral("actionExportCitizen"));
            exportAction->setStatusTip(Tr::tr("The citizen's right of access: a PDF to read and a data file with everything"));
            QObject::connect(exportAction, &QAction::triggered, window, [window] { exportCurrentCitizen(*window); });
            auto* erase = citizen->addAction(Tr::tr("Erase the citizen's data…"));
            erase->setObjectName(QStringLiteral("actionEraseCitizen"));
            QObject::connect(erase, &QAction::triggered, window, [window] { eraseCurrentCitizen(*window); });
            // Core refuses anyone else; the menu does not offer what the role does not allow.
            QObject::connect(citizen, &QMenu::aboutToShow, window, [window, exportAction, erase] {
                exportAction->setEnabled(window->database().principal().can(Capability::ExportAll));
                erase->setEnabled(window->database().principal().can(Capability::Erase));
            });
        }
        if (QMenu* team = w.menu(MainWindow::MenuKey::Team)) {
            auto* retention = team->addAction(Tr::tr("&Erasure of closed cases…"));
            retention->setObjectName(QStringLiteral("actionRetention"));
            retention->setStatusTip(Tr::tr("Closed cases past the retention period, and the erasures made"));
            QObject::connect(retention, &QAction::triggered, window, [window] { showRetention(*window); });
            QObject::connect(team, &QMenu::aboutToShow, window, [window, retention] {
                retention->setEnabled(window->database().principal().can(Capability::Erase));
            });
        }
        // An erasure that arrives from another PC takes the citizen's page with it.
        QObject::connect(&w.database(), &Database::tablesChanged, window, [window](const QSet<QString>& tables) {
            if (!tables.contains(QStringLiteral("erasure")) || !window->citizenPage()) {
                return;
            }
            if (window->database().erasedCitizens().contains(window->citizenPage()->citizenId())) {
                // Nothing on the page can be saved any more.
                window->closeCitizenPage(false);
            }
        });
    });
}

} // namespace samspil::ui
