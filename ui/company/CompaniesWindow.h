#pragma once

#include "core/company/Company.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

class ChangeWatcher;

/// Team ▸ Virksomheder: the companies the job centre works with, found as you type; a form with
/// the company's data, contact persons and offers; the CSV import. Follows changes made elsewhere.
class CompaniesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CompaniesWindow(Database& db, QWidget* parent = nullptr);

    /// The company shown in the form (empty: a new one).
    QString currentCompanyId() const { return m_currentId; }
    /// The message under the form (what was saved or refused), for tests.
    QString message() const;
    /// Imports a CSV file and shows the report (the button asks for the file).
    void importFile(const QString& path);

private:
    QWidget* buildForm();
    QWidget* buildContacts();
    QWidget* buildOffers();
    void refreshList();
    void showCompany(const QString& id);
    void clearForm();
    void addContactRow(const CompanyContact& c);
    void addOfferRow(const CompanyOffer& o);
    Company companyFromForm() const;
    void save();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    ChangeWatcher* m_watcher;
    QString m_currentId;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_cvr;
    QLineEdit* m_pNumber;
    QLineEdit* m_address;
    QComboBox* m_consultant;
    QPlainTextEdit* m_notes;
    QTableWidget* m_contacts;
    QTableWidget* m_offers;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace samspil::ui
