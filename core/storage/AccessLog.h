#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace samspil {

class Database;

/// Who opened, printed, exported or changed a citizen's record, and when (DESIGN.md 1.8, data
/// protection). Append-only and replicated: every PC of the team sees every access. Changes are
/// written by the Database itself (the change audit, see Database::AuditPause); the others by
/// the windows and commands that open, print or export.
class AccessLog
{
    Q_DECLARE_TR_FUNCTIONS(AccessLog)
public:
    enum class Action { Open, Print, Export, Change };

    struct Entry
    {
        QString id;
        QDateTime at;
        QString staffId; ///< empty when nobody had said who they are
        Action action = Action::Open;
        QString citizenId;
        /// What was opened or made ("page", "plan-pdf", …), never the content; for a change:
        /// "new", "changed" or "deleted".
        QString detail;
        QString recordTable; ///< a change: the kind of record (its table)
        QString recordId;    ///< a change: which record
        QStringList fields;  ///< a change: the names of the fields changed, never their values
    };

    /// What a print or export was of (the stored `detail`).
    static inline const QString kPage = QStringLiteral("page");
    static inline const QString kPlanPrint = QStringLiteral("plan-print");
    static inline const QString kPlanPdf = QStringLiteral("plan-pdf");
    static inline const QString kDayView = QStringLiteral("day-view");
    static inline const QString kCitizenExport = QStringLiteral("citizen-export");
    static inline const QString kFullExport = QStringLiteral("full-export");
    /// The agreement of a placement at a company, printed or saved as PDF (issue 19).
    static inline const QString kPlacementPrint = QStringLiteral("placement-agreement-print");
    static inline const QString kPlacementPdf = QStringLiteral("placement-agreement-pdf");
    /// Read on the command line (samspil-cli); the detail is "cli:" and the command's name.
    static inline const QString kCommandLine = QStringLiteral("cli:");

    explicit AccessLog(Database& db)
        : m_db(db)
    {
    }

    /// Records an access by the database's current user (Database::actor()), now.
    Status record(Action action, const QString& citizenId, const QString& detail = {});
    /// The same access for each of several citizens (a printed list names several), in one transaction.
    Status recordEach(Action action, const QStringList& citizenIds, const QString& detail);

    /// Newest first; `only` keeps one kind of action.
    QVector<Entry> forCitizen(const QString& citizenId, std::optional<Action> only = std::nullopt) const;
    QVector<Entry> byStaff(const QString& staffId, std::optional<Action> only = std::nullopt) const;

    static QString code(Action a);
    static std::optional<Action> fromCode(const QString& code);
    static const QVector<Action>& actions();
    /// The user's words: "Åbnet", "Udskrevet", "Eksporteret", "Ændret".
    static QString label(Action a);
    /// What an entry was about, in the user's words: "Borgerens side", "Indsatsplan som PDF",
    /// "Mål i indsatsplanen ændret: tekst, succeskriterium".
    static QString describe(const Entry& e);
    /// A kind of record (a table) in the user's words.
    static QString recordLabel(const QString& table);
    /// A changed field in the user's words ("employment_goal" → "employment goal"); empty for a
    /// column it does not know.
    static QString fieldLabel(const QString& column);

private:
    QVector<Entry> query(const QString& column, const QString& value, std::optional<Action> only) const;

    Database& m_db;
};

} // namespace samspil
