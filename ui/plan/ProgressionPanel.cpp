#include "ProgressionPanel.h"
#include "ui/common/DateEdit.h"

#include "PlanTab.h"
#include "core/util/Dates.h"
#include "ui/plan/ProgressionChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samspil::ui {

ProgressionPanel::ProgressionPanel(QDate today, QWidget* parent)
    : QWidget(parent)
    , m_rateGoal(new QComboBox(this))
    , m_rater(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_rateDate(new DateEdit(this))
    , m_comment(new QLineEdit(this))
    , m_chartBox(new QVBoxLayout)
{
    m_score->setObjectName(QStringLiteral("score"));
    m_rateGoal->setObjectName(QStringLiteral("rateGoal"));
    m_rater->setObjectName(QStringLiteral("rater"));
    fillRaters();
    connect(m_rateGoal, &QComboBox::currentIndexChanged, this, &ProgressionPanel::fillRaters);
    m_score->setRange(1, 10);
    m_score->setValue(5);
    m_rateDate->setDisplayFormat(dateInputFormat());
    m_rateDate->setCalendarPopup(true);
    m_rateDate->setDate(today);
    m_rateDate->setMaximumDate(today);
    m_comment->setPlaceholderText(PlanTab::tr("Comment (optional)"));

    auto* pl = new QVBoxLayout(this);
    pl->addWidget(buildRatingGroup());
    auto* chartsHost = new QWidget(this);
    chartsHost->setLayout(m_chartBox);
    auto* chartScroll = new QScrollArea(this);
    chartScroll->setWidgetResizable(true);
    chartScroll->setWidget(chartsHost);
    pl->addWidget(chartScroll, 1);
}

QWidget* ProgressionPanel::buildRatingGroup()
{
    auto* addRating = new QPushButton(PlanTab::tr("Add rating"));
    addRating->setObjectName(QStringLiteral("addRating"));
    auto* rateBox = new QGroupBox(PlanTab::tr("New rating"), this);
    rateBox->setObjectName(QStringLiteral("newRating"));
    m_rateBox = rateBox;
    auto* rl = new QHBoxLayout(rateBox);
    rl->addWidget(m_rateGoal, 2);
    rl->addWidget(m_rater);
    rl->addWidget(new QLabel(PlanTab::tr("Score (1–10):"), rateBox));
    rl->addWidget(m_score);
    rl->addWidget(m_rateDate);
    rl->addWidget(m_comment, 2);
    rl->addWidget(addRating);
    addRating->setParent(rateBox);
    connect(addRating, &QPushButton::clicked, this, [this] {
        Rating r;
        r.goalLineage = m_rateGoal->currentData().toString();
        r.rater = Rater(m_rater->currentData().toInt());
        r.score = m_score->value();
        r.ratedOn = m_rateDate->date();
        r.comment = m_comment->text();
        emit ratingEntered(r);
    });
    return rateBox;
}

void ProgressionPanel::showGoals(const Plan& plan)
{
    const QString keepRate = m_rateGoal->currentData().toString();
    m_rateGoal->clear();
    m_rateGoal->addItem(PlanTab::tr("The employment goal"), QString());
    for (const auto& g : plan.orderedGoals()) {
        m_rateGoal->addItem(g.isSubGoal() ? QStringLiteral("  ") + g.text : g.text, g.lineage);
    }
    m_rateGoal->setCurrentIndex(std::max(0, m_rateGoal->findData(keepRate)));
}

void ProgressionPanel::clearCharts()
{
    while (auto* item = m_chartBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts.clear();
}

void ProgressionPanel::showCharts(const Plan& plan, const QVector<Rating>& ratings, QDate today)
{
    clearCharts();
    const auto addChart = [&](QChart* chart) {
        auto* view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(230);
        m_chartBox->addWidget(view);
        m_charts.append(chart);
    };
    addChart(ProgressionChart::build(
        PlanTab::tr("Progress toward the employment goal"), ratings, {}, plan.targetDate, today));
    for (const auto& g : plan.orderedGoals()) {
        addChart(ProgressionChart::build(g.text, ratings, g.lineage, g.targetDate, today, professionalOf(g, ratings)));
    }
}

void ProgressionPanel::fillRaters()
{
    const auto keep = m_rater->currentData();
    const QSignalBlocker block(m_rater);
    m_rater->clear();
    const bool employmentGoal = m_rateGoal->currentData().toString().isEmpty();
    const auto raters = employmentGoal ? QVector<Rater>{Rater::Caseworker} : QVector<Rater>{Rater::Citizen, Rater::Professional};
    for (auto r : raters) {
        m_rater->addItem(PlanText::raterLabel(r), int(r));
    }
    m_rater->setCurrentIndex(std::max(0, m_rater->findData(keep)));
}

void ProgressionPanel::setRatingAllowed(bool allowed)
{
    m_rateBox->setVisible(allowed);
}

QString ProgressionPanel::professionalOf(const PlanGoal& goal, const QVector<Rating>& ratings) const
{
    return ProgressionChart::professionalOf(goal, ratings, m_staffNames);
}

void ProgressionPanel::clearComment()
{
    m_comment->clear();
}

} // namespace samspil::ui
