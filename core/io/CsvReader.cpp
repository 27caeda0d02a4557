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

namespace {

/// The separator is whichever of ; and , occurs more often in the header line outside quotes.
QChar detectSeparator(const QString& text)
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
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

/// Splits the text into the header and records (RFC 4180 quoting, any line ending).
class RecordSplitter
{
public:
    RecordSplitter(const QString& text, CsvTable& table)
        : m_text(text)
        , m_table(table)
        , m_sep(table.separator)
    {
    }

    /// False when a quoted field is never closed (recordLine() is where it began).
    bool run();
    int recordLine() const { return m_recordLine; }

private:
    /// A character inside quotes at index i; returns the index of the last character used.
    int quotedChar(QChar c, int i)
    {
        if (c == QLatin1Char('"')) {
            if (i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('"')) {
                m_field += c;
                return i + 1;
            }
            m_quoted = false;
            return i;
        }
        if (c == QLatin1Char('\n')) {
            ++m_line;
        }
        m_field += c;
        return i;
    }

    void endRecord()
    {
        m_fields << m_field;
        m_field.clear();
        m_fieldWasQuoted = false;
        const bool blank = m_fields.size() == 1 && m_fields.front().trimmed().isEmpty();
        if (m_first) {
            m_table.header = m_fields;
            m_first = false;
        } else if (!blank) {
            m_table.records.append({m_recordLine, m_fields});
        }
        m_fields.clear();
    }

    const QString& m_text;
    CsvTable& m_table;
    const QChar m_sep;
    int m_line = 1;
    int m_recordLine = 1;
    QStringList m_fields;
    QString m_field;
    bool m_quoted = false;
    bool m_fieldWasQuoted = false;
    bool m_first = true;
};

bool RecordSplitter::run()
{
    const int n = int(m_text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = m_text.at(i);
        if (m_quoted) {
            i = quotedChar(c, i);
            continue;
        }
        if (c == QLatin1Char('"') && m_field.trimmed().isEmpty() && !m_fieldWasQuoted) {
            m_quoted = true;
            m_fieldWasQuoted = true;
            m_field.clear();
        } else if (c == m_sep) {
            m_fields << m_field;
            m_field.clear();
            m_fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && m_text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++m_line;
            m_recordLine = m_line;
        } else {
            m_field += c;
        }
    }
    if (m_quoted) {
        return false;
    }
    if (!m_field.isEmpty() || !m_fields.isEmpty()) {
        endRecord();
    }
    return true;
}

} // namespace

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
    table.separator = detectSeparator(text);

    RecordSplitter splitter(text, table);
    if (!splitter.run()) {
        return fail(tr("Line %1: a quoted field is never closed.").arg(splitter.recordLine()));
    }
    for (auto& h : table.header) {
        h = h.trimmed();
    }
    return table;
}

} // namespace samspil
