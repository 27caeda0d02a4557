#pragma once

#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>

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

/// Parses the options; on a problem prints it and returns false.
bool parse(Context& ctx, QCommandLineParser& parser);
/// Opens the database named by --db (required).
std::unique_ptr<Database> openDatabase(Context& ctx, const QCommandLineParser& parser, OpenOptions::Mode mode);
void printJson(Context& ctx, const QJsonObject& object);
int failWith(Context& ctx, const QString& message);
/// --db, and --as INITIALS (who is acting, for the change log).
void addDatabaseOptions(QCommandLineParser& parser);

} // namespace samspil::cli
