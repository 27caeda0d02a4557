// The layout's rules (docs/DESIGN.md section 2), checked on the source tree itself: one folder per
// feature, the storage engine beneath them all, no folders that include each other round a loop,
// SQL only where it belongs, and no file or function too long to read.
#include "tests/architecture/SourceTree.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace samspil::test;

namespace {

const QVector<SourceFile>& sources()
{
    static const QVector<SourceFile> files =
        readSources(QStringLiteral(SAMSPIL_SOURCE_DIR), {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")});
    return files;
}

QString joined(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("(none)") : list.join(QLatin1Char('\n'));
}

constexpr int kMaxFileLines = 700;
constexpr int kMaxFunctionLines = 80;

} // namespace

TEST_CASE("The source tree is read", "[architecture]")
{
    REQUIRE(sources().size() > 100);
}

TEST_CASE("The storage engine includes only itself and core/util", "[architecture]")
{
    QStringList wrong;
    for (const auto& f : sources()) {
        if (f.folder != QLatin1String("core/storage")) {
            continue;
        }
        for (const QString& inc : f.includes) {
            if (!inc.startsWith(QLatin1String("core/storage/")) && !inc.startsWith(QLatin1String("core/util/"))) {
                wrong << f.path + QStringLiteral(" includes ") + inc;
            }
        }
    }
    INFO(joined(wrong).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("No folders in core or ui include each other, directly or round a loop", "[architecture]")
{
    QStringList loops;
    for (const QStringList& loop : folderLoops(folderGraph(sources()))) {
        loops << loop.join(QStringLiteral(" <-> "));
    }
    INFO(joined(loops).toStdString());
    CHECK(loops.isEmpty());
}

TEST_CASE("core has no widgets, and nothing in core includes ui or app", "[architecture]")
{
    QStringList wrong;
    for (const auto& f : sources()) {
        if (!f.path.startsWith(QLatin1String("core/"))) {
            continue;
        }
        for (const QString& inc : f.includes) {
            if (inc.startsWith(QLatin1String("ui/")) || inc.startsWith(QLatin1String("app/"))) {
                wrong << f.path + QStringLiteral(" includes ") + inc;
            }
        }
        for (const QString& line : f.lines) {
            if (line.contains(QLatin1String("#include <QWidget")) || line.contains(QLatin1String("#include <QtWidgets"))) {
                wrong << f.path + QStringLiteral(": ") + line.trimmed();
            }
        }
    }
    INFO(joined(wrong).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("SQL is written only in core/storage and in a feature's Repository, Schema and Queries files", "[architecture]")
{
    static const QRegularExpression allowed(QStringLiteral(R"x(^core/(storage/.*|\w+/\w*(Repository|Schema|Queries)\.(cpp|h))$)x"));
    QStringList wrong;
    for (const auto& f : sources()) {
        if (allowed.match(f.path).hasMatch()) {
            continue;
        }
        for (int i = 0; i < f.lines.size(); ++i) {
            if (holdsSql(f.lines[i])) {
                wrong << QStringLiteral("%1:%2: %3").arg(f.path).arg(i + 1).arg(f.lines[i].trimmed());
            }
        }
    }
    INFO(joined(wrong).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("No source file is over 700 lines and no function over 80", "[architecture]")
{
    QStringList wrong;
    for (const auto& f : sources()) {
        if (f.lines.size() > kMaxFileLines + 1) { // a file ends with a newline: one empty last entry
            wrong << QStringLiteral("%1: %2 lines").arg(f.path).arg(f.lines.size() - 1);
        }
        if (!f.path.endsWith(QLatin1String(".cpp"))) {
            continue;
        }
        for (const auto& body : functionBodies(f.lines)) {
            if (body.lines > kMaxFunctionLines) {
                wrong << QStringLiteral("%1:%2: a function of %3 lines").arg(f.path).arg(body.firstLine).arg(body.lines);
            }
        }
    }
    INFO(joined(wrong).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("The architecture rules' reader finds what they look for", "[architecture]")
{
    SECTION("function bodies, not namespaces, classes or the lambdas inside")
    {
        const QStringList lines = QStringLiteral("namespace samspil {\n"
                                                 "namespace {\n"
                                                 "int helper(int a)\n"
                                                 "{\n"
                                                 "    auto f = [](int b) {\n"
                                                 "        return b; // }\n"
                                                 "    };\n"
                                                 "    return f(a) + '}';\n"
                                                 "}\n"
                                                 "} // namespace\n"
                                                 "struct Point\n"
                                                 "{\n"
                                                 "    int x() const { return 1; }\n"
                                                 "};\n"
                                                 "Foo::Foo(int a)\n"
                                                 "    : m(a)\n"
                                                 "{\n"
                                                 "    const char* s = \"{\";\n"
                                                 "}\n"
                                                 "}\n")
                                      .split(QLatin1Char('\n'));
        const auto bodies = functionBodies(lines);
        REQUIRE(bodies.size() == 2);
        CHECK(bodies[0].firstLine == 4);
        CHECK(bodies[0].lines == 6);
        CHECK(bodies[1].firstLine == 17);
        CHECK(bodies[1].lines == 3);
    }
    SECTION("loops between folders")
    {
        QHash<QString, QSet<QString>> graph;
        graph[QStringLiteral("core/a")] = {QStringLiteral("core/b")};
        graph[QStringLiteral("core/b")] = {QStringLiteral("core/c")};
        graph[QStringLiteral("core/c")] = {QStringLiteral("core/a")};
        graph[QStringLiteral("core/d")] = {QStringLiteral("core/a")};
        const auto loops = folderLoops(graph);
        REQUIRE(loops.size() == 1);
        CHECK(loops[0] == QStringList{QStringLiteral("core/a"), QStringLiteral("core/b"), QStringLiteral("core/c")});
    }
    SECTION("SQL in string literals, not in words or comments")
    {
        CHECK(holdsSql(QStringLiteral(R"x(q.prepare(QStringLiteral("SELECT id FROM citizen WHERE cpr = ?"));)x")));
        CHECK(holdsSql(QStringLiteral(R"x(    "DELETE FROM plan_goal WHERE plan_id = ?")x")));
        CHECK(holdsSql(QStringLiteral(R"x(QStringLiteral("CREATE INDEX x ON y (z)"))x")));
        CHECK_FALSE(holdsSql(QStringLiteral(R"x(tr("Select the citizen from the list"))x")));
        CHECK_FALSE(holdsSql(QStringLiteral("// SELECT id FROM citizen")));
    }
}

TEST_CASE("Every test's name can be run by CTest", "[architecture]")
{
    // CTest is given each test by name in a CMake list: a semicolon splits the name, and the
    // test program then runs no test at all and passes (a test that can never fail).
    const auto tests = readSources(QStringLiteral(SAMSPIL_SOURCE_DIR), {QStringLiteral("tests")});
    REQUIRE(tests.size() > 50);
    static const QRegularExpression name(QStringLiteral("^\\s*TEST_CASE\\(\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList bad;
    int found = 0;
    for (const auto& f : tests) {
        for (const QString& line : f.lines) {
            const auto m = name.match(line);
            if (m.hasMatch()) {
                ++found;
                if (m.captured(1).contains(QLatin1Char(';'))) {
                    bad << f.path + QStringLiteral(": ") + m.captured(1);
                }
            }
        }
    }
    CHECK(found > 300);
    INFO(joined(bad).toStdString());
    CHECK(bad.isEmpty());
}
