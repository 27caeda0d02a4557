#pragma once

#include <QDialog>
#include <QStringList>

namespace samspil {
class Database;
}

namespace samspil::ui {

class CitizenForm;

/// Creates a citizen. OK checks the data and stays open with the messages in place until
/// nothing blocks; then the citizen is created.
class NewCitizenDialog : public QDialog
{
    Q_OBJECT
public:
    /// `caseworkerId`: preselected caseworker (usually the user).
    NewCitizenDialog(Database& db, const QString& caseworkerId, QWidget* parent = nullptr);

    CitizenForm* form() const { return m_form; }
    /// The id of the citizen created, once accepted.
    QString createdId() const { return m_createdId; }
    /// Warnings about the created citizen (a synthetic CPR number, …).
    QStringList warnings() const { return m_warnings; }

    void accept() override;

private:
    Database& m_db;
    CitizenForm* m_form;
    QString m_createdId;
    QStringList m_warnings;
};

} // namespace samspil::ui
