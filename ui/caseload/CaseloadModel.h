#pragma once

#include "core/citizen/Citizen.h"
#include "core/workflow/NextStep.h"
#include "ui/common/BackgroundWork.h"

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

/// The caseload as a table: a thin adaptor over CitizenRepository::caseload(). Sort keys and the
/// display strings that take work are computed once per load, so data() and sorting stay cheap
/// over 20,000 rows; the few that are quick to make (the CPR number with its dash, the age, the
/// weeks, the next step with its date) are made when shown, and the words many rows share (a
/// status, a risk, a caseworker, a step) are held once, so a row stays small.
/// Reloads itself when citizens or staff change (Database::tablesChanged).
///
/// The next steps draw on every module's tables and take a while for a large team, so they are
/// worked out in the background on a read-only connection of their own (WAL lets it read the
/// last commit while the window goes on): the list shows at once with the steps it had, and the
/// new ones arrive a moment later (nextStepsReady). Where no second connection can be opened,
/// they are worked out at once, as before.
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
        QString cprDigits; ///< shown as DDMMYY-SSSS
        QString benefitCode;
        QString benefitLabel;
        QDate benefitStart;
        QString caseworkerId;
        QString caseworkerInitials;
        QString caseworkerName;
        CitizenStatus status = CitizenStatus::Active;
        int age = -1;
        int weeks = 0; ///< shown only when the benefit start is known
        QDate outcomeDate;  ///< when a closed course ended, if recorded
        QString statusText; ///< "Aktiv", or "Afsluttet: Fleksjob"
        QString riskCode;  ///< latest decided risk: "low", "moderate", "high", or empty
        int riskRank = 0;  ///< 0 not screened, 1 low, 2 moderate, 3 high
        QString riskText;
        QString nextStepCode;
        QString nextStepLabel; ///< shown with its due date: "Team day · 23-11-2026"
        QDate nextStepDue;
        bool overdue = false;
    };

    explicit CaseloadModel(Database& db, QObject* parent = nullptr);

    ~CaseloadModel() override;

    /// Reads the caseload again from the database; the next steps follow in the background.
    void reload();
    /// Whether the next steps of the last reload are still being worked out.
    bool nextStepsPending() const { return m_nextSteps.pending(); }
    /// Waits until they are in and shows them (tests, the benchmark, printing a list).
    void waitForNextSteps();

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

    /// What the background work hands back: the steps of one reload.
    struct Steps
    {
        bool computed = false; ///< false: the second connection could not be opened
        QHash<QString, samspil::NextStep> byCitizen;
    };

signals:
    /// After every reload (the count of cases may have changed).
    void reloaded();
    /// The next steps of the last reload are in.
    void nextStepsReady();

private:
    void onTablesChanged(const QSet<QString>& tables);
    void startNextSteps(const QVector<Citizen>& citizens);
    void applyNextSteps(const Steps& steps);
    void setStep(Row& r, const samspil::NextStep* step, const QDate& today) const;
    QVariant displayData(const Row& r, int column) const;
    QVariant toolTipData(const Row& r, int column) const;
    QVariant appearanceData(const Row& r, int column, int role) const;

    Database& m_db;
    QVector<Row> m_rows;
    void computeOrder(int column) const;

    mutable std::array<QVector<int>, ColumnCount> m_ranks;
    mutable std::array<QVector<int>, ColumnCount> m_orders;
    QHash<QString, int> m_rowOfId;
    QHash<QString, samspil::NextStep> m_steps; ///< the steps last worked out, kept across reloads
    mutable QIcon m_warningIcon; ///< made on first use (the style is not there before QApplication)
    BackgroundWork<Steps> m_nextSteps; ///< last member: its runs are waited for before the rest goes
};

} // namespace samspil::ui
