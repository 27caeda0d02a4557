#include "CitizenListModel.h"

#include "core/citizen/Citizen.h"
#include "core/citizen/Cpr.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/util/Dates.h"

#include <QColor>

#include <algorithm>

namespace samspil::ui {

CitizenListModel::CitizenListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void CitizenListModel::setCitizens(const QStringList& ids)
{
    beginResetModel();
    m_people = StatsQueries::people(m_db, ids);
    std::sort(m_people.begin(), m_people.end(), [](const StatsQueries::Person& a, const StatsQueries::Person& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_staff.clear();
    for (const auto& s : StaffRepository(m_db).all()) {
        m_staff.insert(s.id, s.initials);
    }
    m_today = m_db.clock().today();
    m_steps.clear();
    // A short list asks per citizen; a long one reads every citizen's step in a few queries.
    constexpr int kOneByOne = 200;
    if (ids.size() <= kOneByOne) {
        for (const auto& id : ids) {
            if (auto step = Workflow::nextStepFor(m_db, id)) {
                m_steps.insert(id, *step);
            }
        }
    } else {
        m_steps = Workflow::nextStepsForAll(m_db);
    }
    endResetModel();
}

int CitizenListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int CitizenListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CitizenListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const auto& p = m_people[index.row()];
    if (role == IdRole) {
        return p.id;
    }
    const auto step = m_steps.constFind(p.id);
    const bool overdue = step != m_steps.cend() && step->overdue(m_today);
    if (index.column() == NextStepColumn && role == Qt::ForegroundRole && overdue) {
        return QColor(0xb0, 0x00, 0x20);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NextStepColumn:
        if (step == m_steps.cend()) {
            return QString();
        }
        if (!step->due.isValid()) {
            return step->label;
        }
        return overdue ? tr("%1 · was due %2").arg(step->label, formatDate(step->due))
                       : tr("%1 · due %2").arg(step->label, formatDate(step->due));
    case Name:
        return p.name;
    case Cpr:
        return Cpr::format(p.cpr);
    case Caseworker:
        return m_staff.value(p.caseworkerId);
    case Status:
        return CitizenRules::statusLabel(p.active ? CitizenStatus::Active : CitizenStatus::Closed);
    case BenefitStart:
        return formatDate(p.benefitStart);
    case Outcome:
        return p.outcome.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(Outcomes::label(p.outcome), formatDate(p.outcomeDate));
    default:
        return {};
    }
}

QVariant CitizenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Cpr:
        return tr("CPR number");
    case Caseworker:
        return tr("Caseworker");
    case Status:
        return tr("Status");
    case BenefitStart:
        return tr("Benefit start");
    case Outcome:
        return tr("Outcome");
    case NextStepColumn:
        return tr("Next step");
    default:
        return {};
    }
}

} // namespace samspil::ui
