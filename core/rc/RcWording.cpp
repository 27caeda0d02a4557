#include "RcWording.h"

#include <QFile>

namespace samspil {

const RcWording& RcWording::shipped()
{
    static const RcWording wording = [] {
        auto loaded = load(QStringLiteral(":/samspil/rc/wording.txt"));
        Q_ASSERT_X(loaded.ok(), "RcWording", "the shipped wording must load");
        return loaded.ok() ? loaded.value() : RcWording{};
    }();
    return wording;
}

Result<RcWording> RcWording::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read the wording file %1: %2").arg(path, f.errorString()));
    }
    return parse(f.readAll());
}

Result<RcWording> RcWording::parse(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    if (text.contains(QChar::ReplacementCharacter)) {
        return fail(tr("The wording file is not UTF-8 text. Save it as UTF-8 and try again."));
    }
    RcWording w;
    QString current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            current = line.mid(1, line.size() - 2).trimmed().toLower();
            if (current != QLatin1String("da") && current != QLatin1String("en")) {
                return fail(tr("Line %1: unknown language “%2”; use [da] or [en].").arg(lineNo).arg(current));
            }
            if (w.m_languages.contains(current)) {
                return fail(tr("Line %1: the language [%2] appears twice.").arg(lineNo).arg(current));
            }
            w.m_languages.insert(current, {});
            w.m_order << current;
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return fail(tr("Line %1: expected “key = text”.").arg(lineNo));
        }
        if (current.isEmpty()) {
            return fail(tr("Line %1: start with a language line, [da] or [en].").arg(lineNo));
        }
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        Language& lang = w.m_languages[current];
        if (key == QLatin1String("title")) {
            lang.title = value;
        } else if (key == QLatin1String("intro")) {
            lang.intro = value;
        } else if (key == QLatin1String("skip")) {
            lang.skip = value;
        } else if (auto d = RcDimensions::fromCode(key)) {
            lang.questions[size_t(*d)] = value;
        } else if (key.startsWith(QLatin1String("scale."))) {
            bool ok = false;
            const int n = key.mid(6).toInt(&ok);
            if (!ok || n < 1 || n > 5) {
                return fail(tr("Line %1: the scale has the values 1 to 5 (scale.1 … scale.5).").arg(lineNo));
            }
            lang.scale[size_t(n - 1)] = value;
        } else {
            return fail(tr("Line %1: unknown key “%2”.").arg(lineNo).arg(key));
        }
    }
    if (w.m_order.isEmpty()) {
        return fail(tr("The wording file defines no language; start a section with [da] or [en]."));
    }
    for (const auto& code : w.m_order) {
        QStringList missing;
        for (auto d : RcDimensions::all()) {
            if (w.m_languages[code].questions[size_t(d)].isEmpty()) {
                missing << RcDimensions::code(d);
            }
        }
        if (!missing.isEmpty()) {
            return fail(tr("The section [%1] lacks the question(s) %2.").arg(code, missing.join(QLatin1String(", "))));
        }
    }
    return w;
}

const RcWording::Language* RcWording::language(const QString& code) const
{
    if (auto it = m_languages.constFind(code); it != m_languages.constEnd()) {
        return &*it;
    }
    if (!m_order.isEmpty()) {
        return &*m_languages.constFind(m_order.front());
    }
    return nullptr;
}

QString RcWording::question(RcDimension d, const QString& code, const QString& group) const
{
    const Language* l = language(code);
    if (!l) {
        return {};
    }
    QString q = l->questions[size_t(d)];
    return q.replace(QLatin1String("{group}"), group);
}

QString RcWording::title(const QString& code) const
{
    const Language* l = language(code);
    if (l && !l->title.isEmpty()) {
        return l->title;
    }
    return this == &shipped() ? QString() : shipped().title(code);
}

QString RcWording::intro(const QString& code) const
{
    const Language* l = language(code);
    return l ? l->intro : QString();
}

QString RcWording::scaleLabel(int value, const QString& code) const
{
    if (value < 1 || value > 5) {
        return {};
    }
    const Language* l = language(code);
    if (l && !l->scale[size_t(value - 1)].isEmpty()) {
        return l->scale[size_t(value - 1)];
    }
    return this == &shipped() ? QString() : shipped().scaleLabel(value, code);
}

} // namespace samspil

namespace samspil {

QString RcWording::skipLabel(const QString& code) const
{
    const Language* l = language(code);
    if (l && !l->skip.isEmpty()) {
        return l->skip;
    }
    return this == &shipped() ? QString() : shipped().skipLabel(code);
}

} // namespace samspil
