#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace samspil::ui {

/// Where the desktop client keeps its own preferences (window layout, who am I, …). Core never
/// reads these; the UI passes the values in. Tests point it at a temporary file.
class Settings
{
public:
    /// The QSettings in use: the user's own, or the file given to useFile().
    static QSettings& store();
    /// Use an INI file instead of the user's settings (tests, portable use). Empty: back to default.
    static void useFile(const QString& path);
};

/// A typed settings key (as Tiled's Preference<T>): one place that names the key and its default.
template <typename T>
class Preference
{
public:
    Preference(QString key, T fallback = T())
        : m_key(std::move(key))
        , m_fallback(std::move(fallback))
    {
    }
    T get() const
    {
        const QVariant v = Settings::store().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_fallback;
    }
    void set(const T& value) const { Settings::store().setValue(m_key, QVariant::fromValue(value)); }
    void clear() const { Settings::store().remove(m_key); }
    bool isSet() const { return Settings::store().contains(m_key); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

/// Every key the desktop client uses.
namespace prefs {
inline const Preference<QByteArray> windowGeometry{QStringLiteral("window/geometry")};
inline const Preference<QByteArray> windowState{QStringLiteral("window/state")};
inline const Preference<QByteArray> caseloadHeader{QStringLiteral("caseload/header")};
/// The team's target number of active cases per caseworker.
inline const Preference<int> caseloadTarget{QStringLiteral("caseload/target"), 40};
/// Whether the user has answered the first-start question (empty or demo data).
inline const Preference<bool> firstStartDone{QStringLiteral("start/firstStartDone"), false};
inline const Preference<QString> lastImportFolder{QStringLiteral("import/lastFolder")};
/// The printed plan's header: the municipality, the department and how to reach it.
inline const Preference<QString> municipalityName{QStringLiteral("print/municipality"), QStringLiteral("Hjørring Kommune")};
inline const Preference<QString> departmentName{QStringLiteral("print/department"), QStringLiteral("Jobcenter Hjørring")};
inline const Preference<QString> departmentContact{QStringLiteral("print/contact")};
/// The tværfaglig konference: how long it lasts and within how many days of the talks it is proposed.
inline const Preference<int> conferenceMinutes{QStringLiteral("conference/minutes"), 30};
inline const Preference<int> conferenceWithinDays{QStringLiteral("conference/withinDays"), 2};
/// How many years a closed case is kept after it ended before it may be erased (passed to core's
/// Erasure as a plain number).
inline const Preference<int> retentionYears{QStringLiteral("dataProtection/retentionYears"), 5};
/// The folder the last citizen export went to.
inline const Preference<QString> lastExportFolder{QStringLiteral("dataProtection/lastExportFolder")};
} // namespace prefs

} // namespace samspil::ui
