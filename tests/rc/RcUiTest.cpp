#include "core/rc/RcCsvImport.h"
#include "core/rc/RcRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowChecks.h"
#include "ui/rc/RcMatrixView.h"
#include "ui/rc/RcResponseForm.h"
#include "ui/rc/RcWindow.h"

#include <QCoreApplication>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

const QString kCase = QStringLiteral("Sagsbehandlere");
const QString kPsych = QStringLiteral("Psykologer");
const QString kMentor = QStringLiteral("Mentorer");

/// Imports a fixture round and returns its survey.
RcSurvey importRound(Database& db, const QString& fixture, const QString& name)
{
    auto report = RcCsvImport(db).importFile(name, dataPath(QStringLiteral("rc/%1.csv").arg(fixture)));
    REQUIRE(report.ok());
    auto s = RcRepository(db).findSurvey(name);
    REQUIRE(s.has_value());
    return *s;
}

RcResult resultOf(Database& db, const RcSurvey& s)
{
    return RcMeasure::measure(s.groups, RcRepository(db).responses(s.id));
}

QString cellText(const RcMatrixModel& m, int row, int col)
{
    return m.index(row, col).data(Qt::DisplayRole).toString();
}

QVariant strengthOf(const RcMatrixModel& m, int row, int col)
{
    return m.index(row, col).data(RcMatrixModel::StrengthRole);
}

