#pragma once

#include "core/storage/Database.h"

#include <QJsonObject>

namespace samspil {

struct CheckFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString message;
};

/// SQLite's own integrity and foreign-key checks, then Samspil's: references between replicated
/// rows, codes outside the catalogues, CPR numbers that no longer validate, duplicates that sync
/// can produce (two sites creating the same citizen). Messages never contain personal data.
class ConsistencyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)
public:
    using Extra = std::function<QVector<CheckFinding>(Database&)>;
    static QVector<CheckFinding> run(Database& db);
    /// Later modules add their own checks here.
    static void registerCheck(Extra check);
    static bool sound(const QVector<CheckFinding>& findings);
    static QJsonObject toJson(const QVector<CheckFinding>& findings);
    /// The finding (an error) for a check that could not run because its query failed; the
    /// query's error goes to the log, not into the message.
    static CheckFinding couldNotRun();
    /// A count for a check (the first column of the first row), or -1 when the query fails
    /// (the error goes to the log; the check reports couldNotRun()).
    static int count(Database& db, const QString& sql);
};

} // namespace samspil
