#pragma once

#include "core/stats/StatsQueries.h"
#include "core/workflow/NextStep.h"

#include <QAbstractTableModel>
#include <QHash>

namespace samspil::ui {

/// The citizens behind a dashboard number: name, CPR, caseworker, status, benefit start,
/// outcome, and the next step with its due date (overdue ones in red), so the list behind
/// "Overdue next steps" says which step and since when. A thin adaptor over
/// StatsQueries::people (one query for the whole list) and the workflow's next steps.
class CitizenListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Cpr, Caseworker, Status, BenefitStart, Outcome, NextStepColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CitizenListModel(Database& db, QObject* parent = nullptr);
    void setCitizens(const QStringList& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QVector<StatsQueries::Person> m_people;
    QHash<QString, QString> m_staff; ///< id -> initials
    QHash<QString, NextStep> m_steps; ///< citizen id -> next step
    QDate m_today;
};

} // namespace samspil::ui
