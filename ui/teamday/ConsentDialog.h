#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// Records the citizen's consent to share health information among the team: the date, which
/// professions, and whether written or oral.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(Database& db, const QString& citizenId, QWidget* parent = nullptr);
    bool record();
    QString message() const;

private:
    Database& m_db;
    QString m_citizenId;
    QDateEdit* m_date;
    QComboBox* m_form;
    QVector<QCheckBox*> m_scope;
    QLabel* m_message;
};

} // namespace samspil::ui
