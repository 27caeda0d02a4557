#pragma once

#include "core/citizen/Citizen.h"
#include "core/staff/Staff.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The citizen's basic data as a form, with each validation message in place below its field.
/// Used by the citizen page ("Stamdata") and by the new-citizen dialog.
class CitizenForm : public QWidget
{
    Q_OBJECT
public:
    explicit CitizenForm(Database& db, QWidget* parent = nullptr);

    void setCitizen(const Citizen& citizen);
    /// The citizen as the form shows it (id, status and times are kept from setCitizen()).
    Citizen citizen() const;

    /// Checks the form against the rules and the database, shows the messages beside the fields
    /// and returns them. Returns true when nothing blocks saving.
    bool check(QVector<FieldIssue>* issues = nullptr);
    void showIssues(const QVector<FieldIssue>& issues);
    void clearIssues();
    /// The message shown for a field ("cpr", "name", …), empty when none.
    QString issueText(const QString& field) const;
    /// Whether the form differs from what setCitizen() gave it.
    bool isModified() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    void edited();

private:
    void addRow(QFormLayout* layout, const QString& label, QWidget* field, const QString& key);
    void fillCaseworkers(const QString& current);
    void fillBenefits(const QString& current);
    /// After an edit of the field: its message goes when the rules no longer find anything wrong
    /// with it, or says what is still wrong.
    void recheck(const QString& key);
    /// Each shown message gets the height of all its lines at its field's width.
    void fitIssueLabels();

    Database& m_db;
    Citizen m_original;
    QLineEdit* m_cpr;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QComboBox* m_benefit;
    QDateEdit* m_benefitStart;
    QComboBox* m_targetGroup;
    QComboBox* m_caseworker;
    QHash<QString, QLabel*> m_issueLabels;
    QHash<QString, QWidget*> m_fields;
};

} // namespace samspil::ui
