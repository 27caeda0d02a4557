#include "CompanyRepository.h"

#include "core/company/Cvr.h"
#include "core/storage/Select.h"
#include "core/util/Uuid.h"

#include <QSqlQuery>

namespace samspil {

namespace {
const QString kCompany = QStringLiteral(
    "SELECT id, cvr, p_number, name, address, consultant_id, notes, created_at FROM company WHERE deleted_at IS NULL");
const QString kContacts = QStringLiteral("SELECT id, company_id, name, phone, email, contact_role FROM company_contact"
                                         " WHERE deleted_at IS NULL ORDER BY name, id");
const QString kOffers = QStringLiteral("SELECT id, company_id, kind, tasks, hours_per_week, demands, capacity, available_from"
                                       " FROM company_offer WHERE deleted_at IS NULL ORDER BY kind, id");

Company readCompany(const QSqlQuery& q)
{
    Company c;
    c.id = q.value(0).toString();
    c.cvr = q.value(1).toString();
    c.pNumber = q.value(2).toString();
    c.name = q.value(3).toString();
    c.address = q.value(4).toString();
    c.consultantId = q.value(5).toString();
    c.notes = q.value(6).toString();
    c.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return c;
}

CompanyContact readContact(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

std::optional<CompanyOffer> readOffer(const QSqlQuery& q)
{
    const auto kind = PlacementKinds::fromCode(q.value(2).toString());
    if (!kind) {
        return std::nullopt; // a kind from a newer version: not shown here
    }
    CompanyOffer o;
    o.id = q.value(0).toString();
    o.companyId = q.value(1).toString();
    o.kind = *kind;
    o.tasks = q.value(3).toString();
    o.hoursPerWeek = q.value(4).toDouble();
    o.demands = q.value(5).toString();
    o.capacity = q.value(6).isNull() ? 1 : q.value(6).toInt();
    o.availableFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    return o;
}

QVariantMap offerValues(const CompanyOffer& o)
{
    return {{QStringLiteral("company_id"), o.companyId},
            {QStringLiteral("kind"), PlacementKinds::code(o.kind)},
            {QStringLiteral("tasks"), o.tasks.trimmed()},
            {QStringLiteral("hours_per_week"), o.hoursPerWeek > 0 ? QVariant(o.hoursPerWeek) : QVariant()},
            {QStringLiteral("demands"), o.demands.trimmed()},
            {QStringLiteral("capacity"), o.capacity},
            {QStringLiteral("available_from"), o.availableFrom.isValid() ? QVariant(o.availableFrom) : QVariant()}};
}
} // namespace

QString CompanyRepository::offerProblem(const CompanyOffer& o)
{
    if (o.hoursPerWeek < 0 || o.hoursPerWeek > 60) {
        return tr("The hours per week of an offer must lie between 0 and 60.");
    }
    if (o.capacity < 1 || o.capacity > 100) {
        return tr("How many the company can take at once must lie between 1 and 100.");
    }
    return {};
}

Result<QVector<Company>> CompanyRepository::read(const QString& where, const QVariantList& binds) const
{
    auto companies = select<Company>(m_db, kCompany + where, binds, readCompany);
    if (!companies) {
        return Error{companies.error()};
    }
    if (companies->isEmpty()) {
        return companies;
    }
    auto contacts = select<CompanyContact>(m_db, kContacts, {}, readContact);
    auto offers = select<CompanyOffer>(m_db, kOffers, {}, readOffer);
    if (!contacts || !offers) {
        return Error{!contacts ? contacts.error() : offers.error()};
    }
    QHash<QString, int> index;
    for (int i = 0; i < companies->size(); ++i) {
        index.insert((*companies)[i].id, i);
    }
    for (const auto& c : std::as_const(*contacts)) {
        if (auto it = index.constFind(c.companyId); it != index.constEnd()) {
            (*companies)[*it].contacts.append(c);
        }
    }
    for (const auto& o : std::as_const(*offers)) {
        if (auto it = index.constFind(o.companyId); it != index.constEnd()) {
            (*companies)[*it].offers.append(o);
        }
    }
    return companies;
}

Result<std::optional<Company>> CompanyRepository::get(const QString& id) const
{
    auto found = read(QStringLiteral(" AND id = ?"), {id});
    if (!found) {
        return Error{found.error()};
    }
    return found->isEmpty() ? std::optional<Company>{} : std::optional<Company>{found->first()};
}

Result<std::optional<Company>> CompanyRepository::byCvr(const QString& cvrDigits) const
{
    auto found = read(QStringLiteral(" AND cvr = ? ORDER BY created_at, id"), {cvrDigits});
    if (!found) {
        return Error{found.error()};
    }
    return found->isEmpty() ? std::optional<Company>{} : std::optional<Company>{found->first()};
}

Result<QVector<Company>> CompanyRepository::search(const QString& query) const
{
    auto all = read(QStringLiteral(" ORDER BY name COLLATE NOCASE, id"), {});
    if (!all) {
        return all;
    }
    const QStringList words = query.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return all;
    }
    QVector<Company> out;
    for (const Company& c : std::as_const(*all)) {
        QString text = c.name + QLatin1Char(' ') + c.cvr + QLatin1Char(' ') + Cvr::format(c.cvr) + QLatin1Char(' ') + c.address;
        for (const auto& p : c.contacts) {
            text += QLatin1Char(' ') + p.name;
        }
        text = text.toLower();
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return text.contains(w); })) {
            out.append(c);
        }
    }
    return out;
}

