#include "ChangeWatcher.h"

#include "core/storage/Database.h"
#include "core/storage/Schema.h"

namespace samspil::ui {

ChangeWatcher::ChangeWatcher(Database& db, const QStringList& tables, const QString& citizenId, QObject* parent)
    : QObject(parent)
    , m_tables(tables.begin(), tables.end())
    , m_citizenId(citizenId)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::deliver);
    connect(&db, &Database::changed, this, &ChangeWatcher::onCommitted);
}

bool ChangeWatcher::relevant(const DataChange& change) const
{
    bool anyTable = false;
    bool unlinked = false; // a table that belongs to no citizen (staff, …): it concerns every page
    for (const QString& t : change.tables) {
        if (m_tables.isEmpty() ? t == QLatin1String("audit_log") : !m_tables.contains(t)) {
            continue;
        }
        anyTable = true;
        const TableSpec* spec = Schema::table(t);
        unlinked = unlinked || !spec || !spec->citizenLink.aboutCitizen();
    }
    if (!anyTable) {
        return false;
    }
    return m_citizenId.isEmpty() || unlinked || change.concerns(m_citizenId);
}

void ChangeWatcher::onCommitted(const DataChange& change)
{
    if (m_ignoring > 0 || !relevant(change)) {
        return;
    }
    m_pending.merge(change);
    m_timer.start();
}

void ChangeWatcher::deliver()
{
    const DataChange change = std::exchange(m_pending, {});
    if (!change.isEmpty()) {
        emit changed(change);
    }
}

} // namespace samspil::ui
