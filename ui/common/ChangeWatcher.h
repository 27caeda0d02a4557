#pragma once

#include "core/storage/DataChange.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace samspil {
class Database;
}

namespace samspil::ui {

/// How a view follows the data: it listens to Database::changed (every commit, local or from
/// sync), keeps what concerns it — any of its tables, for its citizen (rows of tables that
/// belong to no citizen, such as staff, always count) — and tells the view once per turn of the
/// event loop, however many commits arrived (a sync of thousands of rows is one refresh).
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    /// `tables`: the tables the view shows (empty: every table except the access log, which
    /// changes whenever someone opens a page). `citizenId`: only changes that concern this
    /// citizen (empty: anyone's).
    ChangeWatcher(Database& db, const QStringList& tables, const QString& citizenId, QObject* parent);

    /// While one lives, commits are the owner's own: it already shows them, so they are not
    /// passed on (the owner then keeps its undo history and selection).
    class Ignore
    {
    public:
        explicit Ignore(ChangeWatcher* w)
            : m_w(w)
        {
            ++m_w->m_ignoring;
        }
        ~Ignore() { --m_w->m_ignoring; }
        Q_DISABLE_COPY(Ignore)

    private:
        ChangeWatcher* m_w;
    };

    bool relevant(const DataChange& change) const;
    /// Whether a refresh is waiting for the next turn of the event loop.
    bool pending() const { return m_timer.isActive(); }

signals:
    /// What changed since the last time (several commits merged).
    void changed(const samspil::DataChange& change);

private:
    void onCommitted(const DataChange& change);
    void deliver();

    QSet<QString> m_tables;
    QString m_citizenId;
    DataChange m_pending;
    QTimer m_timer;
    int m_ignoring = 0;
};

} // namespace samspil::ui
