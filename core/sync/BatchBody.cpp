#include "BatchFile.h"

#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_map>

// Reading a batch body (`[[seq, "hlc", actor, table, row, {field: value, …}, {field: {site: hlc}} |
// null], …]`) without building a JSON document first: a joining PC reads hundreds of thousands
// of changes, and the document (a value per cell, then copies into the changes) cost more than
// applying them. The reader is strict JSON (RFC 8259) and gives the values a general JSON reader
// gives; what it does not accept (a lone surrogate, a raw control character in a string, a key
// twice in one object, nesting deeper than 64) an honest writer never writes. The body is
// authenticated, but it is read as if it were not: any flaw refuses the whole batch.

namespace samspil::BatchFile {

namespace {

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    bool atEnd()
    {
        space();
        return m_p == m_end;
    }
    bool take(char c)
    {
        space();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        space();
        return m_p < m_end && *m_p == c;
    }
    /// After the first element of an array or member of an object: ',' or the closing bracket.
    /// False at the end (`more` false) or on anything else (`bad`).
    bool next(char close, bool* bad)
    {
        if (take(',')) {
            return true;
        }
        *bad = !take(close);
        return false;
    }

    /// A string's raw contents (between the quotes) when it has no escapes, for interning.
    bool rawString(std::string_view* raw, bool* escaped)
    {
        if (!take('"')) {
            return false;
        }
        const char* start = m_p;
        *escaped = false;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                *escaped = true;
                if (++m_p == m_end) {
                    return false;
                }
            }
            ++m_p;
        }
        if (m_p == m_end) {
            return false;
        }
        *raw = std::string_view(start, size_t(m_p - start));
        ++m_p;
        return true;
    }

    bool string(QString* out)
    {
        std::string_view raw;
        bool escaped = false;
        if (!rawString(&raw, &escaped)) {
            return false;
        }
        return escaped ? unescape(raw, out) : (*out = QString::fromUtf8(raw.data(), qsizetype(raw.size())), true);
    }

    /// A string, interned: field names, tables, actors and sites repeat in every change.
    bool name(QString* out)
    {
        std::string_view raw;
        bool escaped = false;
        if (!rawString(&raw, &escaped)) {
            return false;
        }
        if (escaped) {
            return unescape(raw, out);
        }
        auto it = m_names.find(raw);
        if (it == m_names.end()) {
            it = m_names.emplace(raw, QString::fromUtf8(raw.data(), qsizetype(raw.size()))).first;
        }
        *out = it->second;
        return true;
    }

    /// Any value, as the batch's reader takes it: null, true/false, a whole number (qint64) or
    /// other number (double), text; an object as its compact JSON text, an array as "{}".
    bool value(QVariant* out, int depth = 0)
    {
        space();
        if (m_p == m_end) {
            return false;
        }
        switch (*m_p) {
        case '"': {
            QString s;
            if (!string(&s)) {
                return false;
            }
            *out = s;
            return true;
        }
        case '{':
        case '[': {
            const char* start = m_p;
            if (!skip(depth)) {
                return false;
            }
            if (*start == '[') {
                *out = QStringLiteral("{}");
                return true;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(start, qsizetype(m_p - start)));
            *out = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
            return true;
        }
        case 't':
            return word("true") && (*out = true, true);
        case 'f':
            return word("false") && (*out = false, true);
        case 'n':
            return word("null") && (*out = QVariant(), true);
        default:
            return number(out);
        }
    }

    /// A stamp: a string of digits ("123"); any other value counts as 0, as before.
    bool stamp(qint64* out)
    {
        if (!peek('"')) {
            QVariant ignored;
            *out = 0;
            return value(&ignored);
        }
        std::string_view raw;
        bool escaped = false;
        if (!rawString(&raw, &escaped)) {
            return false;
        }
        const auto r = std::from_chars(raw.data(), raw.data() + raw.size(), *out);
        if (escaped || r.ec != std::errc() || r.ptr != raw.data() + raw.size() || raw.empty()) {
            // Not plain digits: what toString().toLongLong() makes of it (0 when it is no number).
            QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
            if (escaped && !unescape(raw, &text)) {
                return false;
            }
            *out = text.toLongLong();
        }
        return true;
    }

    /// Skips one value of any kind (checking it).
    bool skip(int depth = 0)
    {
        if (depth > 64) {
            return false;
        }
        space();
        if (m_p == m_end) {
            return false;
        }
        if (*m_p == '[' || *m_p == '{') {
            const char close = *m_p == '[' ? ']' : '}';
            const bool object = close == '}';
            ++m_p;
            if (take(close)) {
                return true;
            }
            bool bad = false;
            do {
                std::string_view key;
                bool escaped = false;
                if (object && (!rawString(&key, &escaped) || !take(':'))) {
                    return false;
                }
                if (!skip(depth + 1)) {
                    return false;
                }
            } while (next(close, &bad));
            return !bad;
        }
        QVariant ignored;
        return value(&ignored, depth);
    }

