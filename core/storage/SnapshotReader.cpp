#include "Replica.h"

#include "core/storage/RawQuery.h"
#include "core/storage/TableSql.h"
#include "core/util/Uuid.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <simdjson.h>

#include <charconv>

// Reading a compact snapshot (Replica::makeSnapshot) as a stream: simdjson (Debian:
// libsimdjson-dev) walks the JSON text once, checking its UTF-8 and its shape, and each row is
// applied as soon as it has been read whole. No tree of the whole snapshot is ever built (at
// 20,000 citizens its text is some 200 MB), and text values go to SQLite as the UTF-8 they are.
//
// The shape is exact: {"format":2,"sites":[uuid…],"tables":{table:{"columns":[field…],
// "rows":[[id,[value…],[[mask,[siteIndex,"stamp",…]]…],[[field,value,clock]…]?]…]}}}, keys in that
// order. Anything else (a missing or extra key, a value of the wrong kind, a clock naming a PC
// outside the team or stamped too far ahead) refuses the snapshot, and the caller's unit of work
// rolls back whatever rows came before.

namespace samspil {

namespace sj = simdjson::ondemand;

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

/// Reads a compact snapshot's text and applies its rows; each step returns false with the reason
/// kept in `reason`.
class Replica::CompactReader
{
public:
    CompactReader(Replica& replica, const SnapshotTrust& trust, ApplyOutcome& total)
        : m_replica(replica)
        , m_trust(trust)
        , m_total(total)
    {
    }

    Status read(const QByteArray& json);

private:
    Replica& m_replica;
    const SnapshotTrust& m_trust;
    ApplyOutcome& m_total;
    QVector<int> m_aliases;
    QString m_reason;

    bool refuse(const QString& why)
    {
        if (m_reason.isEmpty()) {
            m_reason = why;
        }
        return false;
    }
    bool damaged() { return refuse(tr("the snapshot is damaged (its contents cannot be read)")); }
    static QString tr(const char* text) { return Replica::tr(text); }

