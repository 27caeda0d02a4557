#include "InstrumentLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace samspil {

namespace {

std::optional<int> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble()) {
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (std::floor(d) != d || std::abs(d) > 1e9) {
        return std::nullopt;
    }
    return int(d);
}

std::optional<int> wholeKey(const QString& key)
{
    bool ok = false;
    const int n = key.trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<LocalizedText> localized(const QJsonValue& v)
{
    if (!v.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    LocalizedText t{o.value(QLatin1String("da")).toString().trimmed(), o.value(QLatin1String("en")).toString().trimmed()};
    if (t.isEmpty()) {
        return std::nullopt;
    }
    return t;
}

/// Collects the problems of one instrument while reading it.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentLoader)
public:
    QStringList problems;

    Instrument read(const QJsonObject& root)
    {
        Instrument in;
        const QJsonValue format = root.value(QLatin1String("format"));
        if (format.toString() != QLatin1String(InstrumentLoader::kFormat)) {
            problems << (format.isUndefined()
                             ? tr("The field “format” is missing; it must be “%1”.").arg(QLatin1String(InstrumentLoader::kFormat))
                             : tr("Unknown format “%1” in the field “format”; Samspil reads “%2”.")
                                   .arg(format.isString() ? format.toString() : QStringLiteral("?"),
                                        QLatin1String(InstrumentLoader::kFormat)));
            return in; // nothing else can be trusted
        }
        in.id = root.value(QLatin1String("id")).toString().trimmed();
        if (in.id.isEmpty()) {
            problems << tr("The field “id” is missing or empty.");
        }
        const auto version = wholeNumber(root.value(QLatin1String("version")));
        if (!version || *version < 1) {
            problems << tr("The field “version” must be a whole number of 1 or more.");
        } else {
            in.version = *version;
        }
        if (auto title = localized(root.value(QLatin1String("title")))) {
            in.title = *title;
        } else {
            problems << tr("The field “title” must have a Danish (“da”) or English (“en”) text.");
        }
        readItems(root.value(QLatin1String("items")), in);
        readScores(root.value(QLatin1String("scores")), in);
        readStrata(root.value(QLatin1String("strata")), in);
        return in;
    }

private:
    void readItems(const QJsonValue& value, Instrument& in)
    {
        const QJsonArray items = value.toArray();
        if (!value.isArray() || items.isEmpty()) {
            problems << tr("The field “items” must be a list with at least one item.");
            return;
        }
        QSet<QString> seen;
        int n = 0;
        for (const auto& v : items) {
            ++n;
            if (!v.isObject()) {
                problems << tr("Item number %1 is not an object.").arg(n);
                continue;
            }
            const QJsonObject o = v.toObject();
            InstrumentItem item;
            item.id = o.value(QLatin1String("id")).toString().trimmed();
            if (item.id.isEmpty()) {
                problems << tr("Item number %1 has no “id”.").arg(n);
                continue;
            }
            if (seen.contains(item.id)) {
                problems << tr("The item id %1 is used more than once.").arg(item.id);
                continue;
            }
            seen.insert(item.id);
            if (auto text = localized(o.value(QLatin1String("text")))) {
                item.text = *text;
            } else {
                problems << tr("Item %1: the field “text” must have a Danish (“da”) or English (“en”) text.").arg(item.id);
            }
            const auto min = wholeNumber(o.value(QLatin1String("min")));
            const auto max = wholeNumber(o.value(QLatin1String("max")));
            if (!min) {
                problems << tr("Item %1: the field “min” must be a whole number.").arg(item.id);
            }
            if (!max) {
                problems << tr("Item %1: the field “max” must be a whole number.").arg(item.id);
            }
            const bool range = min && max;
            if (range) {
                item.min = *min;
                item.max = *max;
                if (item.min > item.max) {
                    problems << tr("Item %1: “min” (%2) is greater than “max” (%3).").arg(item.id).arg(item.min).arg(item.max);
                }
            }
            const QJsonValue labels = o.value(QLatin1String("labels"));
            if (!labels.isUndefined()) {
                if (!labels.isObject()) {
                    problems << tr("Item %1: the field “labels” must be an object such as {\"0\": {\"da\": …}}.").arg(item.id);
                } else {
                    const QJsonObject lo = labels.toObject();
                    for (auto it = lo.constBegin(); it != lo.constEnd(); ++it) {
                        const auto key = wholeKey(it.key());
                        if (!key) {
                            problems << tr("Item %1: the label key “%2” is not a whole number.").arg(item.id, it.key());
                            continue;
                        }
                        if (range && (*key < item.min || *key > item.max)) {
                            problems << tr("Item %1: the label for %2 is outside the range %3 to %4.")
                                            .arg(item.id)
                                            .arg(*key)
                                            .arg(item.min)
                                            .arg(item.max);
                            continue;
                        }
                        if (auto text = localized(it.value())) {
                            item.labels.insert(*key, *text);
                        } else {
                            problems << tr("Item %1: the label for %2 must have a Danish (“da”) or English (“en”) text.")
                                            .arg(item.id)
                                            .arg(*key);
                        }
                    }
                }
            }
            const QJsonValue reverse = o.value(QLatin1String("reverse"));
            if (!reverse.isUndefined() && !reverse.isBool()) {
                problems << tr("Item %1: the field “reverse” must be true or false.").arg(item.id);
            }
            item.reverse = reverse.toBool(false);
            const QJsonValue recode = o.value(QLatin1String("recode"));
            if (!recode.isUndefined()) {
                if (!recode.isObject()) {
                    problems << tr("Item %1: the field “recode” must be an object such as {\"3\": 1}.").arg(item.id);
                } else {
                    QMap<int, double> map;
                    const QJsonObject ro = recode.toObject();
                    for (auto it = ro.constBegin(); it != ro.constEnd(); ++it) {
                        const auto key = wholeKey(it.key());
                        if (!key) {
                            problems << tr("Item %1: the recode key “%2” is not a whole number.").arg(item.id, it.key());
                            continue;
                        }
                        if (range && (*key < item.min || *key > item.max)) {
                            problems << tr("Item %1: the recode key %2 is outside the range %3 to %4.")
                                            .arg(item.id)
                                            .arg(*key)
                                            .arg(item.min)
                                            .arg(item.max);
                            continue;
                        }
                        if (!it.value().isDouble()) {
                            problems << tr("Item %1: the recoded value for %2 must be a number.").arg(item.id).arg(*key);
                            continue;
                        }
                        map.insert(*key, it.value().toDouble());
                    }
                    item.recode = map;
                }
                if (item.reverse) {
                    problems << tr("Item %1 has both “reverse” and “recode”; an item may have only one of them.").arg(item.id);
                }
            }
            in.items.append(item);
        }
    }

    void readScores(const QJsonValue& value, Instrument& in)
    {
        const QJsonArray scores = value.toArray();
        if (!value.isArray() || scores.isEmpty()) {
            problems << tr("The field “scores” must be a list with at least one score.");
            return;
        }
        QSet<QString> seen;
        int n = 0;
        for (const auto& v : scores) {
            ++n;
            const QJsonObject o = v.toObject();
            ScoreDefinition s;
            s.id = o.value(QLatin1String("id")).toString().trimmed();
            if (!v.isObject() || s.id.isEmpty()) {
                problems << tr("Score number %1 has no “id”.").arg(n);
                continue;
            }
            if (seen.contains(s.id)) {
                problems << tr("The score id %1 is used more than once.").arg(s.id);
                continue;
            }
            seen.insert(s.id);
            if (o.contains(QLatin1String("title"))) {
                if (auto title = localized(o.value(QLatin1String("title")))) {
                    s.title = *title;
                } else {
                    problems << tr("Score %1: the field “title” must have a Danish (“da”) or English (“en”) text.").arg(s.id);
                }
            }
            const QJsonArray items = o.value(QLatin1String("items")).toArray();
            if (items.isEmpty()) {
                problems << tr("Score %1: the field “items” must list at least one item.").arg(s.id);
            }
            for (const auto& iv : items) {
                const QString itemId = iv.toString();
                if (!in.item(itemId)) {
                    problems << tr("Score %1 names item %2, which is not in the instrument.")
                                    .arg(s.id, itemId.isEmpty() ? QStringLiteral("?") : itemId);
                    continue;
                }
                if (s.items.contains(itemId)) {
                    problems << tr("Score %1 names item %2 more than once.").arg(s.id, itemId);
                    continue;
                }
                s.items << itemId;
            }
            const QJsonValue weights = o.value(QLatin1String("weights"));
            if (!weights.isUndefined()) {
                if (!weights.isObject()) {
                    problems << tr("Score %1: the field “weights” must be an object such as {\"q1\": 2}.").arg(s.id);
                } else {
                    const QJsonObject wo = weights.toObject();
                    for (auto it = wo.constBegin(); it != wo.constEnd(); ++it) {
                        if (!s.items.contains(it.key())) {
                            problems << tr("Score %1 has a weight for item %2, which is not one of its items.").arg(s.id, it.key());
                        } else if (!it.value().isDouble()) {
                            problems << tr("Score %1: the weight of item %2 must be a number.").arg(s.id, it.key());
                        } else {
                            s.weights.insert(it.key(), it.value().toDouble());
                        }
                    }
                }
            }
            in.scores.append(s);
        }
    }

    void readStrata(const QJsonValue& value, Instrument& in)
    {
        const QJsonArray strata = value.toArray();
        if (!value.isArray() || strata.isEmpty()) {
            problems << tr("The field “strata” must be a list of rules ending with one whose “when” is empty.");
            return;
        }
        QSet<QString> scoreIds;
        for (const auto& s : in.scores) {
            scoreIds.insert(s.id);
        }
        int n = 0;
        for (const auto& v : strata) {
            ++n;
            const QJsonObject o = v.toObject();
            Stratum stratum;
            const QString riskText = o.value(QLatin1String("risk")).toString();
            if (auto risk = Risks::fromCode(riskText)) {
                stratum.risk = *risk;
            } else {
                problems << tr("Stratum %1: unknown risk “%2” in the field “risk”; use low, moderate or high.").arg(n).arg(riskText);
            }
            const QJsonValue when = o.value(QLatin1String("when"));
            if (!when.isArray()) {
                problems << tr("Stratum %1: the field “when” must be a list of conditions (empty: always holds).").arg(n);
            }
            int c = 0;
            for (const auto& cv : when.toArray()) {
                ++c;
                const QJsonObject co = cv.toObject();
                Condition cond;
                cond.score = co.value(QLatin1String("score")).toString();
                if (!scoreIds.contains(cond.score)) {
                    problems << tr("Stratum %1, condition %2: the field “score” names %3, which is not a score of the instrument.")
                                    .arg(n)
                                    .arg(c)
                                    .arg(cond.score.isEmpty() ? QStringLiteral("?") : cond.score);
                }
                const QString opText = co.value(QLatin1String("op")).toString();
                if (auto op = Condition::opFromText(opText)) {
                    cond.op = *op;
                } else {
                    problems << tr("Stratum %1, condition %2: unknown op “%3”; use >=, >, <=, < or ==.").arg(n).arg(c).arg(opText);
                }
                if (!co.value(QLatin1String("value")).isDouble()) {
                    problems << tr("Stratum %1, condition %2: the field “value” must be a number.").arg(n).arg(c);
                }
                cond.value = co.value(QLatin1String("value")).toDouble();
                stratum.when.append(cond);
            }
            in.strata.append(stratum);
        }
        if (!strata.last().toObject().value(QLatin1String("when")).toArray().isEmpty()) {
            problems << tr("The last stratum must always hold (an empty “when”), so that every set of answers gets a "
                           "proposed risk.");
        }
    }
};

} // namespace

