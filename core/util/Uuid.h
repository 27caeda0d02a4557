#pragma once

#include <QString>
#include <QUuid>

namespace samspil {

/// A new random UUID as 36 lower-case characters, the form every row id takes.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline bool isUuid(const QString& s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

} // namespace samspil
