#include "NoteRepository.h"

#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/FlowRules.h"

#include "core/plan/Tracks.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRules.h"
#include "core/storage/Select.h"
#include "core/util/Uuid.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace samspil {

namespace {

const QString kTable = QStringLiteral("icf_note");
const QString kSelect = QStringLiteral(
    "SELECT n.id, n.citizen_id, n.author_id, n.profession, n.appointment_id, n.findings, n.personal_factors,"
    " n.job_meaning, n.tracks, n.created_at, n.signed_at, n.supersedes, n.version,"
    " (SELECT t.id FROM icf_note t WHERE t.supersedes = n.id AND t.deleted_at IS NULL ORDER BY t.version DESC,"
    "  t.id DESC LIMIT 1), n.signed_hash"
    " FROM icf_note n WHERE n.deleted_at IS NULL");

IcfNote readNote(const QSqlQuery& q)
{
    IcfNote n;
    n.id = q.value(0).toString();
    n.citizenId = q.value(1).toString();
    n.authorId = q.value(2).toString();
    n.profession = q.value(3).toString();
    n.appointmentId = q.value(4).toString();
    n.findings = IcfNote::findingsFromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array());
    n.personalFactors = q.value(6).toString();
    n.jobMeaning = q.value(7).toString();
    n.tracks = Tracks::split(q.value(8).toString());
    n.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    n.signedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    n.supersedes = q.value(11).toString();
    n.version = q.value(12).toInt();
    n.supersededBy = q.value(13).toString();
    n.signedHash = q.value(14).toString();
    return n;
}

