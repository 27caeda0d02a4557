#pragma once

#include "core/screening/Screening.h"

#include <QAbstractTableModel>
#include <QHash>

namespace samspil {
class Database;
}

namespace samspil::ui {

/// A citizen's screenings, newest first: a thin adaptor over ScreeningRepository::history().
class ScreeningHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, DecidedColumn, ProposedColumn, TotalColumn, ReasonColumn, ByColumn, StatusColumn, ColumnCount };
    enum Role { ScreeningIdRole = Qt::UserRole + 1, SupersededRole, DecidedRiskRole };

    explicit ScreeningHistoryModel(Database& db, QObject* parent = nullptr);

    void setCitizen(const QString& citizenId);
    const QString& citizenId() const { return m_citizenId; }
    void reload();
    const Screening* screening(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QString m_citizenId;
    QVector<Screening> m_rows;
    QHash<QString, QString> m_initials;
    QHash<QString, QDateTime> m_timeOf;
    QString m_currentId; ///< the screening that counts now
};

} // namespace samspil::ui
