#define CATCH_CONFIG_RUNNER
#include "core/Modules.h"
#include "app/common/Startup.h"
#include "core/staff/Staff.h"
#include "core/storage/Database.h"
#include "core/util/Dates.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QXmlStreamReader>

using namespace samspil;

namespace {

struct Message
{
    QString translation;
    bool finished = false;
};

/// context -> source -> translation
QMap<QString, QMap<QString, Message>> readTs(const QString& path)
{
    QMap<QString, QMap<QString, Message>> out;
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out[context][source] = {text, !unfinished && !text.trimmed().isEmpty()};
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("Every user-visible string in the source has a Danish translation", "[i18n]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_da.ts"));
    const QString src = QStringLiteral(SAMSPIL_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setWorkingDirectory(src);
    lupdate.start(QStringLiteral(SAMSPIL_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   src + QStringLiteral("/core"), src + QStringLiteral("/ui"),
                   src + QStringLiteral("/app"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    const auto wanted = readTs(fresh);
    const auto shipped = readTs(src + QStringLiteral("/resources/translations/samspil_da.ts"));
    QStringList missing;
    int count = 0;
    for (auto ctx = wanted.cbegin(); ctx != wanted.cend(); ++ctx) {
        for (auto msg = ctx->cbegin(); msg != ctx->cend(); ++msg) {
            ++count;
            const auto found = shipped.value(ctx.key()).value(msg.key());
            if (!found.finished) {
                missing << ctx.key() + QStringLiteral(": ") + msg.key();
            }
        }
    }
    INFO("Run scripts/update-translations.sh and translate:\n" << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
    CHECK(count > 100);
}

TEST_CASE("The Danish translation is loaded and used at run time", "[i18n]")
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("da"));
    // A plain context (Q_DECLARE_TR_FUNCTIONS) ...
    CHECK(Professions::label(Profession::Nurse) == QStringLiteral("Sygeplejerske"));
    CHECK(Professions::label(Profession::Caseworker) == QStringLiteral("Koordinerende sagsbehandler"));
    // ... and a QObject class in the samspil namespace.
    auto r = Database::open({QStringLiteral("/nonexistent/dir/x.db"), OpenOptions::Mode::OpenExisting});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QStringLiteral("Der er ingen Samspil-database")));
    // Danish dates, as the users write them.
    CHECK(formatDate(QDate(2026, 11, 22)) == QStringLiteral("22-11-2026"));
    CHECK(QLocale().language() == QLocale::Danish);
}

TEST_CASE("On the caseload page in Danish, each Alt key is taken once", "[i18n]")
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("da"));
    // The menu bar's menus and the labelled fields above the caseload: all reachable at once.
    const char* context = "samspil::ui::MainWindow";
    QMap<QChar, QString> taken;
    for (const char* source : {"&File", "&Citizen", "&Team", "&Help", "&Search:", "&Caseworker:", "Only &overdue"}) {
        const QString text = QCoreApplication::translate(context, source);
        INFO(text.toStdString());
        const auto amp = text.indexOf(QLatin1Char('&'));
        REQUIRE(amp >= 0);
        REQUIRE(amp + 1 < text.size());
        const QChar key = text.at(amp + 1).toLower();
        INFO("also " << taken.value(key).toStdString());
        CHECK_FALSE(taken.contains(key));
        taken.insert(key, text);
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    samspil::registerCoreModules();
    return Catch::Session().run(argc, argv);
}
