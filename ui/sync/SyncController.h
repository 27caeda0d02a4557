#pragma once

#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace samspil::ui {

/// Runs sync for one main window: on start, every few minutes, and when asked. Sync runs on the
/// GUI thread (the database connection lives there); a long catch-up shows a progress dialog.
/// When the share cannot be reached the app goes on offline and the next round sends everything.
class SyncController : public QObject
{
    Q_OBJECT
public:
    /// Minutes between automatic syncs.
    static constexpr int kDefaultIntervalMinutes = 5;

    explicit SyncController(Database& db, QWidget* window);

    Database& database() { return m_db; }
    SyncStatus status() const;
    bool joined() const;
    /// Asked to join; waits for a member to admit this PC.
    bool waiting() const;
    QString sharePath() const;
    bool busy() const { return m_busy; }

    /// Joins the team's shared folder and syncs once (or asks to join and waits to be admitted).
    Result<JoinOutcome> join(const QString& sharePath);
    /// The PCs that asked to join and wait for a member.
    Result<QVector<JoinRequest>> requests();
    /// Admits the waiting PC with this code, then syncs.
    Status admit(const QString& code);
    /// Takes a PC out of the team.
    Status retire(const QString& site);
    TeamState team() const { return m_engine.team(); }
    QString admissionCode() { return m_engine.admissionCode(); }
    SyncEngine::Admitter admittedBy() const { return m_engine.admittedBy(); }
    /// One sync now. `interactive`: the user asked, so a long one shows progress.
    Result<SyncReport> syncNow(bool interactive = true);
    /// The outcome of the last sync in the user's words.
    QString lastMessage() const { return m_lastMessage; }

    /// Starts automatic sync (first round after `firstDelayMs`).
    void start(int firstDelayMs = 3000);
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const;

    /// The engine's options (tests make batches small or compaction eager).
    void setOptions(const SyncEngine::Options& options) { m_engine.setOptions(options); }

signals:
    /// Before a sync starts, and after it (also after join and conflict settling).
    void statusChanged();
    /// After each sync: whether it went through, and what to tell the user.
    void synced(bool ok, const QString& message);

private:
    Database& m_db;
    QPointer<QWidget> m_window;
    SyncEngine m_engine;
    QTimer m_timer;
    bool m_busy = false;
    QString m_lastMessage;
};

} // namespace samspil::ui
