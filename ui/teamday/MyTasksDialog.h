#pragma once

#include <QDialog>

class QTreeWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The staff member's own list: next steps that are theirs, overdue first.
class MyTasksDialog : public QDialog
{
    Q_OBJECT
public:
    MyTasksDialog(Database& db, const QString& staffId, QWidget* parent = nullptr);
    QTreeWidget* list() const { return m_list; }

signals:
    void openCitizen(const QString& citizenId);

private:
    QTreeWidget* m_list;
};

} // namespace samspil::ui
