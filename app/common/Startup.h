#pragma once

#include <QCoreApplication>
#include <QString>

namespace samspil {

/// "da" or "en": the override when given, else Danish on a Danish system and English elsewhere.
QString chooseLanguage(const QString& override);

/// Loads Samspil's translation and Qt's own for the language, sets the default locale (Danish
/// dates as 22-11-2026) and tells core which language catalogues use.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace samspil
