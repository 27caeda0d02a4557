#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace samspil {

/// A table read from a CSV file as Danish offices produce them: UTF-8 with or without BOM
/// (Latin-1 accepted with a warning), separator `;` or `,` detected from the header, fields in
/// double quotes with doubled quotes inside and line breaks allowed.
struct CsvTable
{
    struct Record
    {
        int line = 0; ///< the physical line the record starts on; the header is line 1
        QStringList fields;
    };
    QStringList header;
    QVector<Record> records;
    QChar separator = QLatin1Char(';');
    QString encodingWarning;

    /// The index of a header column (trimmed, case-insensitive), or -1.
    int column(const QString& name) const;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static Result<CsvTable> read(const QByteArray& data);
    static Result<CsvTable> readFile(const QString& path);

    /// Dates as YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY; an invalid QDate otherwise.
    static QDate parseDate(const QString& text);
};

} // namespace samspil
