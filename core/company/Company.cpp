#include "Company.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace samspil {

namespace {
struct KindText
{
    PlacementKind kind;
    const char* code;
    const char* label;
};
const KindText kKinds[] = {
    {PlacementKind::Praktik, "praktik", QT_TRANSLATE_NOOP("PlacementKinds", "company internship (virksomhedspraktik)")},
    {PlacementKind::Loentilskud, "loentilskud", QT_TRANSLATE_NOOP("PlacementKinds", "wage subsidy (løntilskud)")},
    {PlacementKind::Fleksjob, "fleksjob", QT_TRANSLATE_NOOP("PlacementKinds", "flex job")},
    {PlacementKind::Ordinaert, "ordinaert", QT_TRANSLATE_NOOP("PlacementKinds", "ordinary job")},
    {PlacementKind::Smaajob, "smaajob", QT_TRANSLATE_NOOP("PlacementKinds", "small job (few hours)")},
};

struct OutcomeText
{
    PlacementOutcome outcome;
    const char* code;
    const char* label;
};
const OutcomeText kOutcomes[] = {
    {PlacementOutcome::Job, "job", QT_TRANSLATE_NOOP("PlacementKinds", "job")},
    {PlacementOutcome::Education, "education", QT_TRANSLATE_NOOP("PlacementKinds", "education")},
    {PlacementOutcome::EndedEarly, "ended-early", QT_TRANSLATE_NOOP("PlacementKinds", "ended early")},
    {PlacementOutcome::Other, "other", QT_TRANSLATE_NOOP("PlacementKinds", "other")},
};
} // namespace

const QVector<PlacementKind>& PlacementKinds::all()
{
    static const QVector<PlacementKind> kinds = {PlacementKind::Praktik, PlacementKind::Loentilskud, PlacementKind::Fleksjob,
                                                 PlacementKind::Ordinaert, PlacementKind::Smaajob};
    return kinds;
}

QString PlacementKinds::code(PlacementKind k)
{
    for (const auto& t : kKinds) {
        if (t.kind == k) {
            return QString::fromLatin1(t.code);
        }
    }
    return {};
}

std::optional<PlacementKind> PlacementKinds::fromCode(const QString& code)
{
    for (const auto& t : kKinds) {
        if (code == QLatin1String(t.code)) {
            return t.kind;
        }
    }
    return std::nullopt;
}

QString PlacementKinds::label(PlacementKind k)
{
    for (const auto& t : kKinds) {
        if (t.kind == k) {
            return tr(t.label);
        }
    }
    return {};
}

const QVector<PlacementOutcome>& PlacementKinds::outcomes()
{
    static const QVector<PlacementOutcome> all = {PlacementOutcome::Job, PlacementOutcome::Education,
                                                  PlacementOutcome::EndedEarly, PlacementOutcome::Other};
    return all;
}

QString PlacementKinds::outcomeCode(PlacementOutcome o)
{
    for (const auto& t : kOutcomes) {
        if (t.outcome == o) {
            return QString::fromLatin1(t.code);
        }
    }
    return {};
}

std::optional<PlacementOutcome> PlacementKinds::outcomeFromCode(const QString& code)
{
    for (const auto& t : kOutcomes) {
        if (code == QLatin1String(t.code)) {
            return t.outcome;
        }
    }
    return std::nullopt;
}

QString PlacementKinds::outcomeLabel(PlacementOutcome o)
{
    for (const auto& t : kOutcomes) {
        if (t.outcome == o) {
            return tr(t.label);
        }
    }
    return {};
}

bool Placement::activeOn(const QDate& day) const
{
    if (!from.isValid() || day < from || outcome) {
        return false;
    }
    return !to.isValid() || day <= to;
}

QDate Placement::nextFollowUp() const
{
    QDate best;
    for (const FollowUp& f : followUps) {
        if (!f.done && f.date.isValid() && (!best.isValid() || f.date < best)) {
            best = f.date;
        }
    }
    return best;
}

QString Placement::followUpsJson() const
{
    QJsonArray out;
    for (const FollowUp& f : followUps) {
        out.append(QJsonObject{{QStringLiteral("date"), f.date.toString(Qt::ISODate)}, {QStringLiteral("done"), f.done}});
    }
    return out.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QVector<FollowUp> Placement::followUpsFromJson(const QString& json)
{
    QVector<FollowUp> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QDate d = QDate::fromString(v[QStringLiteral("date")].toString(), Qt::ISODate);
        if (d.isValid()) {
            out.append({d, v[QStringLiteral("done")].toBool()});
        }
    }
    std::sort(out.begin(), out.end(), [](const FollowUp& a, const FollowUp& b) { return a.date < b.date; });
    return out;
}

} // namespace samspil
