#include "Cli.h"

#include "core/citizen/CitizenRepository.h"
#include "core/io/CsvReader.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/AccessLog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace samspil::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

std::optional<QDate> parseDate(const QString& text)
{
    const QDate d = CsvReader::parseDate(text);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

void printJson(Context& ctx, const QJsonObject& object)
{
    ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

CommandLine::CommandLine(Context& ctx, Uses uses)
    : m_ctx(ctx)
    , m_uses(uses)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (uses != Uses::NoDatabase) {
        m_parser.addOption({QStringLiteral("db"), Tr::tr("The Samspil database file."), QStringLiteral("FILE")});
    }
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void CommandLine::addPositionalArgument(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
}

bool CommandLine::parse()
{
    if (!m_parser.parse(m_ctx.args)) {
        m_ctx.err << m_parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

bool CommandLine::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}

QString CommandLine::value(const QString& option) const
{
    return m_parser.value(option);
}

QStringList CommandLine::positionalArguments() const
{
    return m_parser.positionalArguments();
}

int CommandLine::open(OpenOptions::Mode mode, std::unique_ptr<Clock> clock, Who who)
{
    const QString path = m_parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        m_ctx.err << Tr::tr("Name the database with --db FILE.") << Qt::endl;
        return m_uses == Uses::DatabaseOnly ? Usage : Failed;
    }
    m_clock = std::move(clock);
    OpenOptions o;
    o.path = path;
    o.mode = mode;
    o.clock = m_clock.get();
    auto opened = Database::open(o);
    if (!opened) {
        return fail(opened.error());
    }
    m_db = std::move(opened).value();
    if (const int code = restartSession(); code != Ok) {
        return code;
    }
    if (who == Who::Member && !m_session.member()) {
        m_db.reset();
        return fail(m_session.refusal());
    }
    return Ok;
}

int CommandLine::restartSession()
{
    const OsAccount account = OsAccount::current();
    const bool demo = m_db->meta(QStringLiteral("demo")) == QLatin1String("1");
    auto session = demo ? Session::startDemo(*m_db, account) : Session::start(*m_db, account);
    if (!session) {
        m_db.reset();
        return fail(session.error());
    }
    m_session = std::move(session).value();
    return Ok;
}

Database& CommandLine::db() const
{
    Q_ASSERT(m_db);
    return *m_db;
}

std::optional<Citizen> CommandLine::citizen(const QString& option)
{
    const auto c = CitizenRepository(db()).findByCpr(value(option));
    if (!c) {
        fail(Tr::tr("No citizen has the CPR number %1.").arg(value(option)));
        return c;
    }
    const QString command = m_ctx.args.value(0).section(QLatin1Char(' '), -1);
    if (auto logged = AccessLog(db()).record(AccessLog::Action::Open, c->id, AccessLog::kCommandLine + command); !logged) {
        fail(logged.error());
        return std::nullopt;
    }
    return c;
}

std::optional<Staff> CommandLine::staffMember(const QString& option)
{
    const auto s = StaffRepository(db()).byInitials(value(option));
    if (!s) {
        fail(Tr::tr("No staff member has the initials %1.").arg(value(option)));
    }
    return s;
}

int CommandLine::fail(const QString& message)
{
    m_ctx.err << message << Qt::endl;
    return Failed;
}

int CommandLine::usage(const QString& message)
{
    m_ctx.err << message << Qt::endl;
    return Usage;
}

} // namespace samspil::cli
