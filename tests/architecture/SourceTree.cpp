#include "SourceTree.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <functional>

namespace samspil::test {

QString folderOf(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return parts.size() > 2 ? parts[0] + QLatin1Char('/') + parts[1] : parts[0];
}

QVector<SourceFile> readSources(const QString& root, const QStringList& tops)
{
    static const QRegularExpression include(QStringLiteral(R"x(^\s*#\s*include\s+"([^"]+)")x"));
    QVector<SourceFile> out;
    for (const QString& top : tops) {
        QDirIterator it(root + QLatin1Char('/') + top, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString abs = it.next();
            QFile f(abs);
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            SourceFile s;
            s.path = abs.mid(root.size() + 1);
            s.folder = folderOf(s.path);
            s.lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (const QString& line : s.lines) {
                const auto m = include.match(line);
                if (m.hasMatch() && m.captured(1).contains(QLatin1Char('/'))) {
                    s.includes << m.captured(1);
                }
            }
            out.append(s);
        }
    }
    return out;
}

QHash<QString, QSet<QString>> folderGraph(const QVector<SourceFile>& files)
{
    QHash<QString, QSet<QString>> graph;
    for (const auto& f : files) {
        graph[f.folder];
        const QString top = f.folder.section(QLatin1Char('/'), 0, 0);
        for (const QString& inc : f.includes) {
            const QString to = folderOf(inc);
            if (to != f.folder && to.section(QLatin1Char('/'), 0, 0) == top) {
                graph[f.folder].insert(to);
            }
        }
    }
    return graph;
}

QVector<QStringList> folderLoops(const QHash<QString, QSet<QString>>& graph)
{
    QHash<QString, int> index;
    QHash<QString, int> low;
    QStringList stack;
    QSet<QString> onStack;
    QVector<QStringList> loops;
    int counter = 0;
    std::function<void(const QString&)> visit = [&](const QString& v) {
        index[v] = low[v] = counter++;
        stack << v;
        onStack.insert(v);
        for (const QString& w : graph.value(v)) {
            if (!index.contains(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            QStringList component;
            QString w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component << w;
            } while (w != v);
            if (component.size() > 1) {
                component.sort();
                loops << component;
            }
        }
    };
    QStringList nodes = graph.keys();
    nodes.sort();
    for (const QString& v : nodes) {
        if (!index.contains(v)) {
            visit(v);
        }
    }
    return loops;
}

namespace {

/// The line without comments, character literals and the text of string literals.
QString code(const QString& line)
{
    QString out;
    bool inString = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!inString && c == QLatin1Char('/') && i + 1 < line.size() && line[i + 1] == QLatin1Char('/')) {
            break;
        }
        if (c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = !inString;
            continue;
        }
        if (!inString && c == QLatin1Char('\'')) {
            const int end = line.indexOf(QLatin1Char('\''), i + (i + 1 < line.size() && line[i + 1] == QLatin1Char('\\') ? 3 : 2));
            i = end < 0 ? i : end;
            continue;
        }
        if (!inString) {
            out += c;
        }
    }
    return out;
}

} // namespace

QVector<LongFunction> functionBodies(const QStringList& lines)
{
    static const QRegularExpression nsOrType(QStringLiteral(R"x(\b(namespace|class|struct|enum|union)\b)x"));
    QVector<LongFunction> out;
    QVector<bool> scopeIsNamespace; // for each open brace: whether it is a namespace (or extern "C")
    int bodyDepth = -1;             // depth of the open function body, or -1
    int bodyStart = 0;
    QString previous;
    bool inBlockComment = false;
    for (int n = 0; n < lines.size(); ++n) {
        QString text = lines[n];
        if (inBlockComment) {
            const int end = text.indexOf(QStringLiteral("*/"));
            if (end < 0) {
                continue;
            }
            text = text.mid(end + 2);
            inBlockComment = false;
        }
        if (const int start = text.indexOf(QStringLiteral("/*")); start >= 0 && !text.mid(start).contains(QStringLiteral("*/"))) {
            text = text.left(start);
            inBlockComment = true;
        }
        const QString c = code(text);
        for (const QChar ch : c) {
            if (ch == QLatin1Char('{')) {
                const bool atNamespaceLevel = std::all_of(scopeIsNamespace.begin(), scopeIsNamespace.end(), [](bool b) { return b; });
                const QString head = previous + QLatin1Char(' ') + c;
                const bool isNamespace = c.contains(QLatin1String("namespace")) || c.contains(QLatin1String("extern \"C\""));
                const bool isType = nsOrType.match(c).hasMatch() || (nsOrType.match(previous).hasMatch() && !previous.contains(QLatin1Char(')')));
                if (bodyDepth < 0 && atNamespaceLevel && !isNamespace && !isType && head.contains(QLatin1Char(')'))) {
                    bodyDepth = scopeIsNamespace.size();
                    bodyStart = n;
                }
                scopeIsNamespace.push_back(isNamespace);
            } else if (ch == QLatin1Char('}') && !scopeIsNamespace.isEmpty()) {
                scopeIsNamespace.pop_back();
                if (bodyDepth == scopeIsNamespace.size()) {
                    out.append({bodyStart + 1, n - bodyStart + 1});
                    bodyDepth = -1;
                }
            }
        }
        if (!c.trimmed().isEmpty()) {
            previous = c;
        }
    }
    return out;
}

bool holdsSql(const QString& line)
{
    static const QRegularExpression sql(QStringLiteral(
        R"re("[^"]*\b(SELECT\s.*\bFROM\b|SELECT\s+\w+\s*\(|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|(CREATE|ALTER|DROP)\s+(UNIQUE\s+)?(TABLE|INDEX)\b|PRAGMA\s+\w+))re"));
    return sql.match(line).hasMatch();
}

} // namespace samspil::test
