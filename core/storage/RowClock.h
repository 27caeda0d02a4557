#pragma once

#include <QMap>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

#include <string>

namespace samspil {

struct TableSpec;

/// Some of a table's columns, as stored clocks and snapshots name them: hexadecimal digits, the
/// first holding columns 0–3 (its lowest bit column 0), so `f7` is columns 0 to 6.
class ColumnMask
{
public:
    void add(int column);
    bool isEmpty() const { return m_digits.isEmpty(); }
    /// The digits, such as "f7".
    std::string text() const;
    /// The columns a mask names, in order; none when a character is not a lowercase hexadecimal
    /// digit or names a column at or past `count` (never a wrong column).
    static QVector<int> columns(QStringView text, qsizetype count);

private:
    QVarLengthArray<quint8, 8> m_digits;
};

/// The version vector of one field's current value: for every site whose edits of this field
/// the writer had seen, the stamp of the latest. The first entry is the writer's own stamp (the
/// dot). Sites are local aliases (table `site`), never sent as such.
///
/// Batches from one site are applied in order, so an entry (site, stamp) means the writer had
/// seen every edit that site made up to that stamp. A version A "knows" a version B when
/// A's entry for B's site is at least B's stamp; two versions neither of which knows the other
/// are concurrent, and that is a conflict.
struct FieldClock
{
    QVector<QPair<int, qint64>> vv;
    /// Concurrent values that lost to this one are kept in sync_conflict.
    bool hasLosers = false;

    bool isValid() const { return !vv.isEmpty(); }
    int dotSite() const { return vv.front().first; }
    qint64 dotHlc() const { return vv.front().second; }
    qint64 entry(int site) const;
    bool knows(int site, qint64 hlc) const { return entry(site) >= hlc; }
    bool knows(const FieldClock& other) const { return knows(other.dotSite(), other.dotHlc()); }
    /// Pointwise maximum with another vector (the dot stays first).
    void merge(const FieldClock& other);
    /// A new local version that has seen this one: dot (site, hlc) followed by what this knew.
    FieldClock successor(int site, qint64 hlc) const;

    QString serialize() const;
    static FieldClock parse(QStringView text);
};

/// The clocks of all fields of one row, stored in the row's local `sync_clock` column as
/// `#hex|field=site:stamp,site:stamp;#hex!=…`: fields with the same clock form one group (a row
/// written once is one group), and a `!` marks fields with kept conflicting values. A group names
/// the table's columns by position, `#` and a bit per column in hexadecimal (the first digit holds
/// columns 0–3, its lowest bit column 0), so `#f7` is columns 0 to 6 of the table's spec; a field
/// that is not one of them (`deleted_at`) is named. Text written before positions (`name|cpr=…`,
/// and before grouping, one field per item) reads the same. Positions are why a table's columns
/// are only ever appended to (SchemaTest pins their order).
class RowClock
{
public:
    static RowClock parse(const QString& text, const TableSpec& table);
    QString serialize(const TableSpec& table) const;

    /// One field of a row's clock as it is written: its position among the table's columns (-1
    /// for a field that is not one, which is named) and its clock.
    struct Field
    {
        int position;
        QStringView name;
        const FieldClock* clock;
    };
    /// The stored text of a row's clock from its fields in any order, as serialize() writes it
    /// (for a row written without a RowClock: one applied from a snapshot).
    static QString write(QVarLengthArray<Field, 32>& fields);

    bool has(const QString& field) const { return m_fields.contains(field); }
    FieldClock get(const QString& field) const { return m_fields.value(field); }
    void set(const QString& field, const FieldClock& clock) { m_fields.insert(field, clock); }
    const QMap<QString, FieldClock>& fields() const { return m_fields; }
    /// Everything the row's fields have seen, merged: what a delete of the row knows.
    FieldClock knowledge(int site, qint64 hlc) const;
    qint64 maxHlc() const;

private:
    QMap<QString, FieldClock> m_fields;
};

} // namespace samspil
