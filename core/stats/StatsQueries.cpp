#include "StatsQueries.h"

#include "core/storage/RawQuery.h"
#include "core/util/Dates.h"

#include <QSet>
#include <QSqlQuery>

#include <cstring>
#include <limits>
#include <utility>

namespace samspil {

namespace {

QSqlQuery run(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    (void)Database::checkRead(q.exec(sql), q, "StatsQueries");
    return q;
}

QStringList splitCodes(const QString& s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

/// A scan over a big table through the raw handle (RawQuery), remembering the first two columns
/// of the row before, so that a scan sorted by them sees where a group ends without copying
/// strings per row.
class StatsScan
{
public:
    StatsScan(Database& db, const char* sql)
        : m_q(db, sql)
    {
    }

    bool next()
    {
        if (!m_q.next()) {
            return false;
        }
        for (int c = 0; c < kRemembered; ++c) {
            std::swap(m_previous[c], m_current[c]);
            const QByteArrayView b = m_q.bytes(c);
            m_current[c].resize(b.size()); // keeps its buffer: no allocation per row
            if (!b.isEmpty()) {
                std::memcpy(m_current[c].data(), b.data(), size_t(b.size()));
            }
        }
        return true;
    }
    QString text(int c) const { return m_q.text(c); }
    /// ASCII columns (codes) without a UTF-16 copy.
    QLatin1String latin1(int c) const
    {
        const QByteArrayView b = m_q.bytes(c);
        return QLatin1String(b.data(), b.size());
    }
    QDate date(int c) const { return m_q.date(c); }
    int integer(int c) const { return m_q.integer(c); }
    bool isNull(int c) const { return m_q.isNull(c); }
    /// Whether column c (one of the first two) holds what it held in the row before.
    bool sameAsBefore(int c) const { return m_current[c] == m_previous[c]; }

private:
    static constexpr int kRemembered = 2;
    RawQuery m_q;
    // Copies: SQLite's pointers are valid only until the next step.
    QByteArray m_current[kRemembered];
    QByteArray m_previous[kRemembered];
};

} // namespace

QVector<StatsQueries::CitizenRow> StatsQueries::citizens(Database& db)
{
    QVector<CitizenRow> out;
    StatsScan q(db, "SELECT id, caseworker_id, status, benefit_start, outcome, outcome_date "
                   "FROM citizen WHERE deleted_at IS NULL ORDER BY id");
    while (q.next()) {
        out.append({q.text(0), q.text(1), q.latin1(2) != QLatin1String("closed"), q.date(3),
                    q.text(4), q.date(5)});
    }
    return out;
}

QHash<QString, StatsQueries::CurrentPlan> StatsQueries::currentPlans(Database& db)
{
    // Three plain walks over covering indexes (plan_current, plan_goal_stats,
    // plan_intervention_stats), the current version chosen here as the plans stream past: no
    // window function, sort or join in SQLite.
    struct Choice
    {
        QByteArray planId;
        int rank = 0;
        qint64 version = 0;
    };
    QHash<QString, Choice> chosen; // by citizen
    {
        RawQuery q(db, "SELECT citizen_id, status, version, id FROM plan WHERE deleted_at IS NULL");
        while (q.next()) {
            const QByteArrayView status = q.bytes(1);
            // Drafts first, then agreed, then the rest; the newest version (none: last); then by id.
            Choice c{q.bytes(3).toByteArray(),
                     status == QByteArrayView("draft") ? 0 : status == QByteArrayView("agreed") ? 1 : 2,
                     q.isNull(2) ? std::numeric_limits<qint64>::min() : q.value(2).toLongLong()};
            const auto it = chosen.find(q.text(0));
            if (it == chosen.end()) {
                chosen.insert(q.text(0), std::move(c));
                continue;
            }
            const Choice& b = *it;
            const bool before = c.rank != b.rank         ? c.rank < b.rank
                                : c.version != b.version ? c.version > b.version
                                                         : c.planId < b.planId; // SQLite's BINARY order
            if (before) {
                *it = std::move(c);
            }
        }
    }
    QHash<QString, CurrentPlan> out;
    out.reserve(chosen.size());
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        out[it.key()].planId = QString::fromUtf8(it->planId);
    }
    // Pointers to the plans, taken once every plan is in (an insertion may move a hash's values).
    QHash<QByteArray, CurrentPlan*> byPlan;
    byPlan.reserve(out.size());
    for (auto it = out.begin(); it != out.end(); ++it) {
        byPlan.insert(it->planId.toUtf8(), &it.value());
    }
    {
        RawQuery q(db, "SELECT plan_id, lineage, tracks, achieved_on FROM plan_goal WHERE deleted_at IS NULL");
        QByteArray key;
        while (q.next()) {
            key = q.bytes(0).toByteArray();
            const auto p = byPlan.constFind(key);
            if (p == byPlan.cend() || q.isNull(1)) {
                continue; // not a current plan's, or (as a plan without goals) no lineage
            }
            Goal g;
            g.lineage = q.text(1);
            g.tracks = splitCodes(q.text(2));
            g.achievedOn = q.date(3);
            (*p)->goals.append(g);
        }
    }
    {
        RawQuery q(db, "SELECT plan_id, tracks FROM plan_intervention WHERE deleted_at IS NULL AND tracks IS NOT NULL");
        QByteArray key;
        while (q.next()) {
            key = q.bytes(0).toByteArray();
            if (const auto p = byPlan.constFind(key); p != byPlan.cend()) {
                (*p)->interventionTracks += splitCodes(q.text(1));
            }
        }
    }
    return out;
}

QHash<QString, QStringList> StatsQueries::latestConferenceTracks(Database& db)
{
    QHash<QString, QStringList> out;
    // Newest first per citizen; the first row of each citizen wins.
    StatsScan q(db, "SELECT citizen_id, tracks FROM conference WHERE deleted_at IS NULL "
                   "ORDER BY citizen_id, held_on DESC, created_at DESC, id");
    bool first = true;
    while (q.next()) {
        if (!first && q.sameAsBefore(0)) {
            continue;
        }
        first = false;
        const QStringList tracks = splitCodes(q.text(1));
        if (!tracks.isEmpty()) {
            out.insert(q.text(0), tracks);
        }
    }
    return out;
}

QDate StatsQueries::LocalDates::of(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const qint64 hour = utc.toSecsSinceEpoch() / 3600;
    auto it = m_byHour.constFind(hour);
    if (it == m_byHour.cend()) {
        it = m_byHour.insert(hour, utc.toLocalTime().date());
    }
    return *it;
}

QDate StatsQueries::LocalDates::ofStored(QStringView stored)
{
    return of(parseStoredDateTime(stored));
}

QHash<QString, QVector<StatsQueries::Talk>> StatsQueries::talks(Database& db)
{
    QHash<QString, QVector<Talk>> out;
    RawQuery q(db, "SELECT citizen_id, kind, starts_at FROM appointment WHERE deleted_at IS NULL"
                   " AND kind IN ('physiotherapist_talk', 'psychologist_talk', 'nurse_talk') AND status IN ('planned', 'held')");
    // Three kinds: one string each, shared by every talk of that kind.
    QHash<QByteArray, QString> kinds;
    while (q.next()) {
        const QByteArrayView kind = q.bytes(1);
        auto k = kinds.constFind(kind.toByteArray());
        if (k == kinds.cend()) {
            k = kinds.insert(kind.toByteArray(), q.text(1));
        }
        out[q.ascii(0)].append({*k, q.localDay(2)});
    }
    return out;
}

QVector<Placement> StatsQueries::placements(Database& db)
{
    QVector<Placement> out;
    if (!db.require(Capability::ReadCitizens)) {
        return out; // as PlacementRepository::all(): no placements without the right to read them
    }
    const auto isoDate = [](const RawQuery& q, int c) { return QDate::fromString(q.text(c), Qt::ISODate); }; // as there
    RawQuery q(db, "SELECT p.citizen_id, p.company_id, p.kind, p.start_date, p.end_date, p.outcome, p.outcome_date, c.name"
                   " FROM placement p LEFT JOIN company c ON c.id = p.company_id WHERE p.deleted_at IS NULL");
    while (q.next()) {
        const auto kind = PlacementKinds::fromCode(q.text(2));
        if (!kind) {
            continue; // PlacementRepository skips a placement of a kind it does not know
        }
        Placement p;
        p.citizenId = q.text(0);
        p.companyId = q.text(1);
        p.kind = *kind;
        p.from = isoDate(q, 3);
        p.to = isoDate(q, 4);
        p.outcome = PlacementKinds::outcomeFromCode(q.text(5));
        p.outcomeDate = isoDate(q, 6);
        p.companyName = q.text(7);
        out.append(p);
    }
    return out;
}

QVector<StatsQueries::Person> StatsQueries::people(Database& db, const QStringList& ids)
{
    QHash<QString, Person> byId;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    auto q = run(db, QStringLiteral("SELECT id, cpr, name, caseworker_id, status, benefit_start, outcome, outcome_date "
                                    "FROM citizen WHERE deleted_at IS NULL"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!wanted.contains(id)) {
            continue;
        }
        byId.insert(id, {id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString() != QLatin1String("closed"), parseStoredDate(q.value(5).toString()),
                         q.value(6).toString(), parseStoredDate(q.value(7).toString())});
    }
    QVector<Person> out;
    out.reserve(byId.size());
    for (const auto& id : ids) {
        if (auto it = byId.constFind(id); it != byId.cend()) {
            out.append(*it);
        }
    }
    return out;
}

} // namespace samspil