    /// The next key of an object, which must be `expected`; its value in `value`.
    bool key(sj::object_iterator& it, sj::object& object, std::string_view expected, sj::value& value);
    bool readSites(sj::value json);
    bool readTable(std::string_view name, sj::value json);
    bool readColumns(sj::value json, CompactTable& table);
    bool readRow(const CompactTable& table, sj::value json, CompactRow& row);
    bool readValues(const CompactTable& table, sj::value json, CompactRow& row);
    bool readGroups(const CompactTable& table, sj::value json, CompactRow& row);
    bool readKept(const CompactTable& table, sj::value json, CompactRow& row);
    /// Marks a value the row carries and normalizes it for its column; false when it is no
    /// value of that column.
    bool carry(const CompactTable& table, qsizetype c, CompactCell& cell);
    /// A flat clock, `[siteIndex, "stamp", …]`, in local aliases.
    bool readClock(sj::value json, FieldClock& out);
    /// A value as QJsonValue::toVariant() would give it (arrays and objects are no value of any column).
    bool readVariant(sj::value json, QVariant& out);
    bool invalidRow(const CompactTable& table)
    {
        return refuse(tr("the snapshot holds an invalid row in %1").arg(table.spec->name));
    }
};

Status Replica::applyCompactSnapshot(const QByteArray& json, const SnapshotTrust& trust, ApplyOutcome& total)
{
    return CompactReader(*this, trust, total).read(json);
}

Status Replica::CompactReader::read(const QByteArray& json)
{
    // simdjson reads up to 64 bytes past the end of the text (never for their contents): text
    // with that room after it is read where it is (at 20,000 citizens, 200 MB not copied).
    const size_t size = size_t(json.size());
    const bool room = size_t(json.capacity()) >= size + simdjson::SIMDJSON_PADDING;
    const simdjson::padded_string copy = room ? simdjson::padded_string() : simdjson::padded_string(json.data(), size);
    const simdjson::padded_string_view text =
        room ? simdjson::padded_string_view(json.constData(), size, size_t(json.capacity()))
             : simdjson::padded_string_view(copy);
    sj::parser parser;
    sj::document doc;
    sj::object root;
    sj::value value;
    int64_t format = 0;
    const simdjson::error_code opened = parser.iterate(text).get(doc);
    if (opened == simdjson::MEMALLOC) {
        refuse(tr("this PC does not have the memory to read the snapshot (%1 MB)").arg(json.size() / 1000000));
    }
    sj::object_iterator it;
    bool ok = (!opened && !doc.get_object().get(root) && !root.begin().get(it) && key(it, root, "format", value) &&
               !value.get_int64().get(format)) ||
              damaged();
    if (ok && format != 2) {
        ok = refuse(tr("the snapshot is of a format this version of Samspil does not know; it may come from a "
                       "newer Samspil"));
    }
    ok = ok && key(++it, root, "sites", value) && readSites(value);
    sj::object tables;
    ok = ok && key(++it, root, "tables", value) && (!value.get_object().get(tables) || damaged());
    if (ok) {
        for (auto field : tables) {
            std::string_view name;
            if (field.unescaped_key().get(name) || !readTable(name, field.value())) {
                ok = damaged();
                break;
            }
        }
    }
    sj::object_iterator end;
    if (ok && (root.end().get(end) || ++it != end || doc.current_location().error() != simdjson::OUT_OF_BOUNDS)) {
        ok = damaged();
    }
    return ok ? Status{} : fail(m_reason);
}

bool Replica::CompactReader::key(sj::object_iterator& it, sj::object& object, std::string_view expected, sj::value& value)
{
    sj::field field;
    std::string_view name;
    sj::object_iterator end;
    if (object.end().get(end) || it == end || (*it).get(field) || field.unescaped_key().get(name) || name != expected) {
        return damaged();
    }
    value = field.value();
    return true;
}

bool Replica::CompactReader::readSites(sj::value json)
{
    sj::array sites;
    if (json.get_array().get(sites)) {
        return damaged();
    }
    for (auto element : sites) {
        std::string_view s;
        const QString site = element.get_string().get(s) ? QString() : text(s);
        if (!isUuid(site)) {
            return refuse(tr("the snapshot names a PC by something that is not a PC's id"));
        }
        if (m_trust.knows && !m_trust.knows(site)) {
            return refuse(tr("the snapshot names a PC that is not in the team"));
        }
        auto alias = m_replica.m_db.siteAlias(site);
        if (!alias) {
            return refuse(alias.error());
        }
        m_aliases.append(alias.value());
    }
    return true;
}

bool Replica::CompactReader::readTable(std::string_view name, sj::value json)
{
    CompactTable table;
    table.spec = Schema::table(text(name));
    if (!table.spec) {
        return refuse(tr("the snapshot names a table this version of Samspil does not know (“%1”)").arg(text(name)));
    }
    sj::object object;
    sj::value value;
    sj::array rows;
    if (json.get_object().get(object)) {
        return damaged();
    }
    sj::object_iterator it;
    if (object.begin().get(it) || !key(it, object, "columns", value) || !readColumns(value, table) || !key(++it, object, "rows", value) ||
        value.get_array().get(rows)) {
        return damaged();
    }
    // A table that is empty here (a new PC's) is filled without its indexes, which are built once
    // after its rows: sorting once is cheaper than placing every row in every index. In the
    // caller's unit of work, so a refused snapshot leaves them as they were.
    auto indexes = m_replica.withoutIndexes(*table.spec);
    if (!indexes) {
        return refuse(indexes.error());
    }
    // The row's text is bound where the reader holds it, until the table is done.
    table.insert = &m_replica.m_db.raw(tableSql(*table.spec).insertNew);
    const auto unbind = qScopeGuard([&] { table.insert->clearBindings(); });
    CompactRow row;
    for (auto element : rows) {
        sj::value rowJson;
        if (element.get(rowJson) || !readRow(table, rowJson, row)) {
            return invalidRow(table);
        }
        if (auto s = m_replica.applyCompactRow(table, row, m_total); !s) {
            return refuse(s.error());
        }
    }
    if (auto s = m_replica.rebuildIndexes(indexes.value()); !s) {
        return refuse(s.error());
    }
    sj::object_iterator end;
    return (!object.end().get(end) && ++it == end) || damaged();
}

Result<QStringList> Replica::withoutIndexes(const TableSpec& spec)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(spec.name))) {
        return Database::queryError(q);
    }
    if (q.next()) {
        return QStringList();
    }
    // Unique indexes stay: they are rules the rows must keep as they go in.
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"));
    q.addBindValue(spec.name);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    QStringList names;
    QStringList create;
    while (q.next()) {
        names << q.value(0).toString();
        create << q.value(1).toString();
    }
    for (const QString& name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            return Database::queryError(q);
        }
    }
    return create;
}

