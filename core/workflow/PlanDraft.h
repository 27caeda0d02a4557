#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace samspil {

class Database;

/// What the tværfaglig konference hands to the indsatsplan when it is concluded: the overall
/// employment goal, the chosen tracks and the draft goals. The conference module calls
/// PlanDrafts::create() inside its own transaction; the plan module installs the creator, so
/// neither depends on the other.
struct PlanDraftRequest
{
    QString citizenId;
    QString conferenceId;
    QString caseworkerId;    ///< staff id of the coordinating caseworker (may be empty)
    QString employmentGoal;  ///< beskæftigelsesmål, free text
    QStringList tracks;      ///< track codes (core/plan/Tracks.h)
    QStringList draftGoals;  ///< intervention goals as drafted at the conference
};

class PlanDrafts
{
public:
    /// Creates the draft plan and returns its id. Called inside the caller's transaction.
    using Creator = std::function<Result<QString>(Database& db, const PlanDraftRequest& request)>;
    static void setCreator(Creator creator);
    static bool available();
    /// Fails with a message for the user when no plan module is installed.
    static Result<QString> create(Database& db, const PlanDraftRequest& request);
};

} // namespace samspil
