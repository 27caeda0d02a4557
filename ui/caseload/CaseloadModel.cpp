#include "CaseloadModel.h"

#include "ui/common/ChangeWatcher.h"

#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PageCache.h"
#include "core/screening/ScreeningRepository.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"

#include <QBrush>
#include <QCollator>
#include <QPalette>
#include <QSet>
#include <QApplication>
#include <QFont>
#include <QStyle>

#include <algorithm>
#include <vector>
#include <limits>
#include <numeric>
#include <tuple>

namespace samspil::ui {

namespace {

/// The birth date read from a CPR number that is already stored (and so was validated); the
/// full rules live in core's Cpr::parse, this is the cheap path for 20,000 rows.
QDate birthDateOf(const QString& digits)
{
    if (digits.size() != 10) {
        return {};
    }
    int day = digits.mid(0, 2).toInt();
    const int month = digits.mid(2, 2).toInt();
    const int yy = digits.mid(4, 2).toInt();
    const int d7 = digits.at(6).digitValue();
    if (day > 60) {
        day -= 60; // a synthetic test number
    }
    const int year = Cpr::birthYear(yy, d7);
    return year < 0 ? QDate() : QDate(year, month, day);
}

int ageOn(const QDate& birth, const QDate& today)
{
    if (!birth.isValid()) {
        return -1;
    }
    int age = today.year() - birth.year();
    if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day())) {
        --age;
    }
    return age;
}

/// One copy of each of the words many rows share (a status, a risk, a caseworker's initials, a
/// step's label): every row that has it points at that copy (QString is implicitly shared).
class SharedWords
{
public:
    QString operator()(const QString& word)
    {
        if (const auto it = m_words.constFind(word); it != m_words.cend()) {
            return *it;
        }
        m_words.insert(word);
        return word;
    }

private:
    QSet<QString> m_words;
};

/// The steps of these facts, their codes and labels held once.
QHash<QString, samspil::NextStep> stepsOf(const QHash<QString, CitizenFacts>& facts)
{
    QHash<QString, samspil::NextStep> steps;
    steps.reserve(facts.size());
    SharedWords shared;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (auto step = Workflow::nextStep(*it)) {
            step->code = shared(step->code);
            step->label = shared(step->label);
            steps.insert(it.key(), *step);
        }
    }
    return steps;
}

/// The next steps of these citizens, read on a connection of its own (run on a worker thread;
/// everything it touches it owns, but the clock, which outlives the model).
CaseloadModel::Steps workOutSteps(const QString& path, const Clock* clock, const Principal& principal,
                                  const QVector<Citizen>& citizens)
{
    CaseloadModel::Steps out;
    auto db = Database::openBeside(path, clock, principal);
    if (!db) {
        return out;
    }
    out.byCitizen = stepsOf(Workflow::factsForCitizens(*db.value(), citizens));
    out.computed = true;
    return out;
}

} // namespace

CaseloadModel::CaseloadModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_nextSteps(this, [this](const Steps& steps) { applyNextSteps(steps); })
{
    // Once per turn of the event loop at most, however many commits (an import, a sync) came.
    auto* watcher = new ChangeWatcher(m_db, {}, {}, this);
    connect(watcher, &ChangeWatcher::changed, this, [this](const DataChange& change) { onTablesChanged(change.tables); });
    reload();
}

void CaseloadModel::onTablesChanged(const QSet<QString>& tables)
{
    // The risk and the next step draw on every module's tables (screening, team day, plan, …);
    // only tables that can never change a caseload row are left out.
    static const QSet<QString> unrelated = {QStringLiteral("audit_log"), QStringLiteral("rc_survey"),
                                            QStringLiteral("rc_response")};
    for (const QString& t : tables) {
        if (!unrelated.contains(t)) {
            reload();
            return;
        }
    }
}

CaseloadModel::~CaseloadModel() = default;

