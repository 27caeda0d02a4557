#pragma once

#include "core/company/Company.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

class ChangeWatcher;

/// The citizen page's "Company" tab: the citizen's placements (company, kind, period, hours,
/// next follow-up, how it ended), a new placement, changing one, printing its agreement, and the
/// companies whose offers fit the plan's goal and the skånehensyn (Matching).
/// Follows changes made elsewhere.
class PlacementsTab : public QWidget
{
    Q_OBJECT
public:
    PlacementsTab(Database& db, const QString& citizenId, QWidget* parent = nullptr);

    int placementCount() const { return int(m_placements.size()); }
    void refresh();
    /// Opens the placement dialog for a new placement (empty id) or the one given.
    void edit(const QString& placementId);
    /// The placement of the selected row (empty when none).
    QString selectedId() const;
    /// The suggested offers, each with its one-sentence reason.
    QStringList suggestions() const;

private:
    void refreshSuggestions();

    Database& m_db;
    QString m_citizenId;
    ChangeWatcher* m_watcher;
    QVector<Placement> m_placements;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_edit;
    QPushButton* m_print;
    QListWidget* m_matches;
};

} // namespace samspil::ui
