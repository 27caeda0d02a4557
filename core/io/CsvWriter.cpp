#include "CsvWriter.h"

#include <QSaveFile>

namespace samspil {

void CsvWriter::addRow(const QStringList& fields)
{
    QStringList row;
    row.reserve(fields.size());
    for (const auto& f : fields) {
        row << neutralise(f);
    }
    m_rows.append(row);
}

void CsvWriter::addRow(const QVector<Field>& fields)
{
    QStringList row;
    row.reserve(fields.size());
    for (const auto& f : fields) {
        row << (f.isNumber ? f.text : neutralise(f.text));
    }
    m_rows.append(row);
}

QString CsvWriter::neutralise(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString CsvWriter::quote(const QString& field)
{
    if (!field.contains(QLatin1Char(';')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r'))) {
        return field;
    }
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString CsvWriter::number(double value, int decimals)
{
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

QByteArray CsvWriter::data() const
{
    QString text;
    for (const auto& row : m_rows) {
        QStringList quoted;
        quoted.reserve(row.size());
        for (const auto& f : row) {
            quoted << quote(f);
        }
        text += quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvWriter::writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return fail(tr("Could not write %1: %2").arg(path, f.errorString()));
    }
    f.write(data);
    if (!f.commit()) {
        return fail(tr("Could not write %1: %2").arg(path, f.errorString()));
    }
    return {};
}

} // namespace samspil
