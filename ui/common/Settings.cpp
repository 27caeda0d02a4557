#include "Settings.h"

namespace samspil::ui {

namespace {
std::unique_ptr<QSettings>& instance()
{
    static std::unique_ptr<QSettings> s;
    return s;
}
} // namespace

QSettings& Settings::store()
{
    auto& s = instance();
    if (!s) {
        s = std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("Samspil"), QStringLiteral("Samspil"));
    }
    return *s;
}

void Settings::useFile(const QString& path)
{
    auto& s = instance();
    if (s) {
        s->sync();
    }
    s.reset();
    if (!path.isEmpty()) {
        s = std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
}

} // namespace samspil::ui
