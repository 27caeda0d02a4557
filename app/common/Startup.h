#pragma once

#include <QCoreApplication>
#include <QString>

namespace samspil {

/// "da" or "en": the override when given, else Danish on a Danish system and English elsewhere.
QString chooseLanguage(const QString& override);

/// Loads Samspil's translation and Qt's own for the language, sets the default locale (Danish
/// dates as 22-11-2026) and tells core which language catalogues use.
void installTranslations(QCoreApplication& app, const QString& language);

/// Every file the program creates from here on (exports, settings, temporary files) is readable
/// by its owner only (umask 077 on Linux; on Windows files inherit the user profile's access list).
void restrictNewFilesToOwner();

} // namespace samspil
