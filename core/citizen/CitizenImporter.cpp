#include "CitizenImporter.h"
#include "core/util/Dates.h"

#include "core/citizen/Citizen.h"
#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Uuid.h"

#include <QJsonArray>

namespace samspil {

QJsonObject ImportReport::toJson() const
{
    QJsonArray rej;
    for (const auto& r : rejected) {
        rej.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    }
    QJsonArray warn;
    for (const auto& w : warnings) {
        warn.append(QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("warning"), w.warning}});
    }
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("rejected"), rej},
            {QStringLiteral("warnings"), warn}};
}

QByteArray ImportReport::toCsv() const
{
    auto quote = [](QString s) { return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    QString out = QStringLiteral("\uFEFF") + CitizenImporter::tr("line") + QLatin1Char(';') + CitizenImporter::tr("kind")
                  + QLatin1Char(';') + CitizenImporter::tr("message") + QStringLiteral("\r\n");
    for (const auto& r : rejected) {
        out += QString::number(r.line) + QLatin1Char(';') + quote(CitizenImporter::tr("rejected")) + QLatin1Char(';')
               + quote(r.reason) + QStringLiteral("\r\n");
    }
    for (const auto& w : warnings) {
        out += QString::number(w.line) + QLatin1Char(';') + quote(CitizenImporter::tr("warning")) + QLatin1Char(';')
               + quote(w.warning) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Result<ImportReport> CitizenImporter::importFile(const QString& path, const Progress& progress)
{
    auto table = CsvReader::readFile(path);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(table.value(), progress);
}

Result<ImportReport> CitizenImporter::importData(const QByteArray& data, const Progress& progress)
{
    auto table = CsvReader::read(data);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(table.value(), progress);
}

namespace {

/// The columns of an import file (-1: absent).
struct Columns
{
    int cpr, name, benefit, start, caseworker, phone, email, target;

    explicit Columns(const CsvTable& table)
        : cpr(table.column(QStringLiteral("cpr")))
        , name(table.column(QStringLiteral("name")))
        , benefit(table.column(QStringLiteral("benefit")))
        , start(table.column(QStringLiteral("benefit_start")))
        , caseworker(table.column(QStringLiteral("caseworker")))
        , phone(table.column(QStringLiteral("phone")))
        , email(table.column(QStringLiteral("email")))
        , target(table.column(QStringLiteral("target_group")))
    {
    }

    Status checkRequired() const
    {
        QStringList missing;
        const QList<QPair<int, QString>> required = {{cpr, QStringLiteral("cpr")},
                                                     {name, QStringLiteral("name")},
                                                     {benefit, QStringLiteral("benefit")},
                                                     {start, QStringLiteral("benefit_start")},
                                                     {caseworker, QStringLiteral("caseworker")}};
        for (const auto& [index, column] : required) {
            if (index < 0) {
                missing << column;
            }
        }
        if (!missing.isEmpty()) {
            return fail(CitizenImporter::tr("The header row lacks the column(s) %1. Expected: cpr, name, benefit, "
                                            "benefit_start, caseworker, and optionally phone, email, target_group.")
                            .arg(missing.join(QLatin1String(", "))));
        }
        return {};
    }
};

/// What the import knows before it reads the rows, and what it has seen of the file so far.
struct ImportContext
{
    const BenefitCatalogue& catalogue;
    QDate today;
    QHash<QString, QString> staffByInitials;
    QHash<QString, QString> citizenByCpr;
    QHash<QString, int> seenInFile; ///< CPR digits -> line
};

/// One row read and checked: the citizen's fields to write, and the warnings about it.
struct ImportRow
{
    QString cprDigits;
    QString existing; ///< the citizen with that CPR number, if any
    QVariantMap values;
    QStringList warnings;
};

QString fieldOf(const CsvTable::Record& record, int index)
{
    return index >= 0 && index < record.fields.size() ? record.fields[index].trimmed() : QString();
}

/// The optional fields (phone, e-mail, target group), each left out with a warning when it is
/// not plausible.
void addOptionalFields(const CsvTable::Record& record, const Columns& c, const BenefitCatalogue& catalogue,
                       ImportRow& row)
{
    const QString phone = fieldOf(record, c.phone);
    if (!phone.isEmpty()) {
        if (CitizenRules::plausiblePhone(phone)) {
            row.values.insert(QStringLiteral("phone"), phone);
        } else {
            row.warnings << CitizenImporter::tr("“%1” does not look like a phone number; it was left out.").arg(phone);
        }
    }
    const QString email = fieldOf(record, c.email);
    if (!email.isEmpty()) {
        if (CitizenRules::plausibleEmail(email)) {
            row.values.insert(QStringLiteral("email"), email);
        } else {
            row.warnings << CitizenImporter::tr("“%1” does not look like an e-mail address; it was left out.").arg(email);
        }
    }
    const QString target = fieldOf(record, c.target);
    if (!target.isEmpty()) {
        auto group = catalogue.resolveTargetGroup(target);
        if (group) {
            row.values.insert(QStringLiteral("target_group"), group->code);
        } else {
            row.warnings << group.error();
        }
    }
}

/// The caseworker named by initials, or a warning when nobody on the staff has them.
QString caseworkerOf(const QString& initials, const ImportContext& ctx, bool existing, QStringList& warnings)
{
    if (initials.isEmpty()) {
        return {};
    }
    const QString id = ctx.staffByInitials.value(initials.toUpper());
    if (id.isEmpty()) {
        warnings << (!existing ? CitizenImporter::tr("No staff member has the initials %1; the citizen was imported "
                                                     "without a caseworker.")
                                     .arg(initials)
                               : CitizenImporter::tr("No staff member has the initials %1; the citizen keeps the "
                                                     "current caseworker.")
                                     .arg(initials));
    }
    return id;
}

/// Reads one record: the row to write, or why it is rejected.
Result<ImportRow> readRow(const CsvTable::Record& record, const Columns& c, int expectedFields, ImportContext& ctx)
{
    if (record.fields.size() != expectedFields) {
        return fail(CitizenImporter::tr("The row has %1 fields; the header has %2.").arg(record.fields.size()).arg(expectedFields));
    }
    auto cpr = Cpr::parse(fieldOf(record, c.cpr), ctx.today);
    if (!cpr) {
        return Error{cpr.error()};
    }
    if (auto it = ctx.seenInFile.constFind(cpr->digits); it != ctx.seenInFile.constEnd()) {
        return fail(CitizenImporter::tr("CPR number %1 already appeared on line %2; only the first row counts.")
                        .arg(cpr->formatted())
                        .arg(*it));
    }
    const QString name = fieldOf(record, c.name);
    if (name.isEmpty()) {
        return fail(CitizenImporter::tr("The name is missing."));
    }
    auto benefit = ctx.catalogue.resolveBenefit(fieldOf(record, c.benefit));
    if (!benefit) {
        return Error{benefit.error()};
    }
    const QDate start = CsvReader::parseDate(fieldOf(record, c.start));
    if (!start.isValid()) {
        return fail(CitizenImporter::tr("“%1” is not a date; write YYYY-MM-DD or DD-MM-YYYY.").arg(fieldOf(record, c.start)));
    }
    if (start < cpr->birthDate) {
        return fail(CitizenImporter::tr("The benefit cannot start before the citizen was born."));
    }
    ctx.seenInFile.insert(cpr->digits, record.line);

    ImportRow row;
    row.cprDigits = cpr->digits;
    row.existing = ctx.citizenByCpr.value(cpr->digits);
    row.warnings = cpr->warnings;
    if (!benefit->warning.isEmpty()) {
        row.warnings << benefit->warning;
    }
    if (start > ctx.today) {
        row.warnings << CitizenImporter::tr("The benefit starts in the future (%1).").arg(formatDate(start));
    }
    const QString caseworkerId =
        caseworkerOf(fieldOf(record, c.caseworker), ctx, !row.existing.isEmpty(), row.warnings);
    row.values = {{QStringLiteral("cpr"), cpr->digits},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("benefit"), benefit->code},
                  {QStringLiteral("benefit_start"), start}};
    if (!caseworkerId.isEmpty()) {
        row.values.insert(QStringLiteral("caseworker_id"), caseworkerId);
    }
    addOptionalFields(record, c, ctx.catalogue, row);
    return row;
}

/// Writes a row that was read: an update of the citizen with that CPR number, or a new citizen.
Status storeRow(Database& db, ImportRow& row, QHash<QString, QString>& citizenByCpr, ImportReport& report)
{
    if (!row.existing.isEmpty()) {
        auto r = db.write(QStringLiteral("citizen"), row.existing, row.values);
        if (!r) {
            return fail(CitizenImporter::tr("Nothing was imported: %1").arg(r.error()));
        }
        ++report.updated;
        return {};
    }
    const QString id = newUuid();
    row.values.insert(QStringLiteral("status"), CitizenRules::statusCode(CitizenStatus::Active));
    row.values.insert(QStringLiteral("created_at"), db.clock().now());
    auto r = db.insertNew(QStringLiteral("citizen"), id, row.values);
    if (!r) {
        return fail(CitizenImporter::tr("Nothing was imported: %1").arg(r.error()));
    }
    citizenByCpr.insert(row.cprDigits, id);
    ++report.imported;
    return {};
}

} // namespace

Result<ImportReport> CitizenImporter::importTable(const CsvTable& table, const Progress& progress)
{
    const Columns columns(table);
    if (auto s = columns.checkRequired(); !s) {
        return Error{s.error()};
    }

    ImportReport report;
    if (!table.encodingWarning.isEmpty()) {
        report.warnings.append({1, table.encodingWarning});
    }

    // Look-ups done once per file rather than once per row.
    ImportContext ctx{m_catalogue, m_db.clock().today(), StaffRepository(m_db).idsByInitials(),
                      CitizenRepository(m_db, m_catalogue).idsByCpr(), {}};
    const int total = int(table.records.size());
    const int expectedFields = int(table.header.size());

    Database::Transaction tx(m_db);
    if (!tx.active()) {
        return fail(tr("The database is busy; nothing was imported."));
    }
    int done = 0;
    for (const auto& record : table.records) {
        if (progress && (done % 500 == 0)) {
            progress(done, total);
        }
        ++done;
        auto row = readRow(record, columns, expectedFields, ctx);
        if (!row) {
            report.rejected.append({record.line, row.error()});
            continue;
        }
        if (auto s = storeRow(m_db, row.value(), ctx.citizenByCpr, report); !s) {
            return Error{s.error()};
        }
        for (const auto& w : std::as_const(row->warnings)) {
            report.warnings.append({record.line, w});
        }
    }
    if (auto s = tx.commit(); !s) {
        return fail(tr("Nothing was imported: %1").arg(s.error()));
    }
    if (progress) {
        progress(total, total);
    }
    return report;
}

} // namespace samspil
