#pragma once

#include "core/domain/Citizen.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QDate>
#include <QHash>
#include <QVector>

#include <array>

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The caseload as a table: a thin adaptor over CitizenRepository::caseload(). Display strings
/// and sort keys are computed once per load, so data() and sorting stay cheap over 20,000 rows.
/// Reloads itself when citizens or staff change (Database::tablesChanged).
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Cpr, Age, Benefit, Weeks, Caseworker, Risk, NextStep, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the citizen's id
        CprDigitsRole,             ///< ten digits, no dash
        CaseworkerIdRole,          ///< staff id or empty
        StatusRole,                ///< "active" / "closed"
        SortRole,                  ///< a value that sorts the column correctly (numbers for age and weeks)
        RiskRole,                  ///< "low" / "moderate" / "high", or empty when not screened
        OverdueRole,               ///< whether the next step is overdue
    };

    struct Row
    {
        QString id;
        QString name;
        QString nameFolded; ///< case-folded, for searching
        QString cprDigits;
        QString cprText; ///< DDMMYY-SSSS
        QString benefitCode;
        QString benefitLabel;
        QDate benefitStart;
        QString caseworkerId;
        QString caseworkerInitials;
        QString caseworkerName;
        CitizenStatus status = CitizenStatus::Active;
        int age = -1;
        int weeks = 0;
        QString ageText;
        QString weeksText;
        QDate outcomeDate;  ///< when a closed course ended, if recorded
        QString statusText; ///< "Aktiv", or "Afsluttet: Fleksjob"
        QString riskCode;  ///< latest decided risk: "low", "moderate", "high", or empty
        int riskRank = 0;  ///< 0 not screened, 1 low, 2 moderate, 3 high
        QString riskText;
        QString nextStepCode;
        QString nextStepText; ///< "Team day · 23-11-2026"
        QDate nextStepDue;
        bool overdue = false;
    };

    explicit CaseloadModel(Database& db, QObject* parent = nullptr);

    /// Reads the caseload again from the database.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row& row(int r) const { return m_rows[r]; }
    /// The row of a citizen, or -1.
    int rowOf(const QString& citizenId) const;
    /// The position of row `r` when the column is sorted ascending (computed on first use).
    int sortRank(int column, int r) const;
    /// The rows in ascending order of the column (computed on first use, kept until the next reload).
    const QVector<int>& sortOrder(int column) const;

    /// Active cases of one caseworker.
    int activeCount(const QString& caseworkerId) const;

signals:
    /// After every reload (the count of cases may have changed).
    void reloaded();

private:
    void onTablesChanged(const QSet<QString>& tables);

    Database& m_db;
    QVector<Row> m_rows;
    void computeOrder(int column) const;

    mutable std::array<QVector<int>, ColumnCount> m_ranks;
    mutable std::array<QVector<int>, ColumnCount> m_orders;
    QHash<QString, int> m_rowOfId;
    mutable QIcon m_warningIcon; ///< made on first use (the style is not there before QApplication)
};

} // namespace samspil::ui
