#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>

#include <initializer_list>

namespace samspil {

/// What one commit changed, as Database::changed announces it: the replicated tables written and
/// the citizens whose rows they were (worked out with the change audit, from each table's
/// CitizenLink), local or applied by sync. When a commit touched too many citizens to name (a
/// bulk import, a large sync) or rows whose citizen is not known any more (erasure), `everyone`
/// says so and every citizen counts as concerned. Several commits merge into one (views gather
/// them and refresh once per turn of the event loop).
struct DataChange
{
    QSet<QString> tables;
    QSet<QString> citizens;
    bool everyone = false;

    bool isEmpty() const { return tables.isEmpty(); }
    bool touches(const QString& table) const { return tables.contains(table); }
    bool touchesAny(std::initializer_list<const char*> names) const
    {
        for (const char* n : names) {
            if (tables.contains(QLatin1String(n))) {
                return true;
            }
        }
        return false;
    }
    /// Whether the change may concern this citizen's rows.
    bool concerns(const QString& citizenId) const { return everyone || citizens.contains(citizenId); }
    void merge(const DataChange& other)
    {
        tables.unite(other.tables);
        everyone = everyone || other.everyone;
        if (!everyone) {
            citizens.unite(other.citizens);
        } else {
            citizens.clear();
        }
    }
    /// Above this many citizens in one commit, a change names none and says `everyone`: views
    /// then reload once instead of asking about each.
    static constexpr int kMaxNamed = 500;
};

} // namespace samspil

Q_DECLARE_METATYPE(samspil::DataChange)
