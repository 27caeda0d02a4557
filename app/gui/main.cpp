// The desktop client: arguments, translations, the database, and the main window.
#include "app/common/Startup.h"
#include "core/Modules.h"
#include "core/util/TimeZone.h"
#include "core/demo/DemoData.h"
#include "core/staff/OsAccount.h"
#include "core/staff/Session.h"
#include "core/storage/Database.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"
#include "ui/UiModules.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

using namespace samspil;

namespace {

/// Ties the strings of this file to a translation context.
struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

constexpr int kDemoCitizens = 180;

/// The demo database's first use: a team and fictitious citizens (synthetic CPR numbers), made
/// by the engine before anyone's account is bound.
Status addDemoData(Database& db)
{
    Database::EngineScope engine(db);
    auto r = DemoData::populate(db, {kDemoCitizens, 1});
    if (!r) {
        return Error{r.error()};
    }
    return db.setMeta(QStringLiteral("demo"), QStringLiteral("1"));
}

/// The value of --lang (or --lang=), read before the command line is parsed; empty if not given.
QString languageArgument(const QStringList& args)
{
    QString lang;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
        }
    }
    return lang;
}

/// The window for whoever runs Samspil. Who acts is the operating system's account, never a
/// choice: a member sees what their roles allow, anyone else the reason why not (and, on a
/// database with no accounts yet, the offer to become its first leader).
int showWindow(QApplication& app, Database& db)
{
    const bool demo = db.meta(QStringLiteral("demo")) == QLatin1String("1");
    const OsAccount account = OsAccount::current();
    auto session = demo ? Session::startDemo(db, account) : Session::start(db, account);
    if (!session) {
        ui::MessageBox::critical(nullptr, Gui::tr("Samspil"), session.error());
        return 1;
    }
    ui::MainWindow window(db, demo);
    window.setSession(session.value());
    window.show();
    if (session->standing() == Session::Standing::NoAccounts) {
        QTimer::singleShot(0, &window, [&window] { window.startFirstAccount(); });
    }
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    samspil::restrictNewFilesToOwner(); // exports, backups and settings: the owner's only
    samspil::settleTimeZone();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Samspil"));
    QApplication::setApplicationName(QStringLiteral("Samspil"));
    QApplication::setApplicationVersion(QStringLiteral(SAMSPIL_VERSION));

    // The language first, so that --help is in it too.
    installTranslations(app, chooseLanguage(languageArgument(QCoreApplication::arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Samspil: cross-disciplinary employment work after the Hjørring model."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), Gui::tr("Open this database file."), QStringLiteral("FILE"));
    QCommandLineOption demoOption(QStringLiteral("demo"), Gui::tr("Open the demo database (fictitious citizens)."));
    QCommandLineOption langOption(QStringLiteral("lang"), Gui::tr("Language: da (Danish) or en (English)."), QStringLiteral("LANG"));
    parser.addOptions({dbOption, demoOption, langOption});
    parser.process(app);

    QApplication::setApplicationDisplayName(QStringLiteral("Samspil"));
    registerCoreModules();
    ui::registerUiModules();

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const bool demoArg = parser.isSet(demoOption);
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = QDir(dataDir).filePath(demoArg ? QStringLiteral("samspil-demo.db") : QStringLiteral("samspil.db"));
    }
    const bool existed = QFileInfo::exists(path);

    bool wantDemo = demoArg && !existed;
    if (!existed && !demoArg && !parser.isSet(dbOption) && !ui::prefs::firstStartDone.get()) {
        const auto answer = ui::MessageBox::question(
            nullptr, Gui::tr("Welcome to Samspil"),
            Gui::tr("This is the first time Samspil starts on this computer. Do you want to start with an empty "
                    "database, or try Samspil with demo data (fictitious citizens and a team)?\n\n"
                    "Demo data can be recognised by “[DEMO]” in the title bar."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
            {{QMessageBox::Yes, Gui::tr("Start empty")}, {QMessageBox::No, Gui::tr("Try with demo data")}});
        if (answer == QMessageBox::Cancel) {
            return 0;
        }
        wantDemo = answer == QMessageBox::No;
    }

    OpenOptions options;
    options.path = path;
    options.mode = OpenOptions::Mode::OpenOrCreate;
    auto opened = Database::open(options);
    if (!opened) {
        ui::MessageBox::critical(nullptr, Gui::tr("Samspil cannot open the database"), opened.error());
        return 1;
    }
    auto db = std::move(opened).value();
    if (wantDemo) {
        if (auto s = addDemoData(*db); !s) {
            ui::MessageBox::critical(nullptr, Gui::tr("Samspil"), Gui::tr("The demo data could not be created: %1")
                                                                      .arg(s.error()));
            return 1;
        }
    }
    ui::prefs::firstStartDone.set(true);

    return showWindow(app, *db);
}
