#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// "Who are you?": on first start the user picks their own staff record or creates it. The
/// choice is remembered in the settings, per database (prefs::whoAmI), and acts on every change.
class WhoAmIDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhoAmIDialog(Database& db, QWidget* parent = nullptr);

    /// The staff id stored for this database, if it still names a live staff member.
    static QString storedIdentity(Database& db);

    QString staffId() const { return m_staffId; }
    void accept() override;

private:
    void updateMode();

    Database& m_db;
    QRadioButton* m_existing;
    QRadioButton* m_new;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_initials;
    QComboBox* m_profession;
    QLabel* m_message;
    QString m_staffId;
};

} // namespace samspil::ui