Status Replica::rebuildIndexes(const QStringList& create)
{
    QSqlQuery q(m_db.sql());
    for (const QString& sql : create) {
        if (!q.exec(sql)) {
            return Database::queryError(q);
        }
    }
    return {};
}

bool Replica::CompactReader::readColumns(sj::value json, CompactTable& table)
{
    const TableSpec& spec = *table.spec;
    sj::array names;
    if (json.get_array().get(names)) {
        return damaged();
    }
    table.stored.fill(-1, tableSql(spec).columns.size());
    for (auto element : names) {
        std::string_view name;
        const ColumnSpec* col = element.get_string().get(name) ? nullptr : spec.column(text(name));
        if (!col || table.columns.contains(col)) {
            return refuse(tr("the snapshot names a field this version of Samspil does not know (“%1.%2”)")
                              .arg(spec.name, text(name)));
        }
        const int position = spec.columnIndex(col->name);
        const int column = int(table.columns.size());
        // tableSql's columns are the spec's, then deleted_at.
        table.stored[position >= 0 ? position : spec.columns.size()] = column;
        if (position < 0) {
            table.deletedAt = column;
        }
        if (col->name == spec.citizenLink.column) {
            table.citizenLink = column;
        }
        table.columns.append(col);
        table.positions.append(position);
    }
    return true;
}

bool Replica::CompactReader::readRow(const CompactTable& table, sj::value json, CompactRow& row)
{
    const qsizetype count = table.columns.size();
    row.cells.clear();
    row.cells.resize(count);
    row.clockOf.resize(count);
    std::fill(row.clockOf.begin(), row.clockOf.end(), -1);
    row.clocks.clear();
    row.kept.clear();
    row.hasKept = false;
    sj::array parts;
    if (json.get_array().get(parts)) {
        return false;
    }
    int part = 0;
    for (auto element : parts) {
        sj::value value;
        if (element.get(value)) {
            return false;
        }
        std::string_view id;
        bool ok = false;
        switch (part++) {
        case 0:
            row.id = value.get_string().get(id) ? QString() : text(id);
            ok = isUuid(row.id);
            break;
        case 1:
            ok = readValues(table, value, row);
            break;
        case 2:
            ok = readGroups(table, value, row);
            break;
        case 3:
            ok = readKept(table, value, row);
            break;
        default:
            break;
        }
        if (!ok) {
            return false;
        }
    }
    return part >= 3;
}

bool Replica::CompactReader::readValues(const CompactTable& table, sj::value json, CompactRow& row)
{
    // Which values the row carries is known from its groups, which follow: each is kept as it
    // came, and normalized for its column there.
    sj::array values;
    if (json.get_array().get(values)) {
        return false;
    }
    qsizetype c = 0;
    for (auto element : values) {
        sj::value value;
        sj::json_type type;
        if (c >= table.columns.size() || element.get(value) || value.type().get(type)) {
            return false;
        }
        CompactCell& cell = row.cells[c++];
        if (type == sj::json_type::string) {
            if (value.get_string().get(cell.text)) {
                return false;
            }
            cell.isText = true;
        } else if (!readVariant(value, cell.value)) {
            return false;
        }
    }
    return c == table.columns.size();
}

bool Replica::CompactReader::readGroups(const CompactTable& table, sj::value json, CompactRow& row)
{
    sj::array groups;
    if (json.get_array().get(groups)) {
        return false;
    }
    for (auto element : groups) {
        sj::array group;
        if (element.get_array().get(group)) {
            return false;
        }
        QVector<int> named;
        FieldClock clock;
        int part = 0;
        for (auto item : group) {
            sj::value value;
            std::string_view mask;
            if (item.get(value) || part > 1) {
                return false;
            }
            if (part++ == 0) {
                if (value.get_string().get(mask)) {
                    return false;
                }
                named = ColumnMask::columns(text(mask), table.columns.size());
            } else if (!readClock(value, clock)) {
                return false;
            }
        }
        if (part != 2 || named.isEmpty()) {
            return false;
        }
        row.clocks.append(std::move(clock));
        for (const int c : named) {
            if (row.clockOf[c] >= 0 || !carry(table, c, row.cells[c])) {
                return refuse(tr("the snapshot holds an invalid value for %1.%2")
                                  .arg(table.spec->name, table.columns[c]->name));
            }
            row.clockOf[c] = int(row.clocks.size() - 1);
        }
    }
    return true;
}

