#include "ScreeningRepository.h"

#include "core/storage/RawQuery.h"
#include "core/storage/Select.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace samspil {

namespace {

const QString kTable = QStringLiteral("screening");

const QString kColumns = QStringLiteral(
    "s.id, s.citizen_id, s.instrument_id, s.instrument_version, s.answers, s.scores, s.proposed_risk, "
    "s.decided_risk, s.reason, s.assessment, s.screened_by, s.screened_at, s.supersedes, "
    "(SELECT t.id FROM screening t WHERE t.supersedes = s.id AND t.deleted_at IS NULL "
    " ORDER BY t.screened_at DESC, t.id DESC LIMIT 1)");

/// Newest first; at equal times a correction before what it corrects.
const QString kNewestFirst = QStringLiteral("ORDER BY s.screened_at DESC, (s.supersedes IS NOT NULL) DESC, s.id DESC");

/// The live screenings that match `where` (an "AND …" condition on s), in `order`.
QString selectLive(const QString& where, const QString& order = QString())
{
    return QStringLiteral("SELECT %1 FROM screening s WHERE s.deleted_at IS NULL %2 %3").arg(kColumns, where, order);
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Screening readScreening(const QSqlQuery& q)
{
    Screening s;
    s.id = q.value(0).toString();
    s.citizenId = q.value(1).toString();
    s.instrumentId = q.value(2).toString();
    s.instrumentVersion = q.value(3).toInt();
    auto answers = Instrument::answersFromJson(parseObject(q.value(4).toString()));
    s.answers = answers ? answers.value() : Answers{};
    s.scores = Instrument::scoresFromJson(parseObject(q.value(5).toString()));
    s.proposedRisk = Risks::fromCode(q.value(6).toString()).value_or(Risk::Low);
    s.decidedRisk = Risks::fromCode(q.value(7).toString()).value_or(Risk::Low);
    s.reason = q.value(8).toString();
    s.assessment = q.value(9).toString();
    s.screenedBy = q.value(10).toString();
    s.screenedAt = parseStoredDateTime(q.value(11).toString());
    s.supersedes = q.value(12).toString();
    s.supersededBy = q.value(13).toString();
    return s;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString joinIssues(const QVector<FieldIssue>& issues)
{
    QStringList out;
    for (const auto& i : issues) {
        out << i.message;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QVector<FieldIssue> ScreeningRepository::validate(const Instrument& instrument, const ScreeningDraft& draft) const
{
    QVector<FieldIssue> issues;
    if (instrument.id.isEmpty() || instrument.items.isEmpty()) {
        issues.append({QStringLiteral("instrument"), tr("No questionnaire is chosen for the screening."), true});
        return issues;
    }
    {
        QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM citizen WHERE id = ? AND deleted_at IS NULL"));
        q.bindValue(0, draft.citizenId);
        const bool ran = q.exec();
        const bool found = ran && q.next();
        if (!ran) {
            issues.append({QStringLiteral("citizen_id"), Database::queryError(q).message, true});
        }
        q.finish();
        if (ran && !found) {
            issues.append({QStringLiteral("citizen_id"), tr("The citizen does not exist; the screening was not saved."), true});
        }
    }
    if (draft.screenedBy.trimmed().isEmpty()) {
        issues.append({QStringLiteral("screened_by"), tr("Choose who carried out the screening."), true});
    } else {
        QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL"));
        q.bindValue(0, draft.screenedBy);
        const bool ran = q.exec();
        const bool found = ran && q.next();
        if (!ran) {
            issues.append({QStringLiteral("screened_by"), Database::queryError(q).message, true});
        }
        q.finish();
        if (ran && !found) {
            issues.append({QStringLiteral("screened_by"), tr("The staff member who carried out the screening does not exist."), true});
        }
    }
    const auto scored = instrument.score(draft.answers);
    if (!scored) {
        for (const auto& problem : instrument.answerProblems(draft.answers)) {
            issues.append({QStringLiteral("answers"), problem, true});
        }
    }
    if (!draft.decidedRisk) {
        issues.append({QStringLiteral("decided_risk"), tr("Choose the decided risk: low, moderate or high."), true});
    } else if (scored && *draft.decidedRisk != scored->proposed && draft.reason.trimmed().isEmpty()) {
        issues.append({QStringLiteral("reason"),
                       tr("The decided risk (%1) differs from the proposed risk (%2); write the reason for the decision.")
                           .arg(Risks::label(*draft.decidedRisk), Risks::label(scored->proposed)),
                       true});
    }
    return issues;
}

Result<Screening> ScreeningRepository::save(const Instrument& instrument, const ScreeningDraft& draft)
{
    return insert(instrument, draft, {});
}

Result<Screening> ScreeningRepository::correct(const QString& correctedId, const Instrument& instrument, const ScreeningDraft& draft)
{
    const auto old = get(correctedId);
    if (!old) {
        return fail(tr("The screening to correct does not exist; nothing was saved."));
    }
    if (!old->supersededBy.isEmpty()) {
        return fail(tr("This screening has already been corrected; correct the newest version instead."));
    }
    ScreeningDraft d = draft;
    if (d.citizenId.isEmpty()) {
        d.citizenId = old->citizenId;
    }
    if (d.citizenId != old->citizenId) {
        return fail(tr("A correction must be for the same citizen as the screening it corrects."));
    }
    return insert(instrument, d, correctedId);
}

Result<Screening> ScreeningRepository::insert(const Instrument& instrument, const ScreeningDraft& draft, const QString& supersedes)
{
    const auto issues = validate(instrument, draft);
    if (!issues.isEmpty()) {
        return fail(joinIssues(issues));
    }
    const auto scored = instrument.score(draft.answers);
    if (!scored) {
        return Error{scored.error()};
    }
    Screening s;
    s.id = newUuid();
    s.citizenId = draft.citizenId;
    s.instrumentId = instrument.id;
    s.instrumentVersion = instrument.version;
    s.answers = draft.answers;
    s.scores = scored->scores;
    s.proposedRisk = scored->proposed;
    s.decidedRisk = *draft.decidedRisk;
    s.reason = draft.reason.trimmed();
    s.assessment = draft.assessment.trimmed();
    s.screenedBy = draft.screenedBy;
    s.screenedAt = draft.screenedAt.isValid() ? draft.screenedAt.toUTC() : m_db.clock().now();
    s.supersedes = supersedes;
    if (s.screenedAt > m_db.clock().now().addSecs(300)) {
        return fail(tr("A screening cannot be dated in the future."));
    }
    const QVariantMap values{
        {QStringLiteral("citizen_id"), s.citizenId},
        {QStringLiteral("instrument_id"), s.instrumentId},
        {QStringLiteral("instrument_version"), s.instrumentVersion},
        {QStringLiteral("answers"), compact(Instrument::answersToJson(s.answers))},
        {QStringLiteral("scores"), compact(Instrument::scoresToJson(s.scores))},
        {QStringLiteral("proposed_risk"), Risks::code(s.proposedRisk)},
        {QStringLiteral("decided_risk"), Risks::code(s.decidedRisk)},
        {QStringLiteral("reason"), s.reason},
        {QStringLiteral("assessment"), s.assessment},
        {QStringLiteral("screened_by"), s.screenedBy},
        {QStringLiteral("screened_at"), s.screenedAt},
        {QStringLiteral("supersedes"), s.supersedes},
    };
    auto written = m_db.insertNew(kTable, s.id, values);
    if (!written) {
        return Error{written.error()};
    }
    return s;
}

std::optional<Screening> ScreeningRepository::get(const QString& id) const
{
    return valueOrWarn(selectOne<Screening>(m_db, selectLive(QStringLiteral("AND s.id = ?")), {id}, readScreening),
                       "ScreeningRepository::get");
}

QVector<Screening> ScreeningRepository::history(const QString& citizenId) const
{
    return valueOrWarn(select<Screening>(m_db, selectLive(QStringLiteral("AND s.citizen_id = ?"), kNewestFirst), {citizenId},
                                         readScreening),
                       "ScreeningRepository::history");
}

std::optional<Screening> ScreeningRepository::latestDecided(const QString& citizenId) const
{
    return valueOrWarn(selectOne<Screening>(m_db,
                                            selectLive(QStringLiteral("AND s.citizen_id = ? AND NOT EXISTS (SELECT 1 FROM screening t "
                                                                      "WHERE t.supersedes = s.id AND t.deleted_at IS NULL)"),
                                                       kNewestFirst + QStringLiteral(" LIMIT 1")),
                                            {citizenId}, readScreening),
                       "ScreeningRepository::latestDecided");
}

QHash<QString, LatestRisk> ScreeningRepository::latestDecidedForAll() const
{
    // Every citizen's screenings on each caseload load: on the raw handle, through the covering
    // index screening_latest (migration 5).
    QHash<QString, LatestRisk> out;
    RawQuery q(m_db, "SELECT s.citizen_id, s.id, s.decided_risk, s.screened_at FROM screening s "
                     "WHERE s.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM screening t "
                     "WHERE t.supersedes = s.id AND t.deleted_at IS NULL) "
                     "ORDER BY s.citizen_id, s.screened_at DESC, (s.supersedes IS NOT NULL) DESC, s.id DESC");
    QByteArray previous;
    while (q.next()) {
        if (q.bytes(0) == previous) {
            continue;
        }
        previous = q.bytes(0).toByteArray();
        out.insert(QString::fromLatin1(previous),
                   {q.ascii(1), Risks::fromCode(q.ascii(2)).value_or(Risk::Low), parseStoredDateTime(q.ascii(3))});
    }
    return out;
}

QVector<Screening> ScreeningRepository::all() const
{
    return valueOrWarn(select<Screening>(m_db, selectLive(QString(), QStringLiteral("ORDER BY s.screened_at, s.id")), {}, readScreening),
                       "ScreeningRepository::all");
}

int ScreeningRepository::countWithoutCitizen() const
{
    return int(valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT count(*) FROM screening s WHERE s.deleted_at IS NULL AND NOT EXISTS "
                                                             "(SELECT 1 FROM citizen c WHERE c.id = s.citizen_id)")),
                           "ScreeningRepository::countWithoutCitizen", qint64(-1)));
}

int ScreeningRepository::countWithMissingSupersedes() const
{
    return int(valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT count(*) FROM screening s WHERE s.deleted_at IS NULL AND "
                                                             "s.supersedes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM screening t "
                                                             "WHERE t.id = s.supersedes)")),
                           "ScreeningRepository::countWithMissingSupersedes", qint64(-1)));
}

} // namespace samspil
