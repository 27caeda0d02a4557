#pragma once

#include <QString>
#include <QUuid>

namespace samspil {

/// A new random UUID as 36 lower-case characters, the form every row id takes.
QString newUuid();

inline bool isUuid(const QString& s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

/// For tests that must reproduce a run exactly (the sync convergence test: site ids decide ties):
/// from now on newUuid() draws from a generator seeded with `seed` instead of the system's
/// random source. Never called by the programs.
void seedUuidsForTesting(quint64 seed);

} // namespace samspil
