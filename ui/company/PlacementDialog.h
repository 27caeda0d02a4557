#pragma once

#include "core/company/Accommodations.h"
#include "core/company/Company.h"
#include "core/util/Result.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace samspil {
class Database;
}

namespace samspil::ui {

class DateEdit;

/// A citizen's placement at a company: the company and its offer, kind, period, hours, tasks,
/// the skånehensyn (proposed from the citizen's signed ICF notes, chosen with the checkboxes),
/// the company's contact, a mentor, follow-up dates with the company, the plan goal it serves and
/// how it ended.
class PlacementDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new placement for the citizen (empty `placementId`) or the placement to change.
    PlacementDialog(Database& db, const QString& citizenId, const QString& placementId, QWidget* parent = nullptr);

    /// The placement as saved (after accept()).
    const Placement& saved() const { return m_saved; }
    /// What the notes proposed (code -> why), as shown beside the checkboxes.
    const QHash<QString, QString>& proposed() const { return m_proposed; }
    QString message() const;

    void accept() override;

private:
    QWidget* buildPlacement();
    QWidget* buildAccommodations();
    QWidget* buildCompanySide();
    QWidget* buildEnding();
    QWidget* buildConsent();
    /// Shows the consent in force for the chosen company.
    void loadConsent();
    /// Records the consent given, changed or withdrawn in the dialog.
    Status saveConsent(const Placement& saved);
    void fillCompanies();
    void companyChanged();
    void load(const Placement& p);
    Placement fromForm() const;

    Database& m_db;
    QString m_citizenId;
    Placement m_loaded;
    Placement m_saved;
    QVector<Company> m_companies;
    QHash<QString, QString> m_proposed;
    QComboBox* m_company;
    QComboBox* m_kind;
    DateEdit* m_from;
    QCheckBox* m_hasEnd;
    DateEdit* m_to;
    QDoubleSpinBox* m_hours;
    QPlainTextEdit* m_tasks;
    QHash<QString, QCheckBox*> m_accommodations;
    QLineEdit* m_accommodationNote;
    QComboBox* m_contact;
    QLineEdit* m_mentor;
    QListWidget* m_followUps;
    DateEdit* m_followUpDate;
    QComboBox* m_goal;
    QComboBox* m_intervention;
    QComboBox* m_outcome;
    DateEdit* m_outcomeDate;
    QLineEdit* m_outcomeReason;
    QCheckBox* m_consent;
    QPlainTextEdit* m_consentText;
    QString m_consentInForce; ///< the words in force for the chosen company when it was shown
    QLabel* m_message;
};

} // namespace samspil::ui
