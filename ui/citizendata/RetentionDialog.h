#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// Asks "erase everything about NAME (CPR)?" through MessageBox (so a test can answer it) and
/// erases on yes. `beforeErase` may refuse (e.g. the citizen's page has unsaved changes). Shows
/// what was done or why not; returns whether the citizen was erased.
bool confirmAndErase(QWidget* parent, Database& db, const QString& citizenId, int years, const QString& reason,
                     const std::function<bool(const QString& citizenId)>& beforeErase = {});

/// Citizen ▸ "Erase the citizen's data…": the citizen, when the case closed and until when it is
/// kept; before then a reason is needed (never the citizen's name or CPR number). Erase… asks
/// for confirmation naming the citizen.
class EraseCitizenDialog : public QDialog
{
    Q_OBJECT
public:
    EraseCitizenDialog(Database& db, const QString& citizenId, int years, QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return m_reason; }
    QString message() const;
    /// What Erase… does; true when the citizen was erased (the dialog then closes).
    bool erase();
    void setBeforeErase(std::function<bool(const QString&)> check) { m_beforeErase = std::move(check); }

private:
    Database& m_db;
    QString m_citizenId;
    int m_years;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    std::function<bool(const QString&)> m_beforeErase;
};

/// Team ▸ "Erasure of closed cases…": how long closed cases are kept (a setting), the cases past
/// it, oldest first, with Erase…, and the erasures made on every PC of the team (when, by whom,
/// on what basis; no personal data).
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RetentionDialog(Database& db, QWidget* parent = nullptr);

    QSpinBox* yearsBox() const { return m_years; }
    QTableWidget* casesTable() const { return m_cases; }
    QTableWidget* erasuresTable() const { return m_erasures; }
    /// Erases the case in the given row of the table (after confirmation).
    bool eraseRow(int row);
    void setBeforeErase(std::function<bool(const QString&)> check) { m_beforeErase = std::move(check); }

public slots:
    void refresh();

private:
    Database& m_db;
    QSpinBox* m_years = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_cases = nullptr;
    QTableWidget* m_erasures = nullptr;
    QPushButton* m_erase = nullptr;
    std::function<bool(const QString&)> m_beforeErase;
};

} // namespace samspil::ui
