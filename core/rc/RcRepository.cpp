#include "RcRepository.h"

#include "core/storage/Select.h"
#include "core/util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace samspil {

namespace {

const QString kSurveyColumns = QStringLiteral("id, name, held_on, groups, created_at");
const QString kResponseColumns = QStringLiteral(
    "id, survey_id, respondent_id, respondent_group, rated_group, frequent, timely, accurate, problem_solving, "
    "shared_goals, shared_knowledge, mutual_respect, entered_at");

RcSurvey readSurvey(const QSqlQuery& q)
{
    RcSurvey s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.heldOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.groups = RcRepository::decodeGroups(q.value(3).toString());
    s.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return s;
}

RcResponse readResponse(const QSqlQuery& q)
{
    RcResponse r;
    r.id = q.value(0).toString();
    r.surveyId = q.value(1).toString();
    r.respondentId = q.value(2).toString();
    r.respondentGroup = q.value(3).toString();
    r.ratedGroup = q.value(4).toString();
    for (int i = 0; i < kRcDimensionCount; ++i) {
        const QVariant v = q.value(5 + i);
        if (!v.isNull()) {
            r.answers[size_t(i)] = v.toInt();
        }
    }
    r.enteredAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return r;
}

/// The live surveys that match `where` (an "AND …" condition), oldest round first.
Result<QVector<RcSurvey>> readSurveys(Database& db, const QString& where = QString(), const QVariantList& binds = {})
{
    return select<RcSurvey>(
        db,
        QStringLiteral("SELECT %1 FROM rc_survey WHERE deleted_at IS NULL %2 ORDER BY held_on, name COLLATE NOCASE, id")
            .arg(kSurveyColumns, where),
        binds, readSurvey);
}

/// The live survey with this id; nothing when there is none, an error when the read failed.
Result<std::optional<RcSurvey>> surveyById(Database& db, const QString& id)
{
    auto found = readSurveys(db, QStringLiteral("AND id = ?"), {id});
    if (!found) {
        return Error{found.error()};
    }
    return found->isEmpty() ? std::optional<RcSurvey>{} : std::optional<RcSurvey>{found->first()};
}

/// The live answers that match `where` (an "AND …" condition), in the order entered.
Result<QVector<RcResponse>> readResponses(Database& db, const QString& where, const QVariantList& binds)
{
    return select<RcResponse>(
        db,
        QStringLiteral("SELECT %1 FROM rc_response WHERE deleted_at IS NULL %2 ORDER BY entered_at, id").arg(kResponseColumns, where),
        binds, readResponse);
}

QVariantMap responseFields(const RcResponse& r)
{
    QVariantMap values{{QStringLiteral("survey_id"), r.surveyId},
                       {QStringLiteral("respondent_id"), r.respondentId},
                       {QStringLiteral("respondent_group"), r.respondentGroup},
                       {QStringLiteral("rated_group"), r.ratedGroup},
                       {QStringLiteral("entered_at"), r.enteredAt}};
    for (auto d : RcDimensions::all()) {
        const auto a = r.answer(d);
        values.insert(RcDimensions::code(d), a ? QVariant(*a) : QVariant());
    }
    return values;
}

} // namespace

QString RcRepository::encodeGroups(const QStringList& groups)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(groups)).toJson(QJsonDocument::Compact));
}

QStringList RcRepository::decodeGroups(const QString& json)
{
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (v.isString()) {
            out << v.toString();
        }
    }
    return out;
}

QStringList RcRepository::cleanGroups(const QStringList& groups)
{
    QStringList out;
    for (const auto& g : groups) {
        const QString t = g.simplified();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive)) {
            out << t;
        }
    }
    return out;
}

QVector<RcSurvey> RcRepository::surveys() const
{
    return valueOrWarn(readSurveys(m_db), "RcRepository::surveys");
}

std::optional<RcSurvey> RcRepository::survey(const QString& id) const
{
    return valueOrWarn(surveyById(m_db, id), "RcRepository::survey");
}

std::optional<RcSurvey> RcRepository::findSurvey(const QString& name) const
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    // SQLite's NOCASE folds ASCII only; compare in Qt so that "Efterår" matches "EFTERÅR".
    for (const auto& s : surveys()) {
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return std::nullopt;
}

