// samspil-cli: the same core as the desktop client, without a window, for scripts and tests.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/common/Startup.h"
#include "core/Modules.h"
#include "core/util/TimeZone.h"

#include <QApplication>

#include <cstdio>

using namespace samspil;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void usage(QTextStream& s)
{
    s << Tr::tr("Usage: samspil-cli COMMAND [options]  (--lang da|en for the language of messages)") << "\n\n";
    for (const auto& c : cli::commands()) {
        s << "  samspil-cli " << c.synopsis << "\n";
    }
    s.flush();
}

/// A QApplication on the offscreen platform (unless one is chosen), for export-plan and export-citizen.
std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QApplication>(argc, argv);
}
} // namespace

int main(int argc, char** argv)
{
    samspil::restrictNewFilesToOwner(); // exports, backups and settings: the owner's only
    samspil::settleTimeZone();
    // export-plan draws charts (Qt Charts needs a QApplication) and export-citizen lays out a PDF
    // (fonts need a GUI application); every other command stays windowless.
    bool gui = false;
    for (int i = 1; i < argc && !gui; ++i) {
        gui = qstrcmp(argv[i], "export-plan") == 0 || qstrcmp(argv[i], "export-citizen") == 0;
    }
    std::unique_ptr<QCoreApplication> application = gui ? makeGuiApplication(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    registerCoreModules();
    QCoreApplication::setApplicationName(QStringLiteral("samspil-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Samspil"));

    QStringList args = QCoreApplication::arguments();
    QString lang;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    installTranslations(app, chooseLanguage(lang));
    registerCoreModules(); // next-step rules and checks of every module, as in the desktop client

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2 || args[1] == QLatin1String("help") || args[1] == QLatin1String("--help")) {
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? cli::Usage : cli::Ok;
    }
    const QString name = args[1];
    for (const auto& c : cli::commands()) {
        if (c.name == name) {
            cli::Context ctx{QStringList{args[0] + QLatin1Char(' ') + name} + args.mid(2), out, err};
            return c.run(ctx);
        }
    }
    err << Tr::tr("Unknown command “%1”.").arg(name) << "\n";
    usage(err);
    return cli::Usage;
}