bool Replica::CompactReader::carry(const CompactTable& table, qsizetype c, CompactCell& cell)
{
    const ColumnType type = table.columns[c]->type;
    cell.carried = true;
    if (cell.isText && type == ColumnType::Text && !cell.text.empty()) {
        return true; // as it is: checked UTF-8, bound as such
    }
    auto value = Schema::normalize(type, cell.isText ? QVariant(text(cell.text)) : cell.value);
    if (!value) {
        return false;
    }
    cell.isText = false;
    cell.value = value.value();
    return true;
}

bool Replica::CompactReader::readKept(const CompactTable& table, sj::value json, CompactRow& row)
{
    // [[field, value, clock]…]: the concurrent values that lost, kept in sync_conflict.
    sj::array kept;
    if (json.get_array().get(kept)) {
        return false;
    }
    row.hasKept = true;
    for (auto element : kept) {
        sj::array loser;
        if (element.get_array().get(loser)) {
            return false;
        }
        const ColumnSpec* col = nullptr;
        QVariant raw;
        FieldClock clock;
        int part = 0;
        for (auto item : loser) {
            sj::value value;
            std::string_view field;
            if (item.get(value)) {
                return false;
            }
            switch (part++) {
            case 0:
                col = value.get_string().get(field) ? nullptr : table.spec->column(text(field));
                if (!col) {
                    return false;
                }
                break;
            case 1:
                if (!readVariant(value, raw)) {
                    return false;
                }
                break;
            case 2:
                if (!readClock(value, clock)) {
                    return false;
                }
                break;
            default:
                return false;
            }
        }
        auto value = part == 3 ? Schema::normalize(col->type, raw) : Result<QVariant>(QVariant());
        if (part != 3 || !value) {
            return false;
        }
        row.kept.append({col, {clock, value.value()}});
    }
    return true;
}

bool Replica::CompactReader::readClock(sj::value json, FieldClock& out)
{
    sj::array a;
    if (json.get_array().get(a)) {
        return false;
    }
    out.vv.clear();
    int site = -1;
    for (auto element : a) {
        if (site < 0) {
            int64_t index = -1;
            if (element.get_int64().get(index) || index < 0 || index >= m_aliases.size()) {
                return false;
            }
            site = int(index);
            continue;
        }
        std::string_view stamp;
        qint64 hlc = 0;
        if (element.get_string().get(stamp)) {
            return false;
        }
        const auto parsed = std::from_chars(stamp.data(), stamp.data() + stamp.size(), hlc);
        if (parsed.ec != std::errc() || parsed.ptr != stamp.data() + stamp.size() || hlc <= 0) {
            return false;
        }
        if (hlc > m_trust.latest) {
            return refuse(tr("the snapshot holds changes stamped too far ahead of this PC's clock"));
        }
        out.vv.append({m_aliases[site], hlc});
        site = -1;
    }
    return site < 0 && out.isValid();
}

bool Replica::CompactReader::readVariant(sj::value json, QVariant& out)
{
    sj::json_type type;
    if (json.type().get(type)) {
        return false;
    }
    switch (type) {
    case sj::json_type::null:
        out = QVariant();
        return json.is_null().value_unsafe();
    case sj::json_type::boolean: {
        bool b = false;
        if (json.get_bool().get(b)) {
            return false;
        }
        out = b;
        return true;
    }
    case sj::json_type::number: {
        sj::number n;
        if (json.get_number().get(n)) {
            return false;
        }
        out = n.is_int64() ? QVariant(qint64(n.get_int64())) : QVariant(n.as_double());
        return true;
    }
    case sj::json_type::string: {
        std::string_view s;
        if (json.get_string().get(s)) {
            return false;
        }
        out = text(s);
        return true;
    }
    default:
        return false;
    }
}

} // namespace samspil
