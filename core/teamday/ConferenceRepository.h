#pragma once

#include "core/storage/Database.h"
#include "core/teamday/Conference.h"

#include <optional>

namespace samspil {

class ConferenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceRepository)
public:
    explicit ConferenceRepository(Database& db)
        : m_db(db)
    {
    }

    /// Saves a conference that is not concluded yet (new when `c.id` is empty).
    Result<Conference> save(Conference c);
    /// Concludes the conference: checks goal, tracks, participants, and in the same transaction
    /// creates the draft intervention plan (PlanDrafts). If the plan cannot be created, nothing
    /// is concluded and its message is returned.
    /// Concluded now, or at `at` when given: on or after the day it was held, not in the future.
    Result<Conference> conclude(const QString& id, const QString& byStaffId, const QDateTime& at = {});

    std::optional<Conference> get(const QString& id) const;
    QVector<Conference> forCitizen(const QString& citizenId) const;
    QVector<Conference> all() const;
    /// Problems that stop a conference from being concluded.
    QStringList problems(const Conference& c) const;

    /// Conferences of a missing citizen; -1 when they cannot be counted.
    int countWithMissingReferences() const;

private:
    /// The live conferences that match `where` (" AND …", then an order); a failed read is an error.
    Result<QVector<Conference>> read(const QString& where, const QVariantList& binds) const;
    /// The live conference with this id; nothing when there is none, an error when the read failed.
    Result<std::optional<Conference>> find(const QString& id) const;
    /// read() for functions that return a plain list: a failed read is a warning in the log and no conferences.
    QVector<Conference> query(const QString& where, const QVariantList& binds, const char* caller) const;
    Database& m_db;
};

} // namespace samspil
