#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace samspil {
class Session;
}

namespace samspil::ui {

/// What the main window shows, in place of the caseload, to an account that may not see
/// citizens: why (Session::refusal(), which names the account and the leaders who can add it),
/// and what the person can do. It shows no citizen data: it reads none.
class AccessPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccessPage(QWidget* parent = nullptr);

    /// Says why this session sees no citizens; `fallback` when there is no session (tests).
    void setSession(const Session* session, const QString& fallback);
    QString message() const;

signals:
    /// "Become the team's first leader…" (a database where no account is bound yet).
    void firstAccountRequested();
    /// "Look again": the account is looked up again (after a leader added it and a sync).
    void retryRequested();

private:
    QLabel* m_heading;
    QLabel* m_message;
    QLabel* m_hint;
    QPushButton* m_firstAccount;
    QPushButton* m_retry;
};

} // namespace samspil::ui