private:
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) {
            ++m_p;
        }
    }
    bool word(std::string_view w)
    {
        if (size_t(m_end - m_p) < w.size() || std::string_view(m_p, w.size()) != w) {
            return false;
        }
        m_p += w.size();
        return true;
    }
    bool number(QVariant* out)
    {
        const char* start = m_p;
        auto digits = [&] {
            const char* d = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                ++m_p;
            }
            return m_p - d;
        };
        if (m_p < m_end && *m_p == '-') {
            ++m_p;
        }
        const char* intStart = m_p;
        const auto n = digits();
        if (n == 0 || (n > 1 && *intStart == '0')) {
            return false;
        }
        bool whole = true;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            whole = false;
            if (digits() == 0) {
                return false;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            whole = false;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (digits() == 0) {
                return false;
            }
        }
        if (whole) {
            qint64 i = 0;
            const auto r = std::from_chars(start, m_p, i);
            if (r.ec == std::errc() && r.ptr == m_p) {
                *out = QVariant(i);
                return true;
            }
        }
        double d = 0;
        const auto r = std::from_chars(start, m_p, d);
        if (r.ec != std::errc() || r.ptr != m_p || !std::isfinite(d)) {
            return false;
        }
        // A whole number written as 1.0 or 1e2 is whole (what a JSON document's reader gives).
        constexpr double kLimit = 9223372036854775808.0; // 2^63
        if (std::trunc(d) == d && d >= -kLimit && d < kLimit) {
            *out = QVariant(qint64(d));
        } else {
            *out = QVariant(d);
        }
        return true;
    }
    static int hex(char c)
    {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
    static bool unit(std::string_view s, size_t at, char16_t* out)
    {
        if (at + 4 > s.size()) {
            return false;
        }
        int v = 0;
        for (size_t i = at; i < at + 4; ++i) {
            const int h = hex(s[i]);
            if (h < 0) {
                return false;
            }
            v = v * 16 + h;
        }
        *out = char16_t(v);
        return true;
    }
    static bool unescape(std::string_view s, QString* out)
    {
        QString text;
        text.reserve(qsizetype(s.size()));
        size_t plain = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] != '\\') {
                continue;
            }
            text += QString::fromUtf8(s.data() + plain, qsizetype(i - plain));
            const char e = s[++i];
            switch (e) {
            case '"': text += QLatin1Char('"'); break;
            case '\\': text += QLatin1Char('\\'); break;
            case '/': text += QLatin1Char('/'); break;
            case 'b': text += QLatin1Char('\b'); break;
            case 'f': text += QLatin1Char('\f'); break;
            case 'n': text += QLatin1Char('\n'); break;
            case 'r': text += QLatin1Char('\r'); break;
            case 't': text += QLatin1Char('\t'); break;
            case 'u': {
                char16_t u = 0;
                if (!unit(s, i + 1, &u)) {
                    return false;
                }
                i += 4;
                if (QChar::isHighSurrogate(u)) {
                    char16_t low = 0;
                    if (i + 2 >= s.size() || s[i + 1] != '\\' || s[i + 2] != 'u' || !unit(s, i + 3, &low)
                        || !QChar::isLowSurrogate(low)) {
                        return false;
                    }
                    i += 6;
                    text += QChar(u);
                    text += QChar(low);
                } else if (QChar::isLowSurrogate(u)) {
                    return false;
                } else {
                    text += QChar(u);
                }
                break;
            }
            default:
                return false;
            }
            plain = i + 1;
        }
        text += QString::fromUtf8(s.data() + plain, qsizetype(s.size() - plain));
        *out = text;
        return true;
    }

    const char* m_p;
    const char* m_end;
    std::unordered_map<std::string_view, QString> m_names;
};

QString damaged()
{
    return QCoreApplication::translate("BatchFile", "the file is damaged (its contents cannot be read)");
}

