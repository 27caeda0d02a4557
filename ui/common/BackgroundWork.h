#pragma once

#include "ui/common/FreedMemory.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace samspil::ui {

/// Work a window or model does in the background (the caseload's next steps, the dashboard's
/// figures): each start() runs on Qt's thread pool, and when the newest run is done its result is
/// handed to `done` on the GUI thread. A run overtaken by a newer one is dropped. The owner waits
/// for every run before it goes, since the work may use what the owner lends it (the clock).
/// Once a result is handed over, the memory the run and the result it replaced freed goes back
/// to the operating system (returnFreedMemory).
template <class T>
class BackgroundWork
{
public:
    BackgroundWork(QObject* owner, std::function<void(const T&)> done)
        : m_owner(owner)
        , m_done(std::move(done))
    {
    }
    ~BackgroundWork()
    {
        for (auto& f : m_running) {
            f.waitForFinished();
        }
    }
    BackgroundWork(const BackgroundWork&) = delete;
    BackgroundWork& operator=(const BackgroundWork&) = delete;

    template <class Function, class... Args>
    void start(Function&& work, Args&&... args)
    {
        const quint64 generation = ++m_generation;
        QFuture<T> future = QtConcurrent::run(std::forward<Function>(work), std::forward<Args>(args)...);
        m_pending = future;
        m_running.append(future);
        auto* watcher = new QFutureWatcher<T>(m_owner);
        QObject::connect(watcher, &QFutureWatcher<T>::finished, m_owner, [this, watcher, generation] {
            const QFuture<T> done = watcher->future();
            watcher->deleteLater();
            m_running.removeIf([](const QFuture<T>& f) { return f.isFinished(); });
            deliver(generation, done);
        });
        watcher->setFuture(future);
    }

    /// Whether the newest run has not been handed over yet.
    bool pending() const { return m_pending.isValid(); }

    /// Waits for the newest run and hands its result over now (tests, benchmarks, printing).
    void wait()
    {
        if (m_pending.isValid()) {
            m_pending.waitForFinished();
            deliver(m_generation, m_pending);
        }
    }

private:
    void deliver(quint64 generation, QFuture<T> future) // a copy: m_pending is cleared below
    {
        if (generation != m_generation || !m_pending.isValid()) {
            return; // overtaken by a newer run, or already handed over
        }
        m_pending = {};
        m_done(future.result());
        returnFreedMemory();
    }

    QObject* m_owner;
    std::function<void(const T&)> m_done;
    quint64 m_generation = 0;
    QFuture<T> m_pending;        ///< the newest run, until it is handed over
    QList<QFuture<T>> m_running; ///< every run still going
};

} // namespace samspil::ui
