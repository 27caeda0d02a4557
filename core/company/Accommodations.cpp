#include "Accommodations.h"

#include "core/teamday/IcfCatalogue.h"

#include <QHash>

#include <algorithm>

namespace samspil {

namespace {
struct Entry
{
    const char* code;
    const char* label;
    /// ICF code prefixes whose findings propose it.
    QStringList icf;
    /// Words in a company's demands that clash with it (lower case).
    QStringList clash;
};

const QVector<Entry>& entries()
{
    static const QVector<Entry> all = {
        {"no-heavy-lifting", QT_TRANSLATE_NOOP("Accommodations", "No heavy lifting"),
         {QStringLiteral("b455"), QStringLiteral("b730"), QStringLiteral("b740"), QStringLiteral("b280"),
          QStringLiteral("d430"), QStringLiteral("s760"), QStringLiteral("s750")},
         {QStringLiteral("tunge løft"), QStringLiteral("tungt"), QStringLiteral("løft"), QStringLiteral("heavy"),
          QStringLiteral("lifting"), QStringLiteral("bære")}},
        {"short-days", QT_TRANSLATE_NOOP("Accommodations", "Short days to start with"),
         {QStringLiteral("b455"), QStringLiteral("b130"), QStringLiteral("b134"), QStringLiteral("b740")},
         {QStringLiteral("fuld tid"), QStringLiteral("lange dage"), QStringLiteral("overarbejde"), QStringLiteral("full time"),
          QStringLiteral("long days"), QStringLiteral("overtime")}},
        {"varied-positions", QT_TRANSLATE_NOOP("Accommodations", "Varied positions: sitting and standing by turns"),
         {QStringLiteral("b710"), QStringLiteral("b715"), QStringLiteral("b280"), QStringLiteral("d415"),
          QStringLiteral("s750"), QStringLiteral("s760")},
         {QStringLiteral("stående hele dagen"), QStringLiteral("står hele dagen"), QStringLiteral("siddende hele dagen"),
          QStringLiteral("standing all day"), QStringLiteral("sitting all day")}},
        {"clear-tasks", QT_TRANSLATE_NOOP("Accommodations", "One clear task at a time, with written instructions"),
         {QStringLiteral("b140"), QStringLiteral("b144"), QStringLiteral("b164"), QStringLiteral("d210"),
          QStringLiteral("d220")},
         {QStringLiteral("mange opgaver på én gang"), QStringLiteral("multitasking"), QStringLiteral("skiftende opgaver")}},
        {"quiet-workplace", QT_TRANSLATE_NOOP("Accommodations", "A quiet workplace without much noise and bustle"),
         {QStringLiteral("b152"), QStringLiteral("b156"), QStringLiteral("b122"), QStringLiteral("d240")},
         {QStringLiteral("larm"), QStringLiteral("støj"), QStringLiteral("travl"), QStringLiteral("kundekontakt"),
          QStringLiteral("noise"), QStringLiteral("noisy"), QStringLiteral("busy")}},
        {"low-time-pressure", QT_TRANSLATE_NOOP("Accommodations", "Low time pressure"),
         {QStringLiteral("d240"), QStringLiteral("b152"), QStringLiteral("b130")},
         {QStringLiteral("tidspres"), QStringLiteral("deadline"), QStringLiteral("højt tempo"), QStringLiteral("akkord"),
          QStringLiteral("time pressure"), QStringLiteral("fast pace")}},
        {"fixed-contact", QT_TRANSLATE_NOOP("Accommodations", "A fixed contact person at the workplace"),
         {QStringLiteral("d710"), QStringLiteral("d720"), QStringLiteral("b126"), QStringLiteral("b122")},
         {QStringLiteral("selvstændigt uden"), QStringLiteral("alene"), QStringLiteral("works alone"),
          QStringLiteral("alone")}},
        {"flexible-start", QT_TRANSLATE_NOOP("Accommodations", "Flexible start of the day"),
         {QStringLiteral("b134"), QStringLiteral("b130")},
         {QStringLiteral("mødetid kl. 6"), QStringLiteral("tidlig morgen"), QStringLiteral("early morning"),
          QStringLiteral("skiftehold"), QStringLiteral("shift work")}},
    };
    return all;
}

const Entry* entry(const QString& code)
{
    for (const auto& e : entries()) {
        if (code == QLatin1String(e.code)) {
            return &e;
        }
    }
    return nullptr;
}
} // namespace

const QStringList& Accommodations::codes()
{
    static const QStringList all = [] {
        QStringList out;
        for (const auto& e : entries()) {
            out << QString::fromLatin1(e.code);
        }
        return out;
    }();
    return all;
}

QString Accommodations::label(const QString& code)
{
    const Entry* e = entry(code);
    return e ? tr(e->label) : code;
}

bool Accommodations::known(const QString& code)
{
    return entry(code) != nullptr;
}

QVector<Accommodations::Proposal> Accommodations::propose(const QVector<IcfNote>& notes)
{
    QHash<QString, QStringList> because;
    for (const IcfNote& note : notes) {
        if (!note.signedOff() || note.contentHidden || !note.intact()) {
            continue;
        }
        const QString profession = Professions::fromCode(note.profession)
                                       ? Professions::label(*Professions::fromCode(note.profession))
                                       : note.profession;
        for (const IcfFinding& f : note.findings) {
            if (f.isEnvironmental() || f.qualifier < 2 || f.qualifier > 4) {
                continue;
            }
            for (const auto& e : entries()) {
                const bool matches = std::any_of(e.icf.cbegin(), e.icf.cend(),
                                                 [&](const QString& prefix) { return f.code.startsWith(prefix); });
                if (!matches) {
                    continue;
                }
                const auto* category = IcfCatalogue::standard().find(f.code);
                const QString words = QStringLiteral("%1 %2 (%3)")
                                          .arg(f.coded(), category ? category->title() : QString(), profession)
                                          .simplified();
                QStringList& list = because[QString::fromLatin1(e.code)];
                if (!list.contains(words)) {
                    list << words;
                }
            }
        }
    }
    QVector<Proposal> out;
    for (const QString& code : codes()) {
        if (because.contains(code)) {
            out.append({code, because.value(code).join(QStringLiteral("; "))});
        }
    }
    return out;
}

QStringList Accommodations::clashes(const QString& code, const QString& demands)
{
    const Entry* e = entry(code);
    QStringList out;
    if (!e || demands.trimmed().isEmpty()) {
        return out;
    }
    const QString text = demands.toLower();
    for (const QString& word : e->clash) {
        if (text.contains(word)) {
            out << word;
        }
    }
    return out;
}

} // namespace samspil