template <typename T> T* child(QObject& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("The matrix model passes Qt's model tester", "[ui][rc]")
{
    TempDb t;
    const RcSurvey s = importRound(*t, QStringLiteral("measure"), QStringLiteral("Runde 1"));
    RcMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(resultOf(*t, s));
    model.setThresholds({3.0, 4.5});
    model.setComparison(resultOf(*t, s));
    CHECK(model.rowCount() == 3);
    CHECK(model.columnCount() == 3);
}

TEST_CASE("The matrix view built from the fixture", "[ui][rc]")
{
    TempDb t;
    const RcSurvey r1 = importRound(*t, QStringLiteral("measure"), QStringLiteral("Runde 1"));
    RcMatrixView view;
    view.resize(1100, 700);
    view.show();
    view.setResult(QStringLiteral("Runde 1"), resultOf(*t, r1));
    const RcMatrixModel& m = *view.model();
    REQUIRE(m.rowCount() == 3);
    CHECK(m.headerData(1, Qt::Vertical).toString() == kPsych);

    SECTION("each cell shows the index and a marker, and has a strength class")
    {
        CHECK(cellText(m, 0, 0) == QStringLiteral("4.29 +")); // strong
        CHECK(cellText(m, 0, 1) == QStringLiteral("3.20 \u2212")); // weak
        CHECK(cellText(m, 0, 2) == QStringLiteral("4.00 \u25CB")); // 4.0 exactly: moderate
        CHECK(cellText(m, 2, 1) == QStringLiteral("–")); // nobody rated it
        CHECK(strengthOf(m, 0, 0).toInt() == int(RcStrength::Strong));
        CHECK(strengthOf(m, 0, 1).toInt() == int(RcStrength::Weak));
        CHECK(strengthOf(m, 0, 2).toInt() == int(RcStrength::Moderate));
        CHECK_FALSE(strengthOf(m, 2, 1).isValid());
        CHECK(m.index(0, 1).data(Qt::BackgroundRole).value<QBrush>().color()
              == RcMatrixModel::strengthColor(RcStrength::Weak));
        CHECK(m.index(0, 1).data(RcMatrixModel::CountRole).toInt() == 2);
    }
    SECTION("a manager changes the thresholds with the spin boxes")
    {
        auto* weak = child<QDoubleSpinBox>(view, "weakBelow");
        auto* strong = child<QDoubleSpinBox>(view, "strongAbove");
        weak->selectAll();
        QTest::keyClicks(weak, QStringLiteral("3.1"));
        CHECK(weak->value() == Approx(3.1));
        CHECK(strengthOf(m, 0, 1).toInt() == int(RcStrength::Moderate)); // 3.20 is no longer weak
        strong->setValue(4.3);
        CHECK(strengthOf(m, 0, 0).toInt() == int(RcStrength::Moderate)); // 4.29 is not above 4.3
        CHECK(child<QLabel>(view, "legend0")->text().contains(QStringLiteral("below 3.10")));
        CHECK(child<QLabel>(view, "legend2")->text().contains(QStringLiteral("above 4.30")));
        // weak can never pass strong
        weak->setValue(4.8);
        CHECK(strong->value() == Approx(4.8));
        CHECK(view.thresholds().valid());
    }
    SECTION("selecting a cell shows its per-dimension breakdown")
    {
        auto* table = child<QTableView>(view, "matrix");
        const QModelIndex cell = m.index(0, 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        CHECK(table->currentIndex() == cell);
        CHECK(child<QLabel>(view, "breakdownTitle")->text()
              == QStringLiteral("Sagsbehandlere → Psykologer: index 3.20 (weak), n = 2."));
        auto* breakdown = child<QTableWidget>(view, "breakdown");
        REQUIRE(breakdown->rowCount() == 7);
        CHECK(breakdown->item(int(RcDimension::Frequent), 1)->text() == QStringLiteral("2.50 \u2212"));
        CHECK(breakdown->item(int(RcDimension::Accurate), 1)->text() == QStringLiteral("4.00 \u25CB"));
        CHECK(breakdown->item(int(RcDimension::Accurate), 2)->text() == QStringLiteral("1")); // one answer behind it
        view.selectTie(kCase, kMentor);
        CHECK(breakdown->item(int(RcDimension::Timely), 1)->text() == QStringLiteral("–"));
    }
    SECTION("seen by others")
    {
        auto* seen = child<QTableWidget>(view, "seenByOthers");
        REQUIRE(seen->rowCount() == 3);
        CHECK(seen->item(0, 1)->text() == QStringLiteral("3.38"));
        CHECK(seen->item(2, 1)->text() == QStringLiteral("4.00"));
    }
    SECTION("compared with another round, each cell shows its change")
    {
        const RcSurvey r2 = importRound(*t, QStringLiteral("measure_round2"), QStringLiteral("Runde 2"));
        view.setResult(QStringLiteral("Runde 2"), resultOf(*t, r2));
        view.setComparison(resultOf(*t, r1), QStringLiteral("Runde 1"));
        CHECK(cellText(m, 0, 1) == QStringLiteral("4.00 \u25CB\n+0.80"));
        CHECK(cellText(m, 2, 0) == QStringLiteral("3.00 \u2212\n\u22120.71"));
        CHECK(m.index(0, 1).data(RcMatrixModel::ChangeRole).toDouble() == Approx(0.8));
        CHECK_FALSE(m.index(0, 0).data(RcMatrixModel::ChangeRole).isValid()); // not rated in round 2
        view.setComparison(std::nullopt);
        CHECK(cellText(m, 0, 1) == QStringLiteral("4.00 \u25CB"));
    }
    SECTION("saved as PNG, the picture shows the strength colours")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("matrix.png"));
        QString error;
        REQUIRE(view.savePng(path, &error));
        QImage img(path);
        REQUIRE_FALSE(img.isNull());
        CHECK(img.size() == QSize(1600, 1100));
        int weakPixels = 0;
        const QRgb weak = RcMatrixModel::strengthColor(RcStrength::Weak).rgb();
        for (int y = 0; y < img.height(); y += 3) {
            for (int x = 0; x < img.width(); x += 3) {
                weakPixels += img.pixel(x, y) == weak ? 1 : 0;
            }
        }
        CHECK(weakPixels > 100);
        CHECK_FALSE(view.savePng(dir.filePath(QStringLiteral("missing/folder/x.png")), &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("The window: rounds, comparison, and a respondent filling in the form", "[ui][rc]")
{
    TempDb t;
    const RcSurvey r1 = importRound(*t, QStringLiteral("measure"), QStringLiteral("Runde 1"));
    const RcSurvey r2 = importRound(*t, QStringLiteral("measure_round2"), QStringLiteral("Runde 2"));
    RcWindow w(*t);
    w.resize(1200, 800);
    w.show();
    CHECK(w.currentSurveyId() == r2.id); // the newest round first (both dated today; by name)
    auto* compare = child<QComboBox>(w, "compareWith");
    REQUIRE(compare->count() == 2);
    compare->setCurrentIndex(1);
    CHECK(w.matrixView()->model()->comparing());
    CHECK(cellText(*w.matrixView()->model(), 0, 1).endsWith(QStringLiteral("+0.80")));

    SECTION("a respondent fills in the form and it is saved")
    {
        w.selectSurvey(r1.id);
        RcResponseForm& form = *w.responseForm();
        auto* own = child<QComboBox>(form, "ownGroup");
        auto* save = child<QPushButton>(form, "save");
        const int before = int(RcRepository(*t).responses(r1.id).size());

        // Without choosing one's own group, nothing is saved.
        child<QRadioButton>(form, "answer_1_frequent_4")->click();
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(child<QLabel>(form, "formMessage")->text().contains(QStringLiteral("own professional group")));
        CHECK(RcRepository(*t).responses(r1.id).size() == before);

        own->setCurrentIndex(own->findData(kMentor));
        for (const char* name :
             {"answer_1_frequent_4", "answer_1_timely_5", "answer_1_mutual_respect_2", "answer_2_shared_goals_3"}) {
            child<QRadioButton>(form, name)->click();
        }
        // a change of mind: back to "don't know"
        child<QRadioButton>(form, "answer_2_shared_goals_skip")->click();
        child<QRadioButton>(form, "answer_0_accurate_1")->click();
        CHECK(form.answer(1, RcDimension::Timely) == 5);
        CHECK(form.answer(0, RcDimension::Accurate) == 1);
        CHECK_FALSE(form.answer(2, RcDimension::SharedGoals).has_value());
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(child<QLabel>(form, "formMessage")->text().startsWith(QStringLiteral("Thank you")));

        const auto rows = RcRepository(*t).responses(r1.id);
        REQUIRE(rows.size() == before + 2); // group 2 was left blank, so only groups 0 and 1
        QVector<RcResponse> mine;
        for (const auto& r : rows) {
            if (r.respondentGroup == kMentor && r.ratedGroup == kPsych) {
                mine << r;
            }
        }
        REQUIRE(mine.size() == 1);
        CHECK(mine[0].answer(RcDimension::Frequent) == 4);
        CHECK(mine[0].answer(RcDimension::Timely) == 5);
        CHECK(mine[0].answer(RcDimension::MutualRespect) == 2);
        CHECK_FALSE(mine[0].answer(RcDimension::Accurate).has_value());
        CHECK_FALSE(mine[0].respondentId.isEmpty());
        // the form is clear for the next person
        CHECK(own->currentIndex() == 0);
        CHECK_FALSE(form.answer(1, RcDimension::Frequent).has_value());
        // and the matrix followed: Mentorer → Psykologer now has a value
        QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
        const auto* tie = w.matrixView()->model()->result().tie(kMentor, kPsych);
        REQUIRE(tie);
        CHECK(tie->n == 1);
        CHECK(*tie->index == Approx(11.0 / 3));
    }
    SECTION("the questions in Danish or English")
    {
        w.selectSurvey(r1.id);
        RcResponseForm& form = *w.responseForm();
        form.setQuestionLanguage(QStringLiteral("da"));
        auto* page = child<QRadioButton>(form, "answer_1_frequent_4")->parentWidget();
        QStringList texts;
        for (auto* l : page->findChildren<QLabel*>()) {
            texts << l->text();
        }
        CHECK(texts.join(QLatin1Char('\n')).contains(QStringLiteral("Hvor ofte er du i kontakt med Psykologer")));
        child<QComboBox>(form, "questionLanguage")->setCurrentIndex(1);
        CHECK(form.questionLanguage() == QStringLiteral("en"));
        texts.clear();
        for (auto* l : page->findChildren<QLabel*>()) {
            texts << l->text();
        }
        CHECK(texts.join(QLatin1Char('\n')).contains(QStringLiteral("How often are you in contact with Psykologer")));
    }
    SECTION("mistakes show in the message bar and change nothing")
    {
        CHECK_FALSE(w.createSurvey(QStringLiteral("runde 1"), QDate(2026, 11, 1), {kCase}).ok());
        CHECK(w.message().contains(QStringLiteral("already exists")));
        CHECK(RcRepository(*t).surveys().size() == 2);
        auto report = w.importCsv(QStringLiteral("Runde 3"), dataPath(QStringLiteral("rc/rejections.csv")));
        REQUIRE(report.ok());
        CHECK(w.message().contains(QStringLiteral("line 3: frequent: 6 is outside the scale 1 to 5.")));
        CHECK(w.currentSurveyId() == report->surveyId);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("w.txt")), "[da]\nfrequent = a\n");
        CHECK_FALSE(w.loadWording(dir.filePath(QStringLiteral("w.txt"))).ok());
        CHECK(w.message().contains(QStringLiteral("lacks the question")));
    }
}

TEST_CASE("Relational coordination window closes with Esc, Ctrl+W and its Close button", "[ui][rc]")
{
    TempDb t;
    importRound(*t, QStringLiteral("measure"), QStringLiteral("Runde 1"));
    samspil::test::checkClosesLikeADialog([&] { return new RcWindow(*t); });
}

TEST_CASE("The matrix's column headers show each group's name whole, even in a narrow window", "[ui][rc]")
{
    // Six groups, as a whole job centre team: the columns are narrow.
    RcResult result;
    result.groups = {QStringLiteral("Koordinerende sagsbehandlere"), QStringLiteral("Fysioterapeuter"),
                     QStringLiteral("Psykologer"), QStringLiteral("Sygeplejersker"), QStringLiteral("Mentorer"),
                     QStringLiteral("Virksomhedskonsulenter")};
    for (const auto& from : result.groups) {
        for (const auto& to : result.groups) {
            RcTie tie;
            tie.from = from;
            tie.to = to;
            result.ties.append(tie);
        }
    }
    RcMatrixView view;
    view.resize(900, 600);
    view.show();
    view.setResult(QStringLiteral("Runde 1"), result);
    QCoreApplication::processEvents();
    auto* header = child<QTableView>(view, "matrix")->horizontalHeader();
    const QFontMetrics fm(header->font());
    for (int c = 0; c < view.model()->columnCount(); ++c) {
        const QString name = view.model()->headerData(c, Qt::Horizontal).toString();
        INFO(name.toStdString());
        for (const auto& word : name.split(QLatin1Char(' '))) {
            CHECK(header->sectionSize(c) > fm.horizontalAdvance(word));
        }
    }
    CHECK(header->height() >= 2 * fm.lineSpacing()); // "Koordinerende sagsbehandlere" on two lines
}

namespace {
/// Every cell of the window's matrix, as shown.
QStringList matrixTexts(RcWindow& w)
{
    const RcMatrixModel& m = *w.matrixView()->model();
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        for (int c = 0; c < m.columnCount(); ++c) {
            out << cellText(m, r, c);
        }
    }
    return out;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
}
} // namespace

TEST_CASE("The open window shows a round and answers added elsewhere without reopening", "[ui][rc]")
{
    TempDb t;
    const RcSurvey r1 = importRound(*t, QStringLiteral("measure"), QStringLiteral("Runde 1"));
    RcWindow w(*t);
    w.resize(1200, 800);
    w.show();
    auto* picker = child<QComboBox>(w, "surveyPicker");
    REQUIRE(picker->count() == 1);
    REQUIRE(w.currentSurveyId() == r1.id);
    const QStringList before = matrixTexts(w);

    // A second round imported on another PC (or another window): listed, the chosen round kept.
    const RcSurvey r2 = importRound(*t, QStringLiteral("measure_round2"), QStringLiteral("Runde 2"));
    settle();
    CHECK(picker->count() == 2);
    CHECK(picker->findData(r2.id) >= 0);
    CHECK(w.currentSurveyId() == r1.id);
    CHECK(matrixTexts(w) == before);

    // Answers to the shown round arrive: the matrix is counted again.
    QVector<RcResponse> answers;
    for (const QString& rated : r1.groups) {
        RcResponse r;
        r.surveyId = r1.id;
        r.respondentGroup = r1.groups.first();
        r.ratedGroup = rated;
        for (int d = 0; d < int(r.answers.size()); ++d) {
            r.setAnswer(RcDimension(d), 1);
        }
        answers << r;
    }
    REQUIRE(RcRepository(*t).addResponses(answers).ok());
    settle();
    const QStringList after = matrixTexts(w);
    CHECK(after != before);
    RcWindow fresh(*t);
    fresh.selectSurvey(r1.id);
    CHECK(matrixTexts(fresh) == after);
}
