#pragma once

#include "core/staff/OsAccount.h"
#include "core/staff/Session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The first account on a database where no account is bound yet: the person gives their name
/// (prefilled from the operating system) and initials and becomes the team's first leader
/// (Session::startAsFirstLeader). A PC joining an existing team cancels and syncs instead.
class FirstAccountDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAccountDialog(Database& db, const OsAccount& account, QWidget* parent = nullptr);

    /// Makes the account the team's first leader; stays open with core's message when refused.
    void accept() override;
    /// The leader's session once accepted.
    const std::optional<Session>& session() const { return m_session; }
    QString message() const;

    /// Initials from a name: the first letter of each word, upper case ("Mette Holm Andersen" → "MHA").
    static QString initialsOf(const QString& name);

private:
    Database& m_db;
    OsAccount m_account;
    QLineEdit* m_name;
    QLineEdit* m_initials;
    QLabel* m_message;
    std::optional<Session> m_session;
};

} // namespace samspil::ui
