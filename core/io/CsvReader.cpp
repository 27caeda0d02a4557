#include "CsvReader.h"

#include "core/util/Dates.h"

#include <QDate>
#include <QFile>
#include <QStringDecoder>

namespace samspil {

int CsvTable::column(const QString& name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

QDate CsvReader::parseDate(const QString& input)
{
    const QString text = input.trimmed();
    if (text.size() != 10) {
        return {};
    }
    int y = 0, m = 0, d = 0;
    if (text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        if (detail::readDigits(text, 0, 4, y) && detail::readDigits(text, 5, 2, m) && detail::readDigits(text, 8, 2, d)) {
            return QDate(y, m, d); // invalid (e.g. 30 February) stays invalid
        }
        return {};
    }
    const QChar sep = text.at(2);
    if ((sep == QLatin1Char('-') || sep == QLatin1Char('.') || sep == QLatin1Char('/')) && text.at(5) == sep) {
        if (detail::readDigits(text, 0, 2, d) && detail::readDigits(text, 3, 2, m) && detail::readDigits(text, 6, 4, y)) {
            return QDate(y, m, d);
        }
    }
    return {};
}

Result<CsvTable> CsvReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read %1: %2").arg(path, f.errorString()));
    }
    return read(f.readAll());
}

Result<CsvTable> CsvReader::read(const QByteArray& raw)
{
    CsvTable table;
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(data);
        if (utf8.hasError()) {
            text = QString::fromLatin1(data);
            table.encodingWarning = tr("The file is not UTF-8; it was read as Latin-1 (Windows). Check æ, ø and å.");
        }
    }
    if (text.trimmed().isEmpty()) {
        return fail(tr("The file is empty."));
    }

    // The separator is whichever of ; and , occurs more often in the header line outside quotes.
    {
        int semicolons = 0;
        int commas = 0;
        bool quoted = false;
        for (const QChar c : text) {
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                break;
            } else if (!quoted && c == QLatin1Char(';')) {
                ++semicolons;
            } else if (!quoted && c == QLatin1Char(',')) {
                ++commas;
            }
        }
        table.separator = commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
    }

    const QChar sep = table.separator;
    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool first = true;
    auto endRecord = [&] {
        fields << field;
        field.clear();
        fieldWasQuoted = false;
        const bool blank = fields.size() == 1 && fields.front().trimmed().isEmpty();
        if (first) {
            table.header = fields;
            first = false;
        } else if (!blank) {
            table.records.append({recordLine, fields});
        }
        fields.clear();
    };
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == sep) {
            fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        return fail(tr("Line %1: a quoted field is never closed.").arg(recordLine));
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        endRecord();
    }
    for (auto& h : table.header) {
        h = h.trimmed();
    }
    return table;
}

} // namespace samspil
