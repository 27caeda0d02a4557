#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVariant>

namespace samspil {

/// Appends a JSON string (UTF-8; quotes, backslashes and control characters escaped).
void appendJsonString(QByteArray& out, QStringView s);
/// The same from text that is UTF-8 already (a column read straight from SQLite).
void appendJsonUtf8(QByteArray& out, QByteArrayView utf8);
/// Appends a value as Schema::toJson() makes them: null, whole number, real or text; written as
/// QJsonDocument writes it.
void appendJsonValue(QByteArray& out, const QVariant& value);

/// Writes one flat JSON object straight to UTF-8 text, the form of a change-log entry's fields
/// ({"name":"Hans Jensen","hours_per_week":20}). Every row change writes one, so it is built
/// without QJsonObject's tree; what it writes is ordinary JSON that QJsonDocument reads back to
/// the same values. Keys are written in the order they are added.
class JsonObjectText
{
public:
    JsonObjectText() { m_text.reserve(256); }

    /// A value as Schema::toJson() makes them: null, whole number, real or text.
    void add(QStringView key, const QVariant& value);
    void addText(QStringView key, QStringView text);
    /// A nested object already written (by another JsonObjectText).
    void addObject(QStringView key, const QByteArray& objectText);

    bool isEmpty() const { return m_text.isEmpty(); }
    /// The object's text ("{}" when nothing was added).
    QByteArray text() const;

private:
    void key(QStringView key);

    QByteArray m_text;
};

} // namespace samspil
