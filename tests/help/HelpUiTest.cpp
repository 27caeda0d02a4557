#include "core/util/Language.h"
#include "tests/support/UiFixture.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/help/HelpContext.h"
#include "ui/help/HelpWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/plan/PlanTab.h"
#include "ui/teamday/TeamDayTab.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {
/// The section the guide shows after F1 on `widget`.
QString f1On(QWidget* widget)
{
    if (HelpWindow* old = HelpWindow::instance()) {
        old->close();
    }
    QTest::keyClick(widget, Qt::Key_F1);
    HelpWindow* help = HelpWindow::instance();
    REQUIRE(help);
    CHECK(help->isVisible());
    return help->currentSection();
}

template <class T> void showTab(CitizenPage* page)
{
    for (int i = 0; i < page->tabs()->count(); ++i) {
        if (qobject_cast<T*>(page->tabs()->widget(i))) {
            page->tabs()->setCurrentIndex(i);
            return;
        }
    }
    FAIL("no such tab");
}

/// Every class declared in ui/ (so that the context table names no class that is gone).
QStringList uiClasses()
{
    QStringList out;
    static const QRegularExpression declared(QStringLiteral("^class (\\w+)\\s*(?::|$)"),
                                             QRegularExpression::MultilineOption);
    QDirIterator it(QStringLiteral(SAMSPIL_SOURCE_DIR "/ui"), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto m = declared.globalMatch(QString::fromUtf8(file.readAll()));
        while (m.hasNext()) {
            out << m.next().captured(1);
        }
    }
    return out;
}
} // namespace

TEST_CASE("The guide has every picture, link and section that it or the context help names", "[help]")
{
    const QString html = HelpWindow::guideHtml();
    REQUIRE_FALSE(html.isEmpty());
    const QStringList anchors = HelpWindow::anchors(html);
    CHECK(anchors.contains(HelpContext::start()));
    CHECK(anchors.size() == QSet<QString>(anchors.cbegin(), anchors.cend()).size()); // no anchor twice

    const QStringList images = HelpWindow::images(html);
    CHECK(images.size() >= 10);
    for (const QString& image : images) {
        INFO(image.toStdString());
        CHECK(QFile::exists(QStringLiteral(":/help/") + image)); // in the resource
        CHECK(QFile::exists(QStringLiteral(SAMSPIL_SOURCE_DIR "/resources/help/") + image));
    }
    // No picture in the folder that the guide does not show (a left-over would be shipped for nothing).
    for (const QString& file : QDir(QStringLiteral(SAMSPIL_SOURCE_DIR "/resources/help/img")).entryList({QStringLiteral("*.png")})) {
        INFO(file.toStdString());
        CHECK(images.contains(QStringLiteral("img/") + file));
    }
    for (const QString& link : HelpWindow::links(html)) {
        INFO(link.toStdString());
        CHECK(anchors.contains(link));
    }
    const QStringList classes = uiClasses();
    const auto& table = HelpContext::table();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        INFO(it.key().toStdString() + " -> " + it.value().toStdString());
        CHECK(anchors.contains(it.value()));
        CHECK(classes.contains(it.key()));
    }
}

TEST_CASE("Help, User guide opens the guide at its start, with its contents", "[help]")
{
    UiFixture f;
    actAs(f.db(), f.mha);
    MainWindow w(f.db());
    w.show();
    auto* action = w.findChild<QAction*>(QStringLiteral("userGuideAction"));
    REQUIRE(action);
    CHECK(w.menu(MainWindow::MenuKey::Help)->actions().first() == action);
    CHECK(action->text().endsWith(QStringLiteral("\tF1")));
    action->trigger();
    HelpWindow* help = HelpWindow::instance();
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK(help->currentSection() == QStringLiteral("start"));
    CHECK(help->contents()->topLevelItemCount() >= 8);
    CHECK(help->browser()->toPlainText().contains(QStringLiteral("koordinerende sagsbehandler")));

    SECTION("choosing a chapter in the contents shows it")
    {
        QTreeWidgetItem* plan = nullptr;
        for (auto* item : help->contents()->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive)) {
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("indsatsplan")) {
                plan = item;
            }
        }
        REQUIRE(plan);
        help->contents()->setCurrentItem(plan);
        CHECK(help->currentSection() == QStringLiteral("indsatsplan"));
    }
    SECTION("in English the window says that the guide is in Danish")
    {
        CHECK((help->findChild<QLabel*>(QStringLiteral("helpLanguageNote")) != nullptr) == !Language::isDanish());
    }
    help->close();
}

TEST_CASE("F1 opens the section of the window, the citizen-page tab or the dialog in front", "[help]")
{
    UiFixture f;
    actAs(f.db(), f.mha);
    MainWindow w(f.db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    SECTION("the caseload")
    {
        CHECK(f1On(w.caseloadView()) == QStringLiteral("sagsstamme"));
    }
    SECTION("each tab of the citizen's page, with the focus on the tab bar")
    {
        w.openCitizen(f.hans);
        CitizenPage* page = w.citizenPage();
        REQUIRE(page);
        page->tabs()->setCurrentIndex(0);
        CHECK(f1On(page->tabs()->tabBar()) == QStringLiteral("stamdata"));
        showTab<TeamDayTab>(page);
        CHECK(f1On(page->tabs()->tabBar()) == QStringLiteral("teamdag"));
        showTab<PlanTab>(page);
        CHECK(f1On(page->tabs()->tabBar()) == QStringLiteral("indsatsplan"));
        auto* history = page->findChild<QWidget*>(QStringLiteral("screeningHistory"));
        REQUIRE(history);
        page->tabs()->setCurrentWidget(history);
        CHECK(f1On(page->tabs()->tabBar()) == QStringLiteral("screening"));
    }
    SECTION("a modal dialog: the guide opens over it, as its own window, and the dialog stays")
    {
        QString section;
        QWidget* parent = nullptr;
        bool dialogOpen = false;
        QTimer::singleShot(0, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            REQUIRE(dialog);
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            REQUIRE(name);
            section = f1On(name);
            parent = HelpWindow::instance()->parentWidget();
            dialogOpen = dialog->isVisible();
            CHECK(parent == dialog);
            static_cast<QDialog*>(dialog)->reject();
        });
        w.newCitizen();
        CHECK(section == QStringLiteral("ny-borger"));
        CHECK(dialogOpen);
    }
}

TEST_CASE("The guide's search field finds a word, marks every place and goes on with Enter", "[help]")
{
    HelpWindow help;
    help.show();
    auto* search = help.findChild<QLineEdit*>(QStringLiteral("helpSearch"));
    auto* hits = help.findChild<QLabel*>(QStringLiteral("helpHits"));
    REQUIRE(search);
    REQUIRE(hits);
    QTest::keyClicks(search, QStringLiteral("indsatsspor"));
    CHECK(help.hits() >= 3);
    CHECK(help.browser()->textCursor().selectedText().compare(QStringLiteral("indsatsspor"), Qt::CaseInsensitive) == 0);
    CHECK(help.browser()->extraSelections().size() == help.hits());
    const int first = help.browser()->textCursor().position();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(help.browser()->textCursor().position() > first);
    CHECK(hits->text().startsWith(QString::number(help.hits())));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xyzzy"));
    CHECK(help.hits() == 0);
    CHECK_FALSE(help.find(QStringLiteral("xyzzy")));
    CHECK(hits->text() == QStringLiteral("Not found"));
}
