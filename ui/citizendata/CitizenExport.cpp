#include "CitizenExport.h"

#include "core/citizen/CitizenExportDocument.h"
#include "core/citizen/Cpr.h"
#include "core/storage/AccessLog.h"
#include "core/storage/CitizenRecords.h"
#include "core/storage/Database.h"
#include "ui/citizendata/CitizenReport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace samspil::ui {

QString CitizenExport::baseName(const QString& cpr, const QDate& day)
{
    return tr("access-%1-%2").arg(Cpr::format(cpr), day.toString(Qt::ISODate));
}

Result<CitizenExport::Written> CitizenExport::write(Database& db, const QString& citizenId, const QString& folder)
{
    const QFileInfo dir(folder);
    if (folder.isEmpty() || !dir.isDir()) {
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    }
    std::optional<CitizenReport> report;
    const Status loaded = readForFullExport(db, [&]() -> Status {
        auto r = CitizenReport::load(db, citizenId);
        if (!r) {
            return Error{r.error()};
        }
        report = std::move(r).value();
        return {};
    });
    if (!loaded) {
        return Error{loaded.error()};
    }
    auto document = citizenExportDocument(db, citizenId);
    if (!document) {
        return Error{document.error()};
    }
    Written out;
    const QString base = QDir(folder).filePath(baseName(report->citizen().cpr, db.clock().today()));
    out.pdf = base + QStringLiteral(".pdf");
    out.json = base + QStringLiteral(".json");
    for (const QString& path : {out.pdf, out.json}) {
        if (QFileInfo::exists(path)) {
            return fail(tr("%1 already exists. Samspil does not overwrite it; choose another folder or move the file.")
                            .arg(QDir::toNativeSeparators(path)));
        }
    }
    const QJsonObject tables = document->value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        out.records += int(it.value().toArray().size());
    }
    QSaveFile json(out.json);
    const QByteArray bytes = QJsonDocument(document.value()).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() || !json.commit()) {
        return fail(tr("Samspil could not write %1: %2").arg(QDir::toNativeSeparators(out.json), json.errorString()));
    }
    auto pages = report->writePdf(out.pdf);
    if (!pages) {
        QFile::remove(out.json);
        return Error{pages.error()};
    }
    out.pages = pages.value();
    if (auto logged = AccessLog(db).record(AccessLog::Action::Export, citizenId, AccessLog::kCitizenExport); !logged) {
        QFile::remove(out.json);
        QFile::remove(out.pdf);
        return Error{logged.error()};
    }
    return out;
}

} // namespace samspil::ui