void CaseloadModel::reload()
{
    // An account that may not see citizens gets an empty list (core would refuse the read anyway).
    const bool mayRead = m_db.principal().can(Capability::ReadCitizens);
    const auto entries = mayRead ? CitizenRepository(m_db).caseload() : QVector<CaseloadEntry>{};
    const auto risks = mayRead ? ScreeningRepository(m_db).latestDecidedForAll() : QHash<QString, LatestRisk>{};
    // Those reads went over every citizen and every screening; their pages are not read again
    // until the next load, so the connection need not keep them (16 MB at 20,000 citizens).
    PageCache::release(m_db);
    const auto& catalogue = BenefitCatalogue::shipped();
    const QDate today = m_db.clock().today();
    QHash<QString, QString> benefitLabels;
    for (const auto& b : catalogue.benefits()) {
        benefitLabels.insert(b.code, b.label());
    }

    QVector<Citizen> citizens;
    citizens.reserve(entries.size());
    QVector<Row> rows;
    rows.reserve(entries.size());
    SharedWords shared;
    QHash<QString, QString> statusTexts; // by status and outcome code: "closed|flexjob"
    for (const auto& e : entries) {
        const Citizen& c = e.citizen;
        citizens.append(c);
        Row r;
        r.id = c.id;
        r.name = c.name;
        r.nameFolded = c.name.toCaseFolded();
        r.cprDigits = c.cpr;
        r.benefitCode = shared(c.benefit);
        r.benefitLabel = benefitLabels.value(c.benefit, r.benefitCode);
        r.benefitStart = c.benefitStart;
        r.caseworkerId = shared(c.caseworkerId);
        r.caseworkerInitials = shared(e.caseworkerInitials);
        r.caseworkerName = shared(e.caseworkerName);
        r.status = c.status;
        r.age = ageOn(birthDateOf(c.cpr), today);
        r.weeks = CitizenRules::weeksOnSupport(c, today);
        r.outcomeDate = c.status == CitizenStatus::Closed ? c.outcomeDate : QDate();
        const bool withOutcome = c.status == CitizenStatus::Closed && !c.outcome.isEmpty();
        const QString statusKey = CitizenRules::statusCode(c.status) + QLatin1Char('|') + (withOutcome ? c.outcome : QString());
        auto status = statusTexts.constFind(statusKey);
        if (status == statusTexts.cend()) {
            status = statusTexts.insert(statusKey, withOutcome ? tr("%1: %2").arg(CitizenRules::statusLabel(c.status),
                                                                                  Outcomes::label(c.outcome))
                                                              : CitizenRules::statusLabel(c.status));
        }
        r.statusText = *status;
        if (const auto risk = risks.constFind(c.id); risk != risks.cend()) {
            r.riskCode = shared(Risks::code(risk->risk));
            r.riskRank = int(risk->risk) + 1;
            r.riskText = shared(Risks::label(risk->risk));
        }
        // Until the new steps are in, the one worked out last time (none for a new citizen).
        const auto step = m_steps.constFind(c.id);
        setStep(r, step == m_steps.cend() ? nullptr : &*step, today);
        rows.append(std::move(r));
    }
    beginResetModel();
    m_rows = std::move(rows);
    for (auto& ranks : m_ranks) {
        ranks.clear();
    }
    for (auto& order : m_orders) {
        order.clear();
    }
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.insert(m_rows[i].id, i);
    }
    endResetModel();
    emit reloaded();
    startNextSteps(citizens);
}

void CaseloadModel::setStep(Row& r, const samspil::NextStep* step, const QDate& today) const
{
    if (!step) {
        r.nextStepCode.clear();
        r.nextStepLabel.clear();
        r.nextStepDue = QDate();
        r.overdue = false;
        return;
    }
    r.nextStepCode = step->code;
    r.nextStepDue = step->due;
    r.overdue = step->overdue(today);
    r.nextStepLabel = step->label;
}

void CaseloadModel::startNextSteps(const QVector<Citizen>& citizens)
{
    m_nextSteps.start(workOutSteps, m_db.path(), &m_db.clock(), m_db.principal(), citizens);
}

