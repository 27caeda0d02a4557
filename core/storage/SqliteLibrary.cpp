#include "Database.h"

#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

// Database uses the raw sqlite3 handle of Qt's QSQLITE connection with the sqlite3_* functions
// of the SQLite library Samspil is linked with. That is only sound when Qt's driver runs on that
// same library; a driver built with its own copy of SQLite hands out a handle of another library.
// open() checks it before anything uses the handle.

namespace samspil {

namespace {

QString canonicalFile(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

Database::SqliteLibraries Database::sqliteLibraries() const
{
    SqliteLibraries libs;
    libs.linkedVersion = QString::fromUtf8(sqlite3_libversion());
    libs.linkedSourceId = QString::fromUtf8(sqlite3_sourceid());
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && q.next()) {
        libs.driverVersion = q.value(0).toString();
        libs.driverSourceId = q.value(1).toString();
    } else {
        qWarning("Samspil could not ask Qt's SQLite driver for its version: %s",
                 qPrintable(q.lastError().text()));
    }
    q.finish();
    libs.openedFile = canonicalFile(m_path);
    // Only a handle of a library of the same build may be handed to our functions at all.
    if (libs.linkedVersion != libs.driverVersion || libs.linkedSourceId != libs.driverSourceId) {
        return libs;
    }
    sqlite3* h = handle();
    libs.hasHandle = h != nullptr;
    if (h) {
        const char* file = sqlite3_db_filename(h, "main");
        libs.handleFile = file && *file ? canonicalFile(QString::fromUtf8(file)) : QString();
    }
    return libs;
}

Status Database::sameSqliteLibrary(const SqliteLibraries& libs)
{
    const bool same = !libs.linkedVersion.isEmpty() && libs.linkedVersion == libs.driverVersion
                      && libs.linkedSourceId == libs.driverSourceId && libs.hasHandle
                      && !libs.openedFile.isEmpty() && libs.handleFile == libs.openedFile;
    if (same) {
        return {};
    }
    // The versions tell the two apart for a person; when they agree, the builds' source ids do.
    const bool sameVersion = libs.linkedVersion == libs.driverVersion;
    const QString ours = sameVersion ? libs.linkedSourceId : libs.linkedVersion;
    QString theirs = sameVersion ? libs.driverSourceId : libs.driverVersion;
    if (theirs.isEmpty()) {
        theirs = QStringLiteral("?");
    }
    return fail(tr("Samspil was built against another SQLite library than Qt's database driver uses (%1 and %2). "
                   "Install Qt's SQLite driver built against the system SQLite.")
                    .arg(ours, theirs));
}

Status Database::checkSqliteLibrary()
{
    return sameSqliteLibrary(sqliteLibraries());
}

} // namespace samspil