/// `{name: …, …}`, its opening brace next: `member(name)` reads each member's value. False for
/// broken JSON (or when `member` says so).
template<typename Member>
bool readObject(Reader& in, const Member& member)
{
    in.take('{');
    if (in.take('}')) {
        return true;
    }
    bool end = false;
    do {
        QString name;
        if (!in.name(&name) || !in.take(':') || !member(name)) {
            return false;
        }
    } while (in.next('}', &end));
    return !end;
}

/// `{field: value, …}`; a field named twice is not the shape of a change.
bool readFields(Reader& in, RemoteChange& c, bool* shapeOk)
{
    return readObject(in, [&](const QString& field) {
        QVariant v;
        if (!in.value(&v)) {
            return false;
        }
        for (const auto& f : std::as_const(c.fields)) {
            *shapeOk = *shapeOk && f.first != field;
        }
        c.fields.append({field, v});
        return true;
    });
}

/// `{field: {site: "hlc", …}, …}`; a field's clock that is no object is empty, as before.
bool readClocks(Reader& in, RemoteChange& c, bool* shapeOk)
{
    return readObject(in, [&](const QString& field) {
        SiteClock clock;
        if (!in.peek('{')) {
            if (!in.skip()) {
                return false;
            }
        } else if (!readObject(in, [&](const QString& clockSite) {
                       qint64 hlc = 0;
                       if (!in.stamp(&hlc)) {
                           return false;
                       }
                       for (const auto& e : std::as_const(clock)) {
                           *shapeOk = *shapeOk && e.first != clockSite;
                       }
                       clock.append({clockSite, hlc});
                       return true;
                   })) {
            return false;
        }
        *shapeOk = *shapeOk && !c.clocks.contains(field);
        c.clocks.insert(field, clock);
        return true;
    });
}

/// One change: `[seq, "hlc", actor, table, row, {fields}, {clocks} | null]`. `shapeOk` turns false
/// (and the element is read to its end) when it has another shape; false only for broken JSON.
bool readChange(Reader& in, const QString& site, RemoteChange& c, bool* shapeOk)
{
    c = RemoteChange{};
    c.site = site;
    if (!in.peek('[')) {
        *shapeOk = false;
        return in.skip();
    }
    in.take('[');
    if (in.take(']')) {
        *shapeOk = false;
        return true;
    }
    int index = 0;
    bool bad = false;
    do {
        bool ok = true;
        switch (index) {
        case 1:
            ok = in.stamp(&c.hlc);
            break;
        case 2:
        case 3:
            if (in.peek('"')) {
                ok = in.name(index == 2 ? &c.actor : &c.table);
            } else {
                ok = in.skip(); // not text: read as empty, as before
            }
            break;
        case 4:
            ok = in.peek('"') ? in.string(&c.rowId) : in.skip();
            break;
        case 5:
            if (!in.peek('{')) {
                *shapeOk = false;
                ok = in.skip();
            } else {
                ok = readFields(in, c, shapeOk);
            }
            break;
        case 6:
            // null (or anything else but an object): no clocks
            ok = in.peek('{') ? readClocks(in, c, shapeOk) : in.skip();
            break;
        default: // the sequence number, and anything past the seventh element
            ok = in.skip();
            break;
        }
        if (!ok) {
            return false;
        }
        ++index;
    } while (in.next(']', &bad));
    if (bad) {
        return false;
    }
    *shapeOk = *shapeOk && index == 7 && c.hlc > 0 && !c.table.isEmpty() && !c.rowId.isEmpty();
    return true;
}

} // namespace

Result<QVector<RemoteChange>> readChanges(QByteArrayView body, const QString& site, int count)
{
    if (!body.isValidUtf8()) {
        return fail(damaged());
    }
    Reader in(body);
    QVector<RemoteChange> changes;
    changes.reserve(std::max(0, std::min(count, int(body.size() / 16))));
    bool shapeOk = true;
    if (!in.take('[')) {
        return fail(damaged());
    }
    if (!in.take(']')) {
        bool bad = false;
        do {
            RemoteChange c;
            if (!readChange(in, site, c, &shapeOk)) {
                return fail(damaged());
            }
            changes.append(std::move(c));
        } while (in.next(']', &bad));
        if (bad) {
            return fail(damaged());
        }
    }
    if (!in.atEnd()) {
        return fail(damaged());
    }
    if (changes.size() != count) {
        return fail(QCoreApplication::translate("BatchFile", "the file is damaged (it holds %1 changes, its header says %2)")
                        .arg(changes.size())
                        .arg(count));
    }
    if (!shapeOk) {
        return fail(damaged());
    }
    return changes;
}

} // namespace samspil::BatchFile
