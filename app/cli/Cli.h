#pragma once

#include "core/citizen/Citizen.h"
#include "core/staff/Session.h"
#include "core/staff/Staff.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace samspil::cli {

/// What every command gets: its own arguments, and the two streams.
struct Context
{
    QStringList args; ///< the command's arguments, program name first
    QTextStream& out;
    QTextStream& err;
};

struct Command
{
    QString name;
    QString synopsis;
    std::function<int(Context&)> run;
};

/// All commands, in the order `samspil-cli help` lists them.
const std::vector<Command>& commands();

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/// The command's result on standard output, as indented JSON.
void printJson(Context& ctx, const QJsonObject& object);

/// A date given on the command line: DD-MM-YYYY (also with . or /) or YYYY-MM-DD; none when it is
/// not a real date.
std::optional<QDate> parseDate(const QString& text);

/// One command's command line: the command declares its options, parses its arguments, and
/// opens the database named by --db; every problem is said on the error stream.
///
///     CommandLine cl(ctx);
///     cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
///     if (!cl.parse()) {
///         return Usage;
///     }
///     if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
///         return code;
///     }
///     Database& db = cl.db();
class CommandLine
{
public:
    /// The database options a command takes.
    enum class Uses {
        Database,     ///< --db FILE
        DatabaseOnly, ///< only --db FILE, and leaving it out is a usage error (stats)
        NoDatabase,   ///< neither (score, icf-search)
    };

    explicit CommandLine(Context& ctx, Uses uses = Uses::Database);

    void addOption(const QCommandLineOption& option);
    void addPositionalArgument(const QString& name, const QString& description);

    /// Parses the command's arguments; on a problem prints it and returns false (exit with Usage).
    bool parse();

    bool isSet(const QString& option) const;
    QString value(const QString& option) const;
    QStringList positionalArguments() const;

    /// Who may use a command: a Samspil user (the account bound to an active staff member), or
    /// anyone (init, demo and join, which make or fill a database; they act as the account too).
    enum class Who { Member, Anyone };
    /// Opens the database named by --db and acts as the operating-system account that runs the
    /// command (core/staff/Session; there is no option to be someone else). The clock, when
    /// given, is the database's (the command line keeps it as long as the database). Returns Ok,
    /// or prints the problem and returns the exit code: Failed (also for an account that is no
    /// Samspil user, when `who` is Member), or Usage when --db is missing for Uses::DatabaseOnly.
    int open(OpenOptions::Mode mode, std::unique_ptr<Clock> clock = nullptr, Who who = Who::Member);
    /// The person open() found.
    const Session& session() const { return m_session; }
    /// Looks the account up again (after a command bound it).
    int restartSession();
    /// The database open() opened.
    Database& db() const;

    /// The citizen whose CPR number --option names, in the open database; says so when none has it.
    /// Logs the access in the citizen's access log ("Read on the command line (plan)"), as the
    /// window logs opening a citizen's page.
    std::optional<Citizen> citizen(const QString& option = QStringLiteral("citizen"));
    /// The staff member whose initials --option names, in the open database; says so when none has them.
    std::optional<Staff> staffMember(const QString& option);

    /// Prints the message and returns Failed.
    int fail(const QString& message);
    /// Prints the message and returns Usage.
    int usage(const QString& message);

private:
    Context& m_ctx;
    Uses m_uses;
    QCommandLineParser m_parser;
    std::unique_ptr<Clock> m_clock; // before the database: it outlives it
    std::unique_ptr<Database> m_db;
    Session m_session;
};

} // namespace samspil::cli
