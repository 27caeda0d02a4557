#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace samspil {

class Database;

/// Who opened, printed or exported a citizen's record, and when (DESIGN.md 1.8, data
/// protection). Append-only and replicated: every PC of the team sees every access.
class AccessLog
{
    Q_DECLARE_TR_FUNCTIONS(AccessLog)
public:
    enum class Action { Open, Print, Export };

    struct Entry
    {
        QString id;
        QDateTime at;
        QString staffId; ///< empty when nobody had said who they are
        Action action = Action::Open;
        QString citizenId;
        QString detail; ///< what was opened or made ("page", "plan PDF", …), never the content
    };

    explicit AccessLog(Database& db)
        : m_db(db)
    {
    }

    /// Records an access by the database's current user (Database::actor()), now.
    Status record(Action action, const QString& citizenId, const QString& detail = {});
    /// Newest first.
    QVector<Entry> forCitizen(const QString& citizenId) const;
    QVector<Entry> byStaff(const QString& staffId) const;

    static QString code(Action a);
    static std::optional<Action> fromCode(const QString& code);
    /// The user's words: "Åbnet", "Udskrevet", "Eksporteret".
    static QString label(Action a);

private:
    QVector<Entry> query(const QString& column, const QString& value) const;

    Database& m_db;
};

} // namespace samspil