void CaseloadModel::waitForNextSteps()
{
    m_nextSteps.wait();
}

void CaseloadModel::applyNextSteps(const Steps& steps)
{
    if (steps.computed) {
        m_steps = steps.byCitizen;
    } else {
        // No second connection (should not happen with a file on local disk): work them out here.
        QVector<Citizen> citizens;
        for (const auto& r : m_rows) {
            if (auto c = CitizenRepository(m_db).get(r.id)) {
                citizens.append(*c);
            }
        }
        m_steps = stepsOf(Workflow::factsForCitizens(m_db, citizens));
    }
    const QDate today = m_db.clock().today();
    for (auto& r : m_rows) {
        const auto step = m_steps.constFind(r.id);
        setStep(r, step == m_steps.cend() ? nullptr : &*step, today);
    }
    m_ranks[NextStep].clear();
    m_orders[NextStep].clear();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, NextStep), index(int(m_rows.size()) - 1, NextStep));
    }
    emit nextStepsReady();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return displayData(r, index.column());
    case Qt::ToolTipRole: return toolTipData(r, index.column());
    case Qt::TextAlignmentRole:
    case Qt::FontRole:
    case Qt::DecorationRole:
    case Qt::ForegroundRole: return appearanceData(r, index.column(), role);
    case IdRole: return r.id;
    case CprDigitsRole: return r.cprDigits;
    case CaseworkerIdRole: return r.caseworkerId;
    case StatusRole: return CitizenRules::statusCode(r.status);
    case RiskRole: return r.riskCode;
    case OverdueRole: return r.overdue;
    case SortRole:
        switch (index.column()) {
        case Age: return r.age;
        case Weeks: return r.weeks;
        default: return sortRank(index.column(), index.row());
        }
    }
    return {};
}

QVariant CaseloadModel::displayData(const Row& r, int column) const
{
    switch (column) {
    case Name: return r.name;
    case Cpr: return Cpr::format(r.cprDigits);
    case Age: return r.age >= 0 ? QString::number(r.age) : QString();
    case Benefit: return r.benefitLabel;
    case Weeks: return r.benefitStart.isValid() ? QString::number(r.weeks) : QString();
    case Caseworker: return r.caseworkerInitials;
    case Risk: return r.riskText;
    case NextStep:
        return r.nextStepDue.isValid() ? tr("%1 · %2").arg(r.nextStepLabel, formatDate(r.nextStepDue)) : r.nextStepLabel;
    case Status: return r.statusText;
    }
    return {};
}

QVariant CaseloadModel::toolTipData(const Row& r, int column) const
{
    if (column == NextStep && r.overdue) {
        return tr("Overdue since %1").arg(formatDate(r.nextStepDue));
    }
    if (column == Risk && r.riskCode.isEmpty()) {
        return tr("Not screened yet");
    }
    if (column == Caseworker) {
        return r.caseworkerName.isEmpty() ? tr("No caseworker") : r.caseworkerName;
    }
    if (column == Weeks && r.benefitStart.isValid()) {
        if (r.outcomeDate.isValid()) {
            return tr("On benefit from %1 to %2").arg(formatDate(r.benefitStart), formatDate(r.outcomeDate));
        }
        return tr("On benefit since %1").arg(formatDate(r.benefitStart));
    }
    return {};
}

