#include "JsonText.h"

#include <QLocale>

#include <cmath>

namespace samspil {

void appendJsonString(QByteArray& out, QStringView s)
{
    appendJsonUtf8(out, s.toUtf8());
}

void appendJsonUtf8(QByteArray& out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char* data = utf8.data();
    // Runs that need no escape go in whole; only quotes, backslashes and control characters are
    // written one at a time.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = data[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    out.append(data + run, utf8.size() - run);
    out += '"';
}

void appendJsonValue(QByteArray& out, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        return;
    }
    default:
        appendJsonString(out, value.toString());
    }
}

void JsonObjectText::key(QStringView key)
{
    m_text += m_text.isEmpty() ? '{' : ',';
    appendJsonString(m_text, key);
    m_text += ':';
}

void JsonObjectText::add(QStringView k, const QVariant& value)
{
    key(k);
    appendJsonValue(m_text, value);
}

void JsonObjectText::addText(QStringView k, QStringView text)
{
    key(k);
    appendJsonString(m_text, text);
}

void JsonObjectText::addObject(QStringView k, const QByteArray& objectText)
{
    key(k);
    m_text += objectText;
}

QByteArray JsonObjectText::text() const
{
    return m_text.isEmpty() ? QByteArray("{}") : m_text + '}';
}

} // namespace samspil
