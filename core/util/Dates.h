#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace samspil {

/// Dates as Danish users write them: 22-11-2026. One place, so every window, document and
/// message agrees.
inline QString formatDate(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

/// 22-11-2026 14:05 in local time.
inline QString formatDateTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

inline const QString& dateInputFormat()
{
    static const QString f = QStringLiteral("dd-MM-yyyy");
    return f;
}

} // namespace samspil