/// Alignment, font, icon and colour: numbers right, an overdue step bold, red and with a warning
/// sign, a closed case greyed.
QVariant CaseloadModel::appearanceData(const Row& r, int column, int role) const
{
    switch (role) {
    case Qt::TextAlignmentRole:
        if (column == Age || column == Weeks) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::FontRole:
        if (column == NextStep && r.overdue) {
            // Bold as well as red: an overdue step must stand out without colour too.
            static const QFont bold = [] {
                QFont f;
                f.setBold(true);
                return f;
            }();
            return bold;
        }
        break;
    case Qt::DecorationRole:
        if (column == NextStep && r.overdue) {
            if (m_warningIcon.isNull()) {
                m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            }
            return m_warningIcon;
        }
        break;
    case Qt::ForegroundRole:
        if (column == NextStep && r.overdue && r.status != CitizenStatus::Closed) {
            return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        if (r.status == CitizenStatus::Closed) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        break;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name: return tr("Name");
    case Cpr: return tr("CPR number");
    case Age: return tr("Age");
    case Benefit: return tr("Benefit");
    case Weeks: return tr("Weeks on benefit");
    case Caseworker: return tr("Caseworker");
    case Risk: return tr("Risk");
    case NextStep: return tr("Next step");
    case Status: return tr("Status");
    }
    return {};
}

int CaseloadModel::rowOf(const QString& citizenId) const
{
    return m_rowOfId.value(citizenId, -1);
}

int CaseloadModel::sortRank(int column, int r) const
{
    if (column < 0 || column >= ColumnCount) {
        return 0;
    }
    computeOrder(column);
    return m_ranks[column][r];
}

const QVector<int>& CaseloadModel::sortOrder(int column) const
{
    computeOrder(column);
    return m_orders[std::clamp(column, 0, ColumnCount - 1)];
}

void CaseloadModel::computeOrder(int column) const
{
    column = std::clamp(column, 0, ColumnCount - 1);
    auto& ranks = m_ranks[column];
    if (ranks.size() != m_rows.size()) {
        QVector<int> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        QCollator collator; // the default locale: Danish sorts Æ, Ø, Å last
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        auto textKey = [&](const Row& row) -> const QString& {
            switch (column) {
            case Benefit: return row.benefitLabel;
            case Caseworker: return row.caseworkerInitials;
            default: return row.name;
            }
        };
        if (column == Age || column == Weeks) {
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return column == Age ? m_rows[a].age < m_rows[b].age : m_rows[a].weeks < m_rows[b].weeks;
            });
        } else if (column == Risk) {
            computeOrder(Name);
            const auto& byName = m_ranks[Name];
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return m_rows[a].riskRank < m_rows[b].riskRank
                    || (m_rows[a].riskRank == m_rows[b].riskRank && byName[a] < byName[b]);
            });
        } else if (column == NextStep) {
            // Overdue first, then by due date (none last), then by name.
            computeOrder(Name);
            const auto& byName = m_ranks[Name];
            auto key = [&](int i) {
                const Row& row = m_rows[i];
                const qint64 due = row.nextStepDue.isValid() ? row.nextStepDue.toJulianDay()
                                                             : std::numeric_limits<qint64>::max();
                return std::make_tuple(row.nextStepCode.isEmpty(), !row.overdue, due, byName[i]);
            };
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
        } else if (column == Cpr) {
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return m_rows[a].cprDigits < m_rows[b].cprDigits; });
        } else if (column == Status) {
            computeOrder(Name);
            const auto& byName = m_ranks[Name];
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return int(m_rows[a].status) < int(m_rows[b].status)
                    || (m_rows[a].status == m_rows[b].status && byName[a] < byName[b]);
            });
        } else {
            std::vector<QCollatorSortKey> keys;
            keys.reserve(m_rows.size());
            for (const auto& row : m_rows) {
                keys.push_back(collator.sortKey(textKey(row)));
            }
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                const int c = keys[a].compare(keys[b]);
                return c < 0 || (c == 0 && m_rows[a].id < m_rows[b].id);
            });
        }
        ranks.resize(m_rows.size());
        for (int i = 0; i < order.size(); ++i) {
            ranks[order[i]] = i;
        }
        m_orders[column] = std::move(order);
    }
}

int CaseloadModel::activeCount(const QString& caseworkerId) const
{
    int n = 0;
    for (const auto& r : m_rows) {
        if (r.status == CitizenStatus::Active && r.caseworkerId == caseworkerId) {
            ++n;
        }
    }
    return n;
}

} // namespace samspil::ui
