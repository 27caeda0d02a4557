// Who is acting on a database and what SQLite lets them touch (Database::setPrincipal).
#include "Database.h"

#include <sqlite3.h>

#include <cstring>

namespace samspil {

namespace {

/// What an account that may not read citizens' records can still read: who the staff are (to
/// say which leader can add it), the local settings and SQLite's own catalogue.
bool readableByAnyone(const char* table)
{
    if (!table) {
        return true;
    }
    static const char* const kOpen[] = {"staff", "staff_account", "local_meta", "site", "sqlite_schema",
                                        "sqlite_master", "sqlite_temp_master", "sqlite_temp_schema",
                                        "sqlite_sequence", "pragma_table_info"};
    for (const char* open : kOpen) {
        if (std::strcmp(table, open) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

void Database::setPrincipal(const Principal& principal)
{
    m_principal = principal;
    installAuthorizer(); // also expires every prepared statement, so each is checked again
}

void Database::installAuthorizer()
{
    if (sqlite3* h = handle()) {
        sqlite3_set_authorizer(h, &Database::authorize, this);
    }
}

int Database::authorize(void* self, int action, const char* a, const char*, const char*, const char*)
{
    const Principal& p = static_cast<Database*>(self)->m_principal;
    if (p.can(Capability::ReadCitizens)) {
        return SQLITE_OK; // the finer rules (consent, roles) are the repositories' and write()'s
    }
    switch (action) {
    case SQLITE_READ:
        return readableByAnyone(a) ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        // Nobody's account changes nothing but this PC's own settings (and SQLite's catalogue).
        return (a && (std::strcmp(a, "local_meta") == 0 || std::strncmp(a, "sqlite_", 7) == 0)) ? SQLITE_OK
                                                                                               : SQLITE_DENY;
    default:
        return SQLITE_OK;
    }
}

Status Database::require(Capability capability) const
{
    if (m_principal.can(capability)) {
        return {};
    }
    if (m_principal.staffId.isEmpty()) {
        return fail(tr("The account %1 is not a Samspil user in this database, so it cannot %2.")
                        .arg(m_principal.account, describe(capability)));
    }
    return fail(tr("Your role does not allow you to %1.").arg(describe(capability)));
}

QString Database::describe(Capability capability)
{
    switch (capability) {
    case Capability::ReadCitizens:
        return tr("see citizens' records");
    case Capability::WriteCitizens:
        return tr("change citizens' records");
    case Capability::WriteNotes:
        return tr("write professional notes");
    case Capability::ManageStaff:
        return tr("manage staff and their accounts");
    case Capability::Erase:
        return tr("erase citizens or run the retention rules");
    case Capability::ExportAll:
        return tr("export the whole database");
    case Capability::ReadAudit:
        return tr("read the team's access log");
    case Capability::Statistics:
        return tr("see the team's figures");
    case Capability::Sync:
        return tr("synchronise with the shared drive");
    }
    return {};
}

} // namespace samspil
