#include "SyncController.h"

#include "ui/common/Settings.h"

#include <QApplication>
#include <QProgressDialog>
#include <QWidget>

namespace samspil::ui {

namespace {
const Preference<int> syncInterval{QStringLiteral("sync/intervalMinutes"), SyncController::kDefaultIntervalMinutes};
} // namespace

SyncController::SyncController(Database& db, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_engine(db)
{
    m_timer.setObjectName(QStringLiteral("syncTimer"));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if ((joined() || waiting()) && !m_busy && !QApplication::activeModalWidget()) {
            (void)syncNow(false);
        }
    });
}

bool SyncController::waiting() const
{
    return m_engine.waiting();
}

SyncStatus SyncController::status() const
{
    return m_engine.status();
}

bool SyncController::joined() const
{
    return m_engine.joined();
}

QString SyncController::sharePath() const
{
    return m_engine.sharePath();
}

Result<JoinOutcome> SyncController::join(const QString& sharePath)
{
    auto joinedNow = m_engine.join(sharePath);
    emit statusChanged();
    if (!joinedNow) {
        return joinedNow;
    }
    // The first round at once, so the person sees the team's data arrive (or why not). A PC
    // that waits to be admitted looks again at every round.
    if (joinedNow->joined) {
        (void)syncNow(true);
    }
    if (!m_timer.isActive()) {
        m_timer.start(intervalMinutes() * 60 * 1000);
    }
    return joinedNow;
}

Result<QVector<JoinRequest>> SyncController::requests()
{
    return m_engine.requests();
}

Status SyncController::admit(const QString& code)
{
    auto admitted = m_engine.admit(code);
    emit statusChanged();
    return admitted;
}

Status SyncController::retire(const QString& site)
{
    auto retired = m_engine.retire(site);
    emit statusChanged();
    return retired;
}

Result<SyncReport> SyncController::syncNow(bool interactive)
{
    if (m_busy) {
        return fail(tr("Sync is already running."));
    }
    m_busy = true;
    emit statusChanged();

    // A long catch-up (a new PC, a week offline) shows progress; a normal round takes moments.
    std::unique_ptr<QProgressDialog> progress;
    if (interactive && m_window) {
        progress = std::make_unique<QProgressDialog>(tr("Exchanging changes with the team's other PCs…"), QString(),
                                                     0, 0, m_window);
        progress->setWindowTitle(tr("Sync"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(1000);
        progress->setCancelButton(nullptr);
        m_engine.setProgress([p = progress.get()](int done, int total) {
            p->setMaximum(total);
            p->setValue(done);
        });
    }
    auto report = m_engine.sync();
    m_engine.setProgress({});
    progress.reset();

    m_busy = false;
    if (report) {
        const SyncReport& r = report.value();
        m_lastMessage = tr("Synchronised: %1 sent, %2 received.").arg(r.exported).arg(r.imported);
        if (r.conflicts > 0) {
            m_lastMessage += QLatin1Char(' ') + tr("%n new conflict(s) wait for you.", nullptr, r.conflicts);
        }
        if (!r.clean()) {
            m_lastMessage += QLatin1Char(' ') + tr("Some changes wait; see Sync for details.");
        }
    } else {
        m_lastMessage = report.error();
    }
    emit statusChanged();
    emit synced(report.ok(), m_lastMessage);
    return report;
}

void SyncController::start(int firstDelayMs)
{
    m_timer.start(std::max(1, intervalMinutes()) * 60 * 1000);
    if (joined() || waiting()) {
        QTimer::singleShot(firstDelayMs, this, [this] {
            if (!m_busy && !QApplication::activeModalWidget()) {
                (void)syncNow(false);
            }
        });
    }
}

void SyncController::setIntervalMinutes(int minutes)
{
    syncInterval.set(std::clamp(minutes, 1, 24 * 60));
    if (m_timer.isActive()) {
        m_timer.start(intervalMinutes() * 60 * 1000);
    }
}

int SyncController::intervalMinutes() const
{
    return std::clamp(syncInterval.get(), 1, 24 * 60);
}

} // namespace samspil::ui
