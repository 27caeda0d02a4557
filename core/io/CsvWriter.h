#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace samspil {

/// CSV as Danish Excel opens it by double-click: UTF-8 with a byte order mark (so æøå survive),
/// semicolons between fields, CRLF line ends, fields with a semicolon, quote or line break in
/// double quotes (quotes doubled). Numbers are written by the caller with a decimal comma
/// (number()); dates as 22-11-2026 (formatDate()).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    /// A field of a row: text (neutralised against formulas, see neutralise()) or a number.
    struct Field
    {
        QString text;
        bool isNumber = false;
        static Field number(double value, int decimals) { return {CsvWriter::number(value, decimals), true}; }
        static Field integer(qint64 value) { return {QString::number(value), true}; }
    };
    /// A row of text fields.
    void addRow(const QStringList& fields);
    /// A row of text and number fields: numbers stay numbers in Excel.
    void addRow(const QVector<Field>& fields);
    void addBlankLine() { m_rows.append(QStringList()); }
    /// The whole file: BOM, rows, CRLF after every row.
    QByteArray data() const;

    static QString quote(const QString& field);
    /// A text field that a spreadsheet would take for a formula (it begins with =, +, -, @, a
    /// tab or a carriage return) gets a leading apostrophe, as OWASP recommends against CSV
    /// injection: Excel then shows the text and runs nothing.
    static QString neutralise(const QString& text);
    /// 12,5 — a decimal comma and no thousands separator, as Danish Excel reads it.
    static QString number(double value, int decimals);

    /// Writes through a QSaveFile: the old file stays whole until the new one is complete.
    static Status writeFile(const QString& path, const QByteArray& data);

private:
    QVector<QStringList> m_rows;
};

} // namespace samspil
