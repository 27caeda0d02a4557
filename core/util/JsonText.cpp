#include "JsonText.h"

#include <QLocale>

#include <cmath>

namespace samspil {

void JsonObjectText::key(QStringView key)
{
    m_text += m_text.isEmpty() ? '{' : ',';
    string(key);
    m_text += ':';
}

void JsonObjectText::string(QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    m_text += '"';
    const QByteArray utf8 = s.toUtf8();
    const char* data = utf8.constData();
    // Runs that need no escape go in whole; only quotes, backslashes and control characters are
    // written one at a time.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = data[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        m_text.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': m_text += "\\\""; break;
        case '\\': m_text += "\\\\"; break;
        case '\n': m_text += "\\n"; break;
        case '\r': m_text += "\\r"; break;
        case '\t': m_text += "\\t"; break;
        case '\b': m_text += "\\b"; break;
        case '\f': m_text += "\\f"; break;
        default:
            m_text += "\\u00";
            m_text += hex[u >> 4];
            m_text += hex[u & 0xf];
        }
    }
    m_text.append(data + run, utf8.size() - run);
    m_text += '"';
}

void JsonObjectText::add(QStringView k, const QVariant& value)
{
    key(k);
    if (!value.isValid() || value.isNull()) {
        m_text += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        m_text += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        m_text += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        return;
    }
    default:
        string(value.toString());
    }
}

void JsonObjectText::addText(QStringView k, QStringView text)
{
    key(k);
    string(text);
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
