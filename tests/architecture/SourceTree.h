#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace samspil::test {

/// The project's own source files (core/, ui/, app/), read once, for the architecture rules.
struct SourceFile
{
    QString path;   ///< relative to the project, e.g. "core/plan/PlanRepository.cpp"
    QString folder; ///< the feature folder, e.g. "core/plan" ("core" for core/Modules.cpp)
    QStringList lines;
    QStringList includes; ///< the project includes ("core/util/Dates.h"), as written
};

QVector<SourceFile> readSources(const QString& root, const QStringList& tops);

/// The folder a project path belongs to: its first two parts ("core/plan"), or the top itself.
QString folderOf(const QString& path);

/// Folder -> folders it includes (other than itself), within the same top.
QHash<QString, QSet<QString>> folderGraph(const QVector<SourceFile>& files);

/// The groups of folders that include each other round a loop (Tarjan's strongly connected
/// components with more than one folder).
QVector<QStringList> folderLoops(const QHash<QString, QSet<QString>>& graph);

struct LongFunction
{
    int firstLine = 0; ///< 1-based, the line of the body's opening brace
    int lines = 0;
};
/// Function bodies in a .cpp file, found by braces: a `{` at namespace level after a line with
/// `)` opens a body and the matching `}` closes it (lambdas and blocks inside count with it).
QVector<LongFunction> functionBodies(const QStringList& lines);

/// Whether a line holds SQL in a string literal (SELECT … FROM, INSERT INTO, UPDATE … SET,
/// DELETE FROM, CREATE/ALTER/DROP TABLE or INDEX, PRAGMA).
bool holdsSql(const QString& line);

} // namespace samspil::test