Result<Instrument> InstrumentLoader::loadFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read the instrument %1: %2").arg(path, f.errorString()));
    }
    return fromJson(f.readAll(), QFileInfo(path).fileName());
}

Result<Instrument> InstrumentLoader::fromJson(const QByteArray& json, const QString& source)
{
    const QString name = source.isEmpty() ? tr("the instrument") : source;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (doc.isNull()) {
        return fail(tr("%1 is not valid JSON: %2 (at character %3).").arg(name, err.errorString()).arg(err.offset));
    }
    if (!doc.isObject()) {
        return fail(tr("%1 is not an instrument: it must be a JSON object.").arg(name));
    }
    Reader reader;
    Instrument in = reader.read(doc.object());
    if (!reader.problems.isEmpty()) {
        return fail(tr("%1 cannot be used:").arg(name) + QLatin1Char('\n') + reader.problems.join(QLatin1Char('\n')));
    }
    return in;
}

const QVector<Instrument>& InstrumentLoader::shipped()
{
    static const QVector<Instrument> all = [] {
        QVector<Instrument> out;
        const QDir dir(shippedFolder());
        for (const auto& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            auto loaded = loadFile(dir.filePath(file));
            Q_ASSERT_X(loaded.ok(), "InstrumentLoader", "a shipped instrument must load");
            if (loaded) {
                out.append(loaded.value());
            }
        }
        return out;
    }();
    return all;
}

const Instrument& InstrumentLoader::defaultInstrument()
{
    static const Instrument fallback;
    const Instrument* found = findShipped(defaultInstrumentId());
    return found ? *found : fallback;
}

const Instrument* InstrumentLoader::findShipped(const QString& id, int version)
{
    const Instrument* best = nullptr;
    for (const auto& in : shipped()) {
        if (in.id == id && (version == 0 ? (!best || in.version > best->version) : in.version == version)) {
            best = &in;
        }
    }
    return best;
}

} // namespace samspil