QStringList RcRepository::validateSurvey(const QString& name, const QDate& heldOn, const QStringList& groups) const
{
    QStringList issues;
    const QString n = name.simplified();
    if (n.isEmpty()) {
        issues << tr("The survey needs a name.");
    } else if (findSurvey(n)) {
        issues << tr("A survey called “%1” already exists.").arg(n);
    }
    if (!heldOn.isValid()) {
        issues << tr("The survey needs a date.");
    }
    if (cleanGroups(groups).isEmpty()) {
        issues << tr("Name at least one professional group.");
    }
    return issues;
}

Result<RcSurvey> RcRepository::createSurvey(const QString& name, const QDate& heldOn, const QStringList& groups)
{
    const auto issues = validateSurvey(name, heldOn, groups);
    if (!issues.isEmpty()) {
        return fail(issues.join(QLatin1Char(' ')));
    }
    RcSurvey s;
    s.id = newUuid();
    s.name = name.simplified();
    s.heldOn = heldOn;
    s.groups = cleanGroups(groups);
    s.createdAt = m_db.clock().now();
    auto r = m_db.write(QStringLiteral("rc_survey"),
                        s.id,
                        {{QStringLiteral("name"), s.name},
                         {QStringLiteral("held_on"), s.heldOn},
                         {QStringLiteral("groups"), encodeGroups(s.groups)},
                         {QStringLiteral("created_at"), s.createdAt}});
    if (!r) {
        return Error{r.error()};
    }
    return s;
}

Result<RcSurvey> RcRepository::addGroups(const QString& surveyId, const QStringList& groups)
{
    auto found = surveyById(m_db, surveyId);
    if (!found) {
        return Error{found.error()};
    }
    auto s = found.value();
    if (!s) {
        return fail(tr("This survey no longer exists."));
    }
    const QStringList merged = cleanGroups(s->groups + groups);
    if (merged == s->groups) {
        return *s;
    }
    auto r = m_db.write(QStringLiteral("rc_survey"), s->id, {{QStringLiteral("groups"), encodeGroups(merged)}});
    if (!r) {
        return Error{r.error()};
    }
    s->groups = merged;
    return *s;
}

Status RcRepository::removeSurvey(const QString& surveyId)
{
    const auto found = surveyById(m_db, surveyId);
    if (!found) {
        return Error{found.error()};
    }
    if (!found.value()) {
        return fail(tr("This survey no longer exists."));
    }
    Database::Transaction tx(m_db);
    if (!tx.active()) {
        return fail(tr("The database is busy; nothing was deleted."));
    }
    const auto answers = readResponses(m_db, QStringLiteral("AND survey_id = ?"), {surveyId});
    if (!answers) {
        return Error{answers.error()};
    }
    for (const auto& r : answers.value()) {
        if (auto s = m_db.softDelete(QStringLiteral("rc_response"), r.id); !s) {
            return s;
        }
    }
    if (auto s = m_db.softDelete(QStringLiteral("rc_survey"), surveyId); !s) {
        return s;
    }
    return tx.commit();
}

QStringList RcRepository::validateResponse(const RcSurvey& survey, const RcResponse& response)
{
    QStringList issues;
    const QString from = response.respondentGroup.trimmed();
    const QString to = response.ratedGroup.trimmed();
    if (from.isEmpty()) {
        issues << tr("The respondent's own group is missing.");
    } else if (!survey.hasGroup(from)) {
        issues << tr("“%1” is not one of the groups in the survey “%2”.").arg(from, survey.name);
    }
    if (to.isEmpty()) {
        issues << tr("The rated group is missing.");
    } else if (!survey.hasGroup(to)) {
        issues << tr("“%1” is not one of the groups in the survey “%2”.").arg(to, survey.name);
    }
    for (auto d : RcDimensions::all()) {
        const auto a = response.answer(d);
        if (a && !RcDimensions::validAnswer(*a)) {
            issues
                << tr("%1: the answer must be from 1 to 5 or left blank (got %2).").arg(RcDimensions::label(d)).arg(*a);
        }
    }
    return issues;
}

