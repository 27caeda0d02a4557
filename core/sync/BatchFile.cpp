#include "BatchFile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace samspil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchFile)
};

const QByteArray kBatchMagic = QByteArrayLiteral("SAMSPIL-BATCH");
const QByteArray kSnapshotMagic = QByteArrayLiteral("SAMSPIL-SNAPSHOT");

QByteArray frame(const QByteArray& magic, QJsonObject header, const QByteArray& json)
{
    const QByteArray body = qCompress(json, 6);
    header.insert(QStringLiteral("length"), body.size());
    header.insert(QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    QByteArray out = magic + ' ' + QByteArray::number(BatchFile::kFormat) + '\n';
    out += QJsonDocument(header).toJson(QJsonDocument::Compact);
    out += '\n';
    out += body;
    return out;
}

struct Framed
{
    QJsonObject header;
    QByteArray json;
};

/// Checks kind, format, team, completeness and checksum, in that order, so the message names the
/// first thing that is wrong.
Result<Framed> unframe(const QByteArray& bytes, const QByteArray& magic, const QString& expectedTeam)
{
    const int firstEnd = bytes.indexOf('\n');
    if (firstEnd < 0) {
        return fail(Tr::tr("the file is incomplete (it may still be arriving on the shared drive)"));
    }
    const QByteArray first = bytes.left(firstEnd);
    if (!first.startsWith(magic + ' ')) {
        return fail(Tr::tr("the file is not a Samspil sync file or is damaged"));
    }
    bool numberOk = false;
    const int format = first.mid(magic.size() + 1).toInt(&numberOk);
    if (!numberOk) {
        return fail(Tr::tr("the file is not a Samspil sync file or is damaged"));
    }
    if (format > BatchFile::kFormat) {
        return fail(Tr::tr("the file was written by a newer version of Samspil (format %1); update Samspil on this PC")
                        .arg(format));
    }
    const int secondEnd = bytes.indexOf('\n', firstEnd + 1);
    if (secondEnd < 0) {
        return fail(Tr::tr("the file is incomplete (it may still be arriving on the shared drive)"));
    }
    QJsonParseError error;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(bytes.mid(firstEnd + 1, secondEnd - firstEnd - 1), &error);
    if (error.error != QJsonParseError::NoError || !headerDoc.isObject()) {
        return fail(Tr::tr("the file is not a Samspil sync file or is damaged"));
    }
    Framed out;
    out.header = headerDoc.object();
    const QString team = out.header.value(QStringLiteral("team")).toString();
    if (team != expectedTeam) {
        return fail(Tr::tr("the file belongs to another team (%1), not to this team").arg(team));
    }
    const QByteArray body = bytes.mid(secondEnd + 1);
    const qint64 length = out.header.value(QStringLiteral("length")).toInteger(-1);
    if (body.size() < length) {
        return fail(Tr::tr("the file is incomplete (it may still be arriving on the shared drive)"));
    }
    const QByteArray sum = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    if (body.size() != length || QString::fromLatin1(sum) != out.header.value(QStringLiteral("sha256")).toString()) {
        return fail(Tr::tr("the file is damaged (its checksum does not match)"));
    }
    out.json = qUncompress(body);
    if (out.json.isEmpty()) {
        return fail(Tr::tr("the file is damaged (it cannot be unpacked)"));
    }
    return out;
}

QByteArray jsonString(const QString& s)
{
    QByteArray quoted = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return quoted.mid(1, quoted.size() - 2);
}

qint64 stampFrom(const QJsonValue& v)
{
    return v.toString().toLongLong();
}

QVariant variantFrom(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

namespace BatchFile {

QByteArray encode(Header header, const QVector<LocalChange>& changes)
{
    QByteArray body;
    body.reserve(changes.size() * 256);
    body += '[';
    qint64 maxHlc = 0;
    for (int i = 0; i < changes.size(); ++i) {
        const LocalChange& c = changes[i];
        maxHlc = std::max(maxHlc, c.hlc);
        if (i) {
            body += ",\n";
        }
        body += '[' + QByteArray::number(c.seq) + ",\"" + QByteArray::number(c.hlc) + "\"," + jsonString(c.actor) + ','
                + jsonString(c.table) + ',' + jsonString(c.rowId) + ',' + c.fieldsJson + ','
                + (c.clocksJson.isEmpty() ? QByteArrayLiteral("null") : c.clocksJson) + ']';
    }
    body += ']';
    QJsonObject h{
        {QStringLiteral("team"), header.team},
        {QStringLiteral("site"), header.site},
        {QStringLiteral("from"), header.from},
        {QStringLiteral("to"), header.to},
        {QStringLiteral("count"), changes.size()},
        {QStringLiteral("max_hlc"), QString::number(maxHlc)},
    };
    return frame(kBatchMagic, h, body);
}

Result<Batch> decode(const QByteArray& bytes, const QString& expectedTeam)
{
    auto framed = unframe(bytes, kBatchMagic, expectedTeam);
    if (!framed) {
        return Error{framed.error()};
    }
    const QJsonObject& h = framed->header;
    Batch batch;
    batch.header.team = h.value(QStringLiteral("team")).toString();
    batch.header.site = h.value(QStringLiteral("site")).toString();
    batch.header.from = h.value(QStringLiteral("from")).toInteger();
    batch.header.to = h.value(QStringLiteral("to")).toInteger();
    batch.header.count = h.value(QStringLiteral("count")).toInt();
    batch.header.maxHlc = stampFrom(h.value(QStringLiteral("max_hlc")));

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(framed->json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return fail(Tr::tr("the file is damaged (its contents cannot be read)"));
    }
    const QJsonArray rows = doc.array();
    if (rows.size() != batch.header.count) {
        return fail(Tr::tr("the file is damaged (it holds %1 changes, its header says %2)")
                        .arg(rows.size())
                        .arg(batch.header.count));
    }
    batch.changes.reserve(rows.size());
    for (const QJsonValue& rowValue : rows) {
        const QJsonArray r = rowValue.toArray();
        if (r.size() != 7 || !r.at(5).isObject()) {
            return fail(Tr::tr("the file is damaged (its contents cannot be read)"));
        }
        RemoteChange c;
        c.site = batch.header.site;
        c.hlc = stampFrom(r.at(1));
        c.actor = r.at(2).toString();
        c.table = r.at(3).toString();
        c.rowId = r.at(4).toString();
        const QJsonObject fields = r.at(5).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            c.fields.append({it.key(), variantFrom(it.value())});
        }
        const QJsonObject clocks = r.at(6).toObject();
        for (auto it = clocks.begin(); it != clocks.end(); ++it) {
            SiteClock clock;
            const QJsonObject sites = it.value().toObject();
            for (auto s = sites.begin(); s != sites.end(); ++s) {
                clock.append({s.key(), stampFrom(s.value())});
            }
            c.clocks.insert(it.key(), clock);
        }
        if (c.hlc <= 0 || c.table.isEmpty() || c.rowId.isEmpty()) {
            return fail(Tr::tr("the file is damaged (its contents cannot be read)"));
        }
        batch.changes.append(std::move(c));
    }
    return batch;
}

QByteArray encodeSnapshot(const Snapshot& snapshot)
{
    QJsonObject h{
        {QStringLiteral("team"), snapshot.team},
        {QStringLiteral("site"), snapshot.site},
        {QStringLiteral("position"), snapshot.position},
        {QStringLiteral("max_hlc"), QString::number(snapshot.maxHlc)},
    };
    return frame(kSnapshotMagic, h, QJsonDocument(snapshot.tables).toJson(QJsonDocument::Compact));
}

Result<Snapshot> decodeSnapshot(const QByteArray& bytes, const QString& expectedTeam)
{
    auto framed = unframe(bytes, kSnapshotMagic, expectedTeam);
    if (!framed) {
        return Error{framed.error()};
    }
    Snapshot s;
    s.team = framed->header.value(QStringLiteral("team")).toString();
    s.site = framed->header.value(QStringLiteral("site")).toString();
    s.position = framed->header.value(QStringLiteral("position")).toInteger();
    s.maxHlc = stampFrom(framed->header.value(QStringLiteral("max_hlc")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(framed->json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Tr::tr("the file is damaged (its contents cannot be read)"));
    }
    s.tables = doc.object();
    return s;
}

QString batchName(qint64 from, qint64 to)
{
    return QStringLiteral("%1-%2.chg").arg(from, 12, 10, QLatin1Char('0')).arg(to, 12, 10, QLatin1Char('0'));
}

bool parseBatchName(const QString& name, qint64* from, qint64* to)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{12})-(\\d{12})\\.chg$"));
    const auto m = re.match(name);
    if (!m.hasMatch()) {
        return false;
    }
    *from = m.captured(1).toLongLong();
    *to = m.captured(2).toLongLong();
    return *from >= 1 && *to >= *from;
}

QString snapshotName(qint64 position)
{
    return QStringLiteral("%1.snap").arg(position, 12, 10, QLatin1Char('0'));
}

bool parseSnapshotName(const QString& name, qint64* position)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{12})\\.snap$"));
    const auto m = re.match(name);
    if (!m.hasMatch()) {
        return false;
    }
    *position = m.captured(1).toLongLong();
    return true;
}

} // namespace BatchFile

} // namespace samspil