Result<QHash<QString, QString>> CompanyRepository::idsByCvr() const
{
    auto rows = select<QPair<QString, QString>>(
        m_db, QStringLiteral("SELECT cvr, id FROM company WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC"), {},
        [](const QSqlQuery& q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!rows) {
        return Error{rows.error()};
    }
    QHash<QString, QString> out;
    for (const auto& [cvr, id] : std::as_const(*rows)) {
        out.insert(cvr, id); // the oldest last, so it wins
    }
    return out;
}

Result<QString> CompanyRepository::writeCompanyRow(const QString& id, const QVariantMap& values)
{
    const QString rowId = id.isEmpty() ? newUuid() : id;
    QVariantMap v = values;
    if (id.isEmpty()) {
        v.insert(QStringLiteral("created_at"), m_db.clock().now());
        auto w = m_db.insertNew(QStringLiteral("company"), rowId, v);
        if (!w) {
            return Error{w.error()};
        }
    } else if (auto w = m_db.write(QStringLiteral("company"), rowId, v); !w) {
        return Error{w.error()};
    }
    return rowId;
}

Result<QString> CompanyRepository::writeContact(const CompanyContact& c)
{
    const QString rowId = c.id.isEmpty() ? newUuid() : c.id;
    auto w = m_db.write(QStringLiteral("company_contact"), rowId,
                        {{QStringLiteral("company_id"), c.companyId},
                         {QStringLiteral("name"), c.name.trimmed()},
                         {QStringLiteral("phone"), c.phone.trimmed()},
                         {QStringLiteral("email"), c.email.trimmed()},
                         {QStringLiteral("contact_role"), c.role.trimmed()}});
    if (!w) {
        return Error{w.error()};
    }
    return rowId;
}

Status CompanyRepository::writeContacts(const Company& company, const QVector<CompanyContact>& before)
{
    QSet<QString> kept;
    for (CompanyContact c : company.contacts) {
        if (c.name.trimmed().isEmpty()) {
            return fail(tr("Every contact person needs a name."));
        }
        c.companyId = company.id;
        auto id = writeContact(c);
        if (!id) {
            return Error{id.error()};
        }
        kept.insert(*id);
    }
    for (const auto& old : before) {
        if (!kept.contains(old.id)) {
            if (auto s = m_db.softDelete(QStringLiteral("company_contact"), old.id); !s) {
                return s;
            }
        }
    }
    return {};
}

Status CompanyRepository::writeOffers(const Company& company, const QVector<CompanyOffer>& before)
{
    QSet<QString> kept;
    for (CompanyOffer o : company.offers) {
        if (const QString problem = offerProblem(o); !problem.isEmpty()) {
            return fail(problem);
        }
        o.companyId = company.id;
        const QString id = o.id.isEmpty() ? newUuid() : o.id;
        if (auto w = m_db.write(QStringLiteral("company_offer"), id, offerValues(o)); !w) {
            return Error{w.error()};
        }
        kept.insert(id);
    }
    for (const auto& old : before) {
        if (!kept.contains(old.id)) {
            if (auto s = m_db.softDelete(QStringLiteral("company_offer"), old.id); !s) {
                return s;
            }
        }
    }
    return {};
}

Result<Company> CompanyRepository::save(Company c)
{
    if (auto allowed = m_db.require(Capability::WriteCitizens); !allowed) {
        return Error{allowed.error()};
    }
    auto cvr = Cvr::parse(c.cvr);
    if (!cvr) {
        return Error{cvr.error()};
    }
    c.cvr = *cvr;
    c.name = c.name.simplified();
    if (c.name.isEmpty()) {
        return fail(tr("Enter the company's name."));
    }
    auto same = byCvr(c.cvr);
    if (!same) {
        return Error{same.error()};
    }
    if (*same && (*same)->id != c.id) {
        return fail(tr("The CVR number %1 is already registered for %2.").arg(Cvr::format(c.cvr), (*same)->name));
    }
    QVector<CompanyContact> contactsBefore;
    QVector<CompanyOffer> offersBefore;
    if (!c.id.isEmpty()) {
        auto existing = get(c.id);
        if (!existing) {
            return Error{existing.error()};
        }
        if (!*existing) {
            return fail(tr("The company no longer exists; it may have been removed on another PC."));
        }
        contactsBefore = (*existing)->contacts;
        offersBefore = (*existing)->offers;
    }
    auto tx = m_db.transaction();
    auto id = writeCompanyRow(c.id, {{QStringLiteral("cvr"), c.cvr},
                                     {QStringLiteral("p_number"), c.pNumber.trimmed()},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("address"), c.address.trimmed()},
                                     {QStringLiteral("consultant_id"), c.consultantId},
                                     {QStringLiteral("notes"), c.notes.trimmed()}});
    if (!id) {
        return Error{id.error()};
    }
    c.id = *id;
    if (auto s = writeContacts(c, contactsBefore); !s) {
        return Error{s.error()};
    }
    if (auto s = writeOffers(c, offersBefore); !s) {
        return Error{s.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    auto saved = get(c.id);
    if (!saved || !*saved) {
        return fail(tr("The company was saved but could not be read back."));
    }
    return **saved;
}

Status CompanyRepository::remove(const QString& id)
{
    if (auto allowed = m_db.require(Capability::WriteCitizens); !allowed) {
        return allowed;
    }
    auto existing = get(id);
    if (!existing) {
        return Error{existing.error()};
    }
    if (!*existing) {
        return fail(tr("The company no longer exists."));
    }
    auto tx = m_db.transaction();
    for (const auto& c : (*existing)->contacts) {
        if (auto s = m_db.softDelete(QStringLiteral("company_contact"), c.id); !s) {
            return s;
        }
    }
    for (const auto& o : (*existing)->offers) {
        if (auto s = m_db.softDelete(QStringLiteral("company_offer"), o.id); !s) {
            return s;
        }
    }
    if (auto s = m_db.softDelete(QStringLiteral("company"), id); !s) {
        return s;
    }
    return tx.commit();
}

QVector<CheckFinding> CompanyRepository::check() const
{
    using S = CheckFinding::Severity;
    QVector<CheckFinding> out;
    const auto count = [this](const QString& sql) { return valueOrWarn(selectNumber(m_db, sql), "CompanyRepository::check", qint64(-1)); };
    const qint64 twice = count(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT cvr FROM company WHERE deleted_at IS NULL GROUP BY cvr HAVING COUNT(*) > 1)"));
    const qint64 noCitizen = count(QStringLiteral(
        "SELECT COUNT(*) FROM placement p WHERE p.deleted_at IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM citizen c WHERE c.id = p.citizen_id AND c.deleted_at IS NULL)"));
    const qint64 noCompany = count(QStringLiteral(
        "SELECT COUNT(*) FROM placement p WHERE p.deleted_at IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM company c WHERE c.id = p.company_id)"));
    const qint64 orphans = count(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM company_offer o WHERE o.deleted_at IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM company c WHERE c.id = o.company_id AND c.deleted_at IS NULL))"
        " + (SELECT COUNT(*) FROM company_contact k WHERE k.deleted_at IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM company c WHERE c.id = k.company_id AND c.deleted_at IS NULL))"));
    if (twice < 0 || noCitizen < 0 || noCompany < 0 || orphans < 0) {
        out.append(ConsistencyCheck::couldNotRun());
        return out;
    }
    if (twice > 0) {
        out.append({S::Warning, tr("%1 CVR numbers are registered for more than one company (created on two PCs before "
                                   "they synced); keep one of each under Team ▸ Companies.")
                                    .arg(twice)});
    }
    if (noCitizen > 0) {
        out.append({S::Error, tr("%1 placements belong to a citizen who does not exist.").arg(noCitizen)});
    }
    if (noCompany > 0) {
        out.append({S::Error, tr("%1 placements are at a company that does not exist.").arg(noCompany)});
    }
    if (orphans > 0) {
        out.append({S::Warning, tr("%1 offers or contact persons belong to a company that does not exist.").arg(orphans)});
    }
    return out;
}

} // namespace samspil
