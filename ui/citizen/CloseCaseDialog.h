#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// Closing a citizen's course: how it ended (job, flex job, education, …) and when. Saved only
/// when both are sound; a refusal is shown in the dialog and nothing changes.
class CloseCaseDialog : public QDialog
{
    Q_OBJECT
public:
    CloseCaseDialog(Database& db, const QString& citizenId, QWidget* parent = nullptr);

    QComboBox* outcomeBox() const { return m_outcome; }
    QDateEdit* dateEdit() const { return m_date; }
    QString message() const;

    /// Saves (what OK does); false with the reason shown in the dialog.
    bool save();

    void accept() override;

private:
    Database& m_db;
    QString m_citizenId;
    QComboBox* m_outcome = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace samspil::ui
