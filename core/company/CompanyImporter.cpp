#include "CompanyImporter.h"

#include "core/citizen/Citizen.h"
#include "core/company/CompanyRepository.h"
#include "core/company/Cvr.h"

#include <QFileInfo>

namespace samspil {

namespace {

struct Columns
{
    int cvr, name, address, contact, phone, email;

    explicit Columns(const CsvTable& t)
        : cvr(t.column(QStringLiteral("cvr")))
        , name(t.column(QStringLiteral("name")))
        , address(t.column(QStringLiteral("address")))
        , contact(t.column(QStringLiteral("contact")))
        , phone(t.column(QStringLiteral("phone")))
        , email(t.column(QStringLiteral("email")))
    {
    }
};

QString fieldOf(const CsvTable::Record& r, int index)
{
    return index >= 0 && index < r.fields.size() ? r.fields[index].trimmed() : QString();
}

/// Text a spreadsheet would run as a formula, or with control characters: refused, since a
/// company's name or address never looks like that and the list goes back into Excel.
QString hostileField(const QString& value, const QString& column)
{
    if (value.size() > CompanyImporter::kMaxField) {
        return CompanyImporter::tr("The column %1 holds %2 characters; at most %3 are taken.")
            .arg(column)
            .arg(value.size())
            .arg(CompanyImporter::kMaxField);
    }
    for (const QChar c : value) {
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r'); // a cell on two lines in Excel
        if ((c.category() == QChar::Other_Control && !lineBreak) || c == QChar(0xFFFD)) {
            return CompanyImporter::tr("The column %1 holds control characters or bytes that are not text.").arg(column);
        }
    }
    static const QString formulaStart = QStringLiteral("=+-@");
    if (!value.isEmpty() && formulaStart.contains(value.front()) && column != QLatin1String("phone")) {
        return CompanyImporter::tr("The column %1 begins with “%2”, as a spreadsheet formula does; the row was not imported.")
            .arg(column, value.front());
    }
    return {};
}

struct Row
{
    QString cvr;
    QVariantMap company;
    CompanyContact contact;
    QStringList warnings;
};

Result<Row> readRow(const CsvTable::Record& r, const Columns& c, int expectedFields)
{
    if (r.fields.size() != expectedFields) {
        return fail(CompanyImporter::tr("The row has %1 fields; the header has %2.").arg(r.fields.size()).arg(expectedFields));
    }
    const QList<QPair<int, QString>> columns = {{c.cvr, QStringLiteral("cvr")},         {c.name, QStringLiteral("name")},
                                                {c.address, QStringLiteral("address")}, {c.contact, QStringLiteral("contact")},
                                                {c.phone, QStringLiteral("phone")},     {c.email, QStringLiteral("email")}};
    for (const auto& [index, column] : columns) {
        if (const QString problem = hostileField(fieldOf(r, index), column); !problem.isEmpty()) {
            return fail(problem);
        }
    }
    auto cvr = Cvr::parse(fieldOf(r, c.cvr));
    if (!cvr) {
        return Error{cvr.error()};
    }
    const QString name = fieldOf(r, c.name).simplified();
    if (name.isEmpty()) {
        return fail(CompanyImporter::tr("The company's name is missing."));
    }
    Row row;
    row.cvr = *cvr;
    row.company = {{QStringLiteral("cvr"), row.cvr}, {QStringLiteral("name"), name}};
    const QString address = fieldOf(r, c.address).simplified();
    if (!address.isEmpty()) {
        row.company.insert(QStringLiteral("address"), address);
    }
    row.contact.name = fieldOf(r, c.contact).simplified();
    const QString phone = fieldOf(r, c.phone);
    if (!phone.isEmpty()) {
        if (CitizenRules::plausiblePhone(phone)) {
            row.contact.phone = phone;
        } else {
            row.warnings << CompanyImporter::tr("“%1” does not look like a phone number; it was left out.").arg(phone);
        }
    }
    const QString email = fieldOf(r, c.email);
    if (!email.isEmpty()) {
        if (CitizenRules::plausibleEmail(email)) {
            row.contact.email = email;
        } else {
            row.warnings << CompanyImporter::tr("“%1” does not look like an e-mail address; it was left out.").arg(email);
        }
    }
    if (row.contact.name.isEmpty() && (!row.contact.phone.isEmpty() || !row.contact.email.isEmpty())) {
        row.warnings << CompanyImporter::tr("A phone number or e-mail address without a contact person was left out.");
        row.contact = {};
    }
    return row;
}

/// The contact person of that name at the company (case-insensitive), or a new one.
CompanyContact contactFor(const QVector<CompanyContact>& existing, const CompanyContact& incoming, const QString& companyId)
{
    for (const auto& c : existing) {
        if (c.name.compare(incoming.name, Qt::CaseInsensitive) == 0) {
            CompanyContact out = c;
            if (!incoming.phone.isEmpty()) {
                out.phone = incoming.phone;
            }
            if (!incoming.email.isEmpty()) {
                out.email = incoming.email;
            }
            return out;
        }
    }
    CompanyContact out = incoming;
    out.companyId = companyId;
    return out;
}

} // namespace

Result<ImportReport> CompanyImporter::importFile(const QString& path)
{
    if (QFileInfo(path).size() > 20 * 1024 * 1024) {
        return fail(tr("%1 is larger than 20 MB; that is not a list of companies.").arg(path));
    }
    auto table = CsvReader::readFile(path);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(*table);
}

Result<ImportReport> CompanyImporter::importData(const QByteArray& data)
{
    auto table = CsvReader::read(data);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(*table);
}

Result<ImportReport> CompanyImporter::importTable(const CsvTable& table)
{
    if (auto allowed = m_db.require(Capability::WriteCitizens); !allowed) {
        return Error{allowed.error()};
    }
    const Columns columns(table);
    if (columns.cvr < 0 || columns.name < 0) {
        return fail(tr("The header row (line 1) must name the columns cvr and name; optional: address, contact, phone, "
                       "email. Separate them with ;."));
    }
    CompanyRepository repo(m_db);
    auto known = repo.search();
    if (!known) {
        return Error{known.error()};
    }
    QHash<QString, Company> byCvr;
    for (const Company& c : std::as_const(*known)) {
        if (!byCvr.contains(c.cvr)) {
            byCvr.insert(c.cvr, c);
        }
    }
    ImportReport report;
    if (!table.encodingWarning.isEmpty()) {
        report.warnings.append({1, table.encodingWarning});
    }
    QHash<QString, int> seen;
    Database::Transaction tx(m_db);
    if (!tx.active()) {
        return fail(tr("The database is busy; nothing was imported."));
    }
    for (const auto& record : table.records) {
        auto row = readRow(record, columns, int(table.header.size()));
        if (!row) {
            report.rejected.append({record.line, row.error()});
            continue;
        }
        if (auto it = seen.constFind(row->cvr); it != seen.constEnd()) {
            report.rejected.append({record.line, tr("CVR number %1 already appeared on line %2; only the first row counts.")
                                                     .arg(Cvr::format(row->cvr))
                                                     .arg(*it)});
            continue;
        }
        seen.insert(row->cvr, record.line);
        const auto existing = byCvr.constFind(row->cvr);
        const bool update = existing != byCvr.constEnd();
        auto id = repo.writeCompanyRow(update ? existing->id : QString(), row->company);
        if (!id) {
            return fail(tr("Nothing was imported: %1").arg(id.error()));
        }
        if (!row->contact.name.isEmpty()) {
            const CompanyContact contact = contactFor(update ? existing->contacts : QVector<CompanyContact>{}, row->contact, *id);
            if (auto w = repo.writeContact(contact); !w) {
                return fail(tr("Nothing was imported: %1").arg(w.error()));
            }
        }
        ++(update ? report.updated : report.imported);
        for (const QString& w : std::as_const(row->warnings)) {
            report.warnings.append({record.line, w});
        }
    }
    if (auto s = tx.commit(); !s) {
        return fail(tr("Nothing was imported: %1").arg(s.error()));
    }
    return report;
}

} // namespace samspil
