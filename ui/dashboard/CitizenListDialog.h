#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace samspil {
class Database;
}

namespace samspil::ui {

class CitizenListModel;

/// The citizens behind one dashboard number. Double-click (or Enter, or "Open the citizen's
/// page") opens the citizen's page in the main window; the list stays open for the next one.
class CitizenListDialog : public QDialog
{
    Q_OBJECT
public:
    using OpenCitizen = std::function<void(const QString& citizenId)>;

    CitizenListDialog(Database& db, const QString& what, const QStringList& citizenIds, OpenCitizen open,
                      QWidget* parent = nullptr);

    CitizenListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Opens the selected citizen's page (what double-click does).
    void openSelected();

private:
    CitizenListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QPushButton* m_open;
    OpenCitizen m_openCitizen;
};

} // namespace samspil::ui
