#include "Cli.h"

#include "core/staff/StaffRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace samspil::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

void addDatabaseOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), Tr::tr("The Samspil database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("as"), Tr::tr("Initials of the staff member acting (recorded with changes)."), QStringLiteral("INITIALS")});
}

bool parse(Context& ctx, QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(ctx.args)) {
        ctx.err << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

std::unique_ptr<Database> openDatabase(Context& ctx, const QCommandLineParser& parser, OpenOptions::Mode mode)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        ctx.err << Tr::tr("Name the database with --db FILE.") << Qt::endl;
        return nullptr;
    }
    OpenOptions o;
    o.path = path;
    o.mode = mode;
    auto db = Database::open(o);
    if (!db) {
        ctx.err << db.error() << Qt::endl;
        return nullptr;
    }
    auto database = std::move(db).value();
    database->setActor(QStringLiteral("samspil-cli"));
    if (parser.isSet(QStringLiteral("as"))) {
        const auto who = StaffRepository(*database).byInitials(parser.value(QStringLiteral("as")));
        if (!who) {
            ctx.err << Tr::tr("No staff member has the initials %1.").arg(parser.value(QStringLiteral("as"))) << Qt::endl;
            return nullptr;
        }
        database->setActor(who->id);
    }
    return database;
}

void printJson(Context& ctx, const QJsonObject& object)
{
    ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

int failWith(Context& ctx, const QString& message)
{
    ctx.err << message << Qt::endl;
    return Failed;
}

} // namespace samspil::cli
