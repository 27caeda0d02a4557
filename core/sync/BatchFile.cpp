#include "BatchFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace samspil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchFile)
};

QByteArray jsonString(const QString& s)
{
    QByteArray quoted = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return quoted.mid(1, quoted.size() - 2);
}

qint64 stampFrom(const QJsonValue& v)
{
    return v.toString().toLongLong();
}

} // namespace

namespace BatchFile {

QByteArray encode(Header header, const QVector<LocalChange>& changes, const SealedFile::Writer& writer)
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
        {QStringLiteral("from"), QString::number(header.from)},
        {QStringLiteral("to"), QString::number(header.to)},
        {QStringLiteral("count"), changes.size()},
        {QStringLiteral("max_hlc"), QString::number(maxHlc)},
    };
    return SealedFile::seal(SealedFile::Kind::Batch, h, body, writer);
}

Result<Batch> decode(const QByteArray& bytes, const SealedFile::Expect& expect)
{
    auto framed = SealedFile::open(bytes, expect);
    if (!framed) {
        return Error{framed.error()};
    }
    const QJsonObject& h = framed->header;
    Batch batch;
    batch.header.team = h.value(QStringLiteral("team")).toString();
    batch.header.site = h.value(QStringLiteral("site")).toString();
    batch.header.from = h.value(QStringLiteral("from")).toString().toLongLong();
    batch.header.to = h.value(QStringLiteral("to")).toString().toLongLong();
    batch.header.count = h.value(QStringLiteral("count")).toInt();
    batch.header.maxHlc = stampFrom(h.value(QStringLiteral("max_hlc")));

    auto changes = readChanges(framed->body, batch.header.site, batch.header.count);
    if (!changes) {
        return Error{changes.error()};
    }
    batch.changes = std::move(changes).value();
    return batch;
}

QByteArray encodeSnapshot(const Snapshot& snapshot, const SealedFile::Writer& writer)
{
    QJsonObject h{
        {QStringLiteral("position"), QString::number(snapshot.position)},
        {QStringLiteral("max_hlc"), QString::number(snapshot.maxHlc)},
    };
    return SealedFile::seal(SealedFile::Kind::Snapshot, h, snapshot.tablesJson, writer);
}

Result<Snapshot> decodeSnapshot(const QByteArray& bytes, const SealedFile::Expect& expect)
{
    auto framed = SealedFile::open(bytes, expect);
    if (!framed) {
        return Error{framed.error()};
    }
    Snapshot s;
    s.team = framed->header.value(QStringLiteral("team")).toString();
    s.site = framed->header.value(QStringLiteral("site")).toString();
    s.position = framed->header.value(QStringLiteral("position")).toString().toLongLong();
    s.maxHlc = stampFrom(framed->header.value(QStringLiteral("max_hlc")));
    s.tablesJson = framed->body;
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