Result<RcResponse> RcRepository::addResponse(RcResponse response)
{
    auto saved = addResponses({std::move(response)});
    if (!saved) {
        return Error{saved.error()};
    }
    return saved->front();
}

Result<QVector<RcResponse>> RcRepository::addResponses(QVector<RcResponse> responses)
{
    QHash<QString, RcSurvey> surveysById;
    for (auto& r : responses) {
        if (!surveysById.contains(r.surveyId)) {
            const auto found = surveyById(m_db, r.surveyId);
            if (!found) {
                return Error{found.error()};
            }
            const auto& s = found.value();
            if (!s) {
                return fail(tr("The survey no longer exists; the answers were not saved."));
            }
            surveysById.insert(s->id, *s);
        }
        const RcSurvey& s = surveysById[r.surveyId];
        const auto issues = validateResponse(s, r);
        if (!issues.isEmpty()) {
            return fail(issues.join(QLatin1Char(' ')));
        }
        r.respondentGroup = s.canonicalGroup(r.respondentGroup);
        r.ratedGroup = s.canonicalGroup(r.ratedGroup);
        r.respondentId = r.respondentId.trimmed();
    }
    Database::Transaction tx(m_db);
    if (!tx.active()) {
        return fail(tr("The database is busy; the answers were not saved."));
    }
    const QDateTime now = m_db.clock().now();
    for (auto& r : responses) {
        r.id = newUuid();
        if (!r.enteredAt.isValid()) {
            r.enteredAt = now;
        }
        auto w = m_db.insertNew(QStringLiteral("rc_response"), r.id, responseFields(r));
        if (!w) {
            return Error{w.error()};
        }
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return responses;
}

QVector<RcResponse> RcRepository::responses(const QString& surveyId) const
{
    return valueOrWarn(readResponses(m_db, QStringLiteral("AND survey_id = ?"), {surveyId}), "RcRepository::responses");
}

Status RcRepository::removeResponse(const QString& responseId)
{
    return m_db.softDelete(QStringLiteral("rc_response"), responseId);
}

QVector<CheckFinding> RcRepository::check() const
{
    using S = CheckFinding::Severity;
    QVector<CheckFinding> out;
    QHash<QString, RcSurvey> byId;
    QHash<QString, int> names;
    const auto surveysRead = readSurveys(m_db);
    if (!surveysRead) { // without the surveys every answer would look like one of no survey
        out.append(ConsistencyCheck::couldNotRun());
        return out;
    }
    for (const auto& s : surveysRead.value()) {
        byId.insert(s.id, s);
        names[s.name.toLower()] += 1;
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value() > 1) {
            out.append({S::Warning,
                        tr("%1 relational coordination surveys share one name; rename one so reports "
                           "pick the right round.")
                            .arg(it.value())});
        }
    }
    int orphans = 0;
    int outOfRange = 0;
    int unknownGroups = 0;
    const auto answers = readResponses(m_db, QString(), {});
    if (!answers) {
        out.append(ConsistencyCheck::couldNotRun());
    }
    for (const RcResponse& r : answers ? answers.value() : QVector<RcResponse>{}) {
        const auto s = byId.constFind(r.surveyId);
        if (s == byId.constEnd()) {
            ++orphans;
            continue;
        }
        for (const auto& a : r.answers) {
            if (a && !RcDimensions::validAnswer(*a)) {
                ++outOfRange;
                break;
            }
        }
        if (!s->groups.contains(r.respondentGroup) || !s->groups.contains(r.ratedGroup)) {
            ++unknownGroups;
        }
    }
    if (orphans > 0) {
        out.append({S::Error, tr("%1 relational coordination answers belong to no survey.").arg(orphans)});
    }
    if (outOfRange > 0) {
        out.append({S::Error, tr("%1 relational coordination answers lie outside the scale 1 to 5.").arg(outOfRange)});
    }
    if (unknownGroups > 0) {
        out.append(
            {S::Warning,
             tr("%1 relational coordination answers name a group their survey does not list.").arg(unknownGroups)});
    }
    return out;
}

} // namespace samspil