QVariantMap contentFields(const IcfNote& n)
{
    return {
        {QStringLiteral("findings"),
         QString::fromUtf8(QJsonDocument(IcfNote::findingsToJson(n.findings)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("personal_factors"), n.personalFactors.trimmed()},
        {QStringLiteral("job_meaning"), n.jobMeaning.trimmed()},
        {QStringLiteral("tracks"), Tracks::join(n.tracks)},
        {QStringLiteral("appointment_id"), n.appointmentId},
    };
}

/// A note just written, read back.
Result<IcfNote> readBack(const Result<std::optional<IcfNote>>& found)
{
    if (!found) {
        return Error{found.error()};
    }
    if (!found.value()) {
        return fail(QCoreApplication::translate("NoteRepository", "The note does not exist."));
    }
    return *found.value();
}

} // namespace

Result<QVector<IcfNote>> NoteRepository::read(const QString& where, const QVariantList& binds) const
{
    auto notes = select<IcfNote>(m_db, kSelect + where, binds, readNote);
    if (!notes) {
        return notes;
    }
    for (IcfNote& n : *notes) {
        n.alteredAfterSigning = !n.matchesSignature();
    }
    if (m_db.principal().system) {
        return notes;
    }
    // The consent rule, here and nowhere else: what the reader may not see never leaves core.
    ConsentRepository consents(m_db);
    const bool many = notes->size() > 64;
    const QHash<QString, Consent> all = many ? consents.currentForAll() : QHash<QString, Consent>{};
    QHash<QString, std::optional<Consent>> byCitizen;
    const Principal& me = m_db.principal();
    const QDate today = m_db.clock().today();
    for (IcfNote& n : *notes) {
        if (!byCitizen.contains(n.citizenId)) {
            byCitizen.insert(n.citizenId, many ? (all.contains(n.citizenId) ? std::optional<Consent>(all.value(n.citizenId))
                                                                              : std::nullopt)
                                               : consents.current(n.citizenId));
        }
        const auto& consent = byCitizen[n.citizenId];
        if (NoteVisibility::access(n, me.staffId, me.profession, consent, today) == NoteAccess::Content) {
            continue;
        }
        n.findings.clear();
        n.personalFactors.clear();
        n.jobMeaning.clear();
        n.tracks.clear();
        n.contentHidden = true;
        n.hiddenReason = NoteVisibility::hiddenReason(consent, me.profession, today);
    }
    return notes;
}

Result<IcfNote> NoteRepository::existing(const QString& id) const
{
    auto found = find(id);
    if (!found) {
        return Error{found.error()};
    }
    if (!found.value()) {
        return fail(tr("The note does not exist."));
    }
    return *found.value();
}

Result<std::optional<IcfNote>> NoteRepository::find(const QString& id) const
{
    auto rows = read(QStringLiteral(" AND n.id = ?"), {id});
    if (!rows) {
        return Error{rows.error()};
    }
    return rows->isEmpty() ? std::optional<IcfNote>{} : std::optional<IcfNote>{rows->first()};
}

QVector<IcfNote> NoteRepository::query(const QString& where, const QVariantList& binds, const char* caller) const
{
    return valueOrWarn(read(where, binds), caller);
}

std::optional<IcfNote> NoteRepository::get(const QString& id) const
{
    return valueOrWarn(find(id), "NoteRepository::get");
}

QVector<IcfNote> NoteRepository::forCitizen(const QString& citizenId) const
{
    return query(QStringLiteral(" AND n.citizen_id = ? ORDER BY n.created_at DESC, n.version DESC, n.id"), {citizenId},
                 "NoteRepository::forCitizen");
}

namespace {
QVector<IcfNote> newestSigned(const QVector<IcfNote>& notes)
{
    // A signed version counts unless a newer signed version supersedes it (directly or through drafts).
    QHash<QString, const IcfNote*> byId;
    for (const auto& n : notes) {
        byId.insert(n.id, &n);
    }
    QSet<QString> replaced;
    for (const auto& n : notes) {
        if (!n.signedOff()) {
            continue;
        }
        QString prev = n.supersedes;
        while (!prev.isEmpty() && byId.contains(prev) && !replaced.contains(prev)) {
            replaced.insert(prev);
            prev = byId.value(prev)->supersedes;
        }
    }
    QVector<IcfNote> out;
    for (const auto& n : notes) {
        if (n.signedOff() && !replaced.contains(n.id)) {
            out.append(n);
        }
    }
    return out;
}
} // namespace

QVector<IcfNote> NoteRepository::currentSigned(const QString& citizenId) const
{
    return newestSigned(query(QStringLiteral(" AND n.citizen_id = ? ORDER BY n.signed_at, n.id"), {citizenId},
                              "NoteRepository::currentSigned"));
}

QHash<QString, QVector<IcfNote>> NoteRepository::currentSignedForAll() const
{
    QHash<QString, QVector<IcfNote>> byCitizen;
    for (const auto& n : query(QStringLiteral(" AND n.signed_at IS NOT NULL ORDER BY n.signed_at, n.id"), {},
                               "NoteRepository::currentSignedForAll")) {
        byCitizen[n.citizenId].append(n);
    }
    for (auto it = byCitizen.begin(); it != byCitizen.end(); ++it) {
        it.value() = newestSigned(it.value());
    }
    return byCitizen;
}

QStringList NoteRepository::problems(const IcfNote& n) const
{
    return NoteRules::problems(n);
}

Status NoteRepository::actingAs(const QString& staffId) const
{
    const Principal& me = m_db.principal();
    if (me.system) {
        return {};
    }
    if (auto allowed = m_db.require(Capability::WriteNotes); !allowed) {
        return allowed;
    }
    if (staffId != me.staffId) {
        return fail(tr("A note is written and signed by its author only, as themselves."));
    }
    return {};
}

Result<IcfNote> NoteRepository::saveDraft(IcfNote n)
{
    if (auto me = actingAs(n.authorId); !me) {
        return Error{me.error()};
    }
    if (!n.id.isEmpty()) {
        const auto old = existing(n.id);
        if (!old) {
            return Error{old.error()};
        }
        if (old->signedOff()) {
            return fail(tr("A signed note cannot be changed; write an amendment instead."));
        }
        if (old->authorId != n.authorId) {
            return fail(tr("Only the author can change a draft note."));
        }
        auto tx = m_db.transaction();
        auto w = m_db.write(kTable, n.id, contentFields(n));
        if (!w) {
            return Error{w.error()};
        }
        if (auto s = tx.commit(); !s) {
            return Error{s.error()};
        }
        return readBack(find(n.id));
    }
    if (!CitizenRepository(m_db).get(n.citizenId)) {
        return fail(tr("The citizen does not exist."));
    }
    const auto author = StaffRepository(m_db).get(n.authorId);
    if (!author) {
        return fail(tr("Choose the author of the note."));
    }
    if (const auto unknown = Tracks::unknown(n.tracks); !unknown.isEmpty()) {
        return fail(tr("Unknown intervention tracks: %1").arg(unknown.join(QStringLiteral(", "))));
    }
    n.id = newUuid();
    n.profession = Professions::code(author->profession);
    const QDateTime now = m_db.clock().now();
    n.createdAt = n.createdAt.isValid() && n.createdAt <= now ? n.createdAt.toUTC() : now;
    if (n.version < 1) {
        n.version = 1;
    }
    auto values = contentFields(n);
    values.insert(QStringLiteral("citizen_id"), n.citizenId);
    values.insert(QStringLiteral("author_id"), n.authorId);
    values.insert(QStringLiteral("profession"), n.profession);
    values.insert(QStringLiteral("created_at"), n.createdAt);
    values.insert(QStringLiteral("supersedes"), n.supersedes);
    values.insert(QStringLiteral("version"), n.version);
    auto tx = m_db.transaction();
    auto w = m_db.insertNew(kTable, n.id, values);
    if (!w) {
        return Error{w.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return readBack(find(n.id));
}

Result<IcfNote> NoteRepository::sign(const QString& id, const QString& signerId, const QDateTime& at)
{
    if (auto me = actingAs(signerId); !me) {
        return Error{me.error()};
    }
    const auto n = existing(id);
    if (!n) {
        return Error{n.error()};
    }
    if (n->signedOff()) {
        return fail(tr("The note is already signed."));
    }
    if (n->authorId != signerId) {
        return fail(tr("Only the author can sign the note."));
    }
    if (const auto p = problems(*n); !p.isEmpty()) {
        return fail(p.join(QLatin1Char('\n')));
    }
    // The note's own talk says it; the citizen's other appointments only when it names none (or
    // one that is gone).
    AppointmentRepository appointments(m_db);
    QVector<Appointment> talks;
    if (!n->appointmentId.isEmpty()) {
        if (const auto talk = appointments.get(n->appointmentId); talk && talk->citizenId == n->citizenId) {
            talks = {*talk};
        }
    }
    if (talks.isEmpty()) {
        talks = appointments.forCitizen(n->citizenId);
    }
    if (const auto why = FlowRules::whyNotSignable(*n, talks); !why.isEmpty()) {
        return fail(why);
    }
    const QDateTime now = m_db.clock().now();
    if (at.isValid() && (at > now || (n->createdAt.isValid() && at < n->createdAt))) {
        return fail(tr("A note is signed after it was written, and not in the future."));
    }
    auto tx = m_db.transaction();
    auto w = m_db.write(kTable,
                        id,
                        {{QStringLiteral("signed_at"), at.isValid() ? at.toUTC() : now},
                         {QStringLiteral("signed_hash"), n->contentHash()}});
    if (!w) {
        return Error{w.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return readBack(find(id));
}

Result<IcfNote> NoteRepository::amend(const QString& id, const QString& authorId)
{
    if (auto me = actingAs(authorId); !me) {
        return Error{me.error()};
    }
    const auto old = existing(id);
    if (!old) {
        return Error{old.error()};
    }
    if (!old->signedOff()) {
        return fail(tr("A draft is changed directly; only a signed note is amended."));
    }
    if (!old->supersededBy.isEmpty()) {
        return fail(tr("This version has already been amended; amend the newest version."));
    }
    if (old->authorId != authorId) {
        return fail(tr("Only the author can amend the note."));
    }
    IcfNote n = *old;
    n.id.clear();
    n.signedAt = QDateTime();
    n.createdAt = QDateTime(); // the amendment is written now
    n.supersedes = old->id;
    n.supersededBy.clear();
    n.version = old->version + 1;
    return saveDraft(n);
}

Status NoteRepository::discardDraft(const QString& id, const QString& userId)
{
    const auto n = existing(id);
    if (!n) {
        return Error{n.error()};
    }
    if (n->signedOff()) {
        return fail(tr("A signed note cannot be deleted."));
    }
    if (n->authorId != userId) {
        return fail(tr("Only the author can discard a draft note."));
    }
    auto tx = m_db.transaction();
    if (auto s = m_db.softDelete(kTable, id); !s) {
        return s;
    }
    return tx.commit();
}

int NoteRepository::countChangedAfterSigning() const
{
    const auto notes = read(QStringLiteral(" AND n.signed_at IS NOT NULL"), {});
    if (!notes) {
        qWarning("NoteRepository::countChangedAfterSigning: %s", qPrintable(notes.error()));
        return -1;
    }
    int n = 0;
    for (const auto& note : notes.value()) {
        n += note.intact() ? 0 : 1;
    }
    return n;
}

int NoteRepository::countWithMissingReferences() const
{
    return int(valueOrWarn(
        selectNumber(m_db, QStringLiteral(
                               "SELECT count(*) FROM icf_note n WHERE n.deleted_at IS NULL AND ("
                               " NOT EXISTS (SELECT 1 FROM citizen c WHERE c.id = n.citizen_id) OR"
                               " NOT EXISTS (SELECT 1 FROM staff s WHERE s.id = n.author_id) OR"
                               " (n.supersedes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM icf_note o WHERE o.id = n.supersedes)))")),
        "NoteRepository::countWithMissingReferences", qint64(-1)));
}

} // namespace samspil
