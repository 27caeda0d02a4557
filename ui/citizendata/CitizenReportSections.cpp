// The sections of the citizen's report for the modules shipped so far. A module added later
// registers its own section in its registerXxxUi() with CitizenReport::registerSection().
#include "ui/citizendata/CitizenReport.h"

#include "core/citizen/Catalogue.h"
#include "core/citizen/Cpr.h"
#include "core/plan/Tracks.h"
#include "core/teamday/IcfCatalogue.h"
#include "core/teamday/IcfNote.h"
#include "core/plan/InterventionCatalogue.h"
#include "core/screening/InstrumentLoader.h"
#include "core/storage/AccessLog.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/util/Dates.h"

#include <QLocale>

namespace samspil::ui {

namespace {

using R = CitizenReport;
/// The report's words are in the CitizenReport context (lupdate does not follow `R::tr`).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CitizenReport)
};

QString professionList(const QStringList& codes)
{
    QStringList out;
    for (const auto& c : codes) {
        const auto p = Professions::fromCode(c);
        out << (p ? Professions::label(*p).toLower() : c);
    }
    return out.join(QStringLiteral(", "));
}

QString staffList(const CitizenReportContext& ctx, const QStringList& ids)
{
    QStringList out;
    for (const auto& id : ids) {
        out << ctx.staffName(id);
    }
    return out.join(QStringLiteral(", "));
}

QString basicData(const CitizenReportContext& ctx)
{
    const Citizen& c = ctx.citizen;
    const auto& catalogue = BenefitCatalogue::shipped();
    QVector<QPair<QString, QString>> rows{
        {Tr::tr("Name"), c.name},
        {Tr::tr("CPR number"), Cpr::format(c.cpr)},
        {Tr::tr("Phone"), c.phone},
        {Tr::tr("E-mail"), c.email},
        {Tr::tr("Benefit"), catalogue.benefitLabel(c.benefit)},
        {Tr::tr("On the benefit since"), formatDate(c.benefitStart)},
        {Tr::tr("Target group"), c.targetGroup.isEmpty() ? QString() : catalogue.targetGroupLabel(c.targetGroup)},
        {Tr::tr("Your coordinating caseworker"), c.caseworkerId.isEmpty() ? QString() : ctx.staffName(c.caseworkerId)},
        {Tr::tr("Registered in Samspil"), formatDate(c.createdAt.toLocalTime().date())},
        {Tr::tr("Your case"), c.status == CitizenStatus::Closed ? Tr::tr("closed") : Tr::tr("open")},
    };
    return R::facts(rows);
}

QString outcome(const CitizenReportContext& ctx)
{
    const Citizen& c = ctx.citizen;
    const int weeks = CitizenRules::weeksOnSupport(c, ctx.today);
    if (c.status != CitizenStatus::Closed) {
        return QStringLiteral("<p>%1</p>")
            .arg(R::esc(Tr::tr("Your course is still open. You have received public support for %n weeks.", nullptr, weeks)));
    }
    return R::facts({{Tr::tr("How the course ended"), c.outcome.isEmpty() ? Tr::tr("not recorded") : Outcomes::label(c.outcome)},
                     {Tr::tr("Ended on"), formatDate(c.outcomeDate)},
                     {Tr::tr("Weeks on public support"), QString::number(weeks)}});
}

QString answerText(const InstrumentItem* item, int answer)
{
    if (!item) {
        return QString::number(answer);
    }
    const auto label = item->labels.value(answer);
    const QString range = Tr::tr("%1 on a scale from %2 to %3").arg(answer).arg(item->min).arg(item->max);
    return label.isEmpty() ? range : Tr::tr("%1 (“%2”)").arg(range, label.text());
}

QString screenings(const CitizenReportContext& ctx)
{
    const auto all = ScreeningRepository(ctx.db).history(ctx.citizen.id);
    QString h;
    if (!all.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(R::esc(Tr::tr("A screening is the questionnaire you answered about your situation. From your answers "
                                   "the program proposes a risk of a long time on public support (low, moderate or "
                                   "high); your caseworker then decides the risk. Newest first.")));
    }
    for (const auto& s : all) {
        const Instrument* instrument = InstrumentLoader::findShipped(s.instrumentId, s.instrumentVersion);
        h += QStringLiteral("<h3>%1</h3>")
                 .arg(R::esc(Tr::tr("Screening of %1").arg(formatDate(s.screenedAt.toLocalTime().date()))));
        QVector<QPair<QString, QString>> rows{
            {Tr::tr("Questionnaire"), instrument ? instrument->title.text() : s.instrumentId},
            {Tr::tr("Held by"), ctx.staffName(s.screenedBy)},
            {Tr::tr("Risk proposed by the answers"), Risks::label(s.proposedRisk)},
            {Tr::tr("Risk decided by the caseworker"), Risks::label(s.decidedRisk)},
        };
        if (!s.reason.isEmpty()) {
            rows.append({Tr::tr("Why the decision differs"), s.reason});
        }
        rows.append({Tr::tr("The caseworker's assessment"), s.assessment});
        if (!s.supersededBy.isEmpty()) {
            rows.append({Tr::tr("Note"), Tr::tr("This screening was later corrected; the correction is listed above.")});
        }
        if (!s.supersedes.isEmpty()) {
            rows.append({Tr::tr("Note"), Tr::tr("This screening corrects an earlier one.")});
        }
        h += R::facts(rows);
        QVector<QStringList> answers;
        if (instrument) {
            for (const auto& item : instrument->items) {
                if (s.answers.contains(item.id)) {
                    answers.append({item.text.text(), answerText(&item, s.answers.value(item.id))});
                }
            }
        }
        for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
            if (!instrument || !instrument->item(it.key())) {
                answers.append({it.key(), QString::number(it.value())});
            }
        }
        h += QStringLiteral("<p><b>%1</b></p>").arg(R::esc(Tr::tr("Your answers")));
        h += R::table({Tr::tr("Question"), Tr::tr("Answer")}, answers);
        QVector<QStringList> scores;
        for (auto it = s.scores.cbegin(); it != s.scores.cend(); ++it) {
            QString name = it.key();
            QString range;
            if (instrument) {
                for (const auto& def : instrument->scores) {
                    if (def.id == it.key()) {
                        name = def.label();
                        const auto [lo, hi] = instrument->scoreRange(def.id);
                        range = Tr::tr("from %1 to %2").arg(QLocale().toString(lo)).arg(QLocale().toString(hi));
                    }
                }
            }
            scores.append({name, QLocale().toString(it.value()), range});
        }
        if (!scores.isEmpty()) {
            h += R::table({Tr::tr("Score"), Tr::tr("Value"), Tr::tr("Possible")}, scores);
        }
    }
    return h;
}

QString appointments(const CitizenReportContext& ctx)
{
    QVector<QStringList> rows;
    for (const auto& a : AppointmentRepository(ctx.db).forCitizen(ctx.citizen.id)) {
        rows.append({formatDate(a.start.date()),
                     a.start.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                         + a.end.time().toString(QStringLiteral("HH:mm")),
                     AppointmentKinds::label(a.kind), ctx.staffName(a.staffId), a.place,
                     AppointmentStatuses::label(a.status)});
    }
    if (rows.isEmpty()) {
        return {};
    }
    return R::table({Tr::tr("Date"), Tr::tr("Time"), Tr::tr("Appointment"), Tr::tr("With"), Tr::tr("Place"), Tr::tr("Status")}, rows);
}

QString consents(const CitizenReportContext& ctx)
{
    const auto all = ConsentRepository(ctx.db).history(ctx.citizen.id);
    if (all.isEmpty()) {
        return {};
    }
    QString h = QStringLiteral("<p>%1</p>")
                    .arg(R::esc(Tr::tr("Your consent decides which professions in the team may read the professional "
                                      "notes about your health. The newest consent is the one that counts.")));
    QVector<QStringList> rows;
    for (const auto& c : all) {
        rows.append({formatDate(c.givenOn), ConsentForms::label(c.form), professionList(c.scope),
                     c.withdrawnOn.isValid() ? formatDate(c.withdrawnOn) : Tr::tr("not withdrawn"), ctx.staffName(c.recordedBy)});
    }
    return h + R::table({Tr::tr("Given on"), Tr::tr("Form"), Tr::tr("Shared with"), Tr::tr("Withdrawn"), Tr::tr("Recorded by")}, rows);
}

QString findingsHtml(const IcfNote& note)
{
    QString h;
    for (const auto component : IcfComponents::all()) {
        const auto findings = note.findingsOf(component);
        if (findings.isEmpty()) {
            continue;
        }
        QVector<QStringList> rows;
        for (const auto& f : findings) {
            const IcfCategory* cat = IcfCatalogue::standard().find(f.code);
            rows.append({f.coded(), cat ? cat->title() : QString(), f.qualifierLabel(), f.comment});
        }
        h += QStringLiteral("<p><b>%1</b></p>").arg(R::esc(IcfComponents::label(component)));
        h += R::table({Tr::tr("Code"), Tr::tr("What"), Tr::tr("Degree"), Tr::tr("Comment")}, rows);
    }
    return h;
}

QString notes(const CitizenReportContext& ctx)
{
    const auto all = NoteRepository(ctx.db).forCitizen(ctx.citizen.id);
    if (all.isEmpty()) {
        return {};
    }
    QString h = QStringLiteral("<p>%1</p>")
                    .arg(R::esc(Tr::tr("On the team day a physiotherapist, a psychologist and a nurse each write a "
                                      "professional note about you, built on the WHO's classification of functioning "
                                      "(ICF). Shown here is every signed version: a note that was amended later keeps "
                                      "its earlier versions, and you see them all. A note that is still a draft (not yet "
                                      "signed) is only listed: it is a working document that its author may still "
                                      "change, and its text is in the data file.")));
    QStringList drafts;
    for (const auto& n : all) {
        const auto profession = Professions::fromCode(n.profession);
        const QString who = profession ? Professions::label(*profession) : n.profession;
        if (!n.signedOff()) {
            drafts << Tr::tr("%1, version %2, started %3 by %4")
                          .arg(who)
                          .arg(n.version)
                          .arg(formatDate(n.createdAt.toLocalTime().date()), ctx.staffName(n.authorId));
            continue;
        }
        h += QStringLiteral("<h3>%1</h3>")
                 .arg(R::esc(Tr::tr("Note from the %1, version %2").arg(who.toLower()).arg(n.version)));
        QVector<QPair<QString, QString>> rows{{Tr::tr("Written by"), ctx.staffName(n.authorId)},
                                              {Tr::tr("Signed"), formatDate(n.signedAt.toLocalTime().date())}};
        if (!n.supersededBy.isEmpty()) {
            rows.append({Tr::tr("Note"), Tr::tr("Replaced later by an amended version.")});
        }
        if (!n.supersedes.isEmpty()) {
            rows.append({Tr::tr("Note"), Tr::tr("This version amends an earlier one.")});
        }
        h += R::facts(rows);
        h += findingsHtml(n);
        h += R::facts({{Tr::tr("Personal factors"), n.personalFactors},
                       {Tr::tr("What it means for work or education"), n.jobMeaning},
                       {Tr::tr("Recommended intervention tracks"), Tracks::displayNames(n.tracks)}});
    }
    if (!drafts.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(R::esc(Tr::tr("Drafts not yet signed")));
        for (const auto& d : drafts) {
            h += QStringLiteral("<li>%1</li>").arg(R::esc(d));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString conferences(const CitizenReportContext& ctx)
{
    QString h;
    for (const auto& c : ConferenceRepository(ctx.db).forCitizen(ctx.citizen.id)) {
        h += QStringLiteral("<h3>%1</h3>").arg(R::esc(Tr::tr("Conference of %1").arg(formatDate(c.heldOn))));
        h += R::facts({{Tr::tr("Taking part"), staffList(ctx, c.participants)},
                       {Tr::tr("Employment goal"), c.employmentGoal},
                       {Tr::tr("Intervention tracks"), Tracks::displayNames(c.tracks)},
                       {Tr::tr("Proposed goals"), c.draftGoals.join(QLatin1Char('\n'))},
                       {Tr::tr("Concluded"), c.concludedAt.isValid() ? formatDate(c.concludedAt.toLocalTime().date())
                                                                   : Tr::tr("not yet")}});
    }
    return h;
}

QString planHtml(const CitizenReportContext& ctx, const Plan& p)
{
    QString h = QStringLiteral("<h3>%1</h3>")
                    .arg(R::esc(Tr::tr("Version %1 (%2)").arg(p.version).arg(PlanText::statusLabel(p.status).toLower())));
    QVector<QPair<QString, QString>> rows{
        {Tr::tr("Made"), formatDate(p.createdAt.toLocalTime().date())},
        {Tr::tr("Employment goal"), p.employmentGoal},
        {Tr::tr("Kind"), PlanText::goalKindLabel(p.goalKind)},
        {Tr::tr("Hours per week"), p.hoursPerWeek > 0 ? QString::number(p.hoursPerWeek) : QString()},
        {Tr::tr("Target date"), formatDate(p.targetDate)},
        {Tr::tr("What matters to me"), p.whatMatters},
        {Tr::tr("My first step"), p.firstStep},
        {Tr::tr("Agreed with you"), p.agreedOn.isValid() ? Tr::tr("%1 (%2), present: %3")
                                                               .arg(formatDate(p.agreedOn),
                                                                    PlanText::methodLabel(p.agreedHow).toLower(), p.agreedPresent)
                                                         : Tr::tr("not yet")},
    };
    h += R::facts(rows);
    // Each goal as its own small block: the citizen reads it as a list, not a wide table.
    int n = 0;
    int m = 0;
    QString goals;
    for (const auto& g : p.orderedGoals()) {
        const QString title = g.isSubGoal() ? Tr::tr("Sub-goal %1.%2: %3").arg(n).arg(++m).arg(g.text)
                                            : Tr::tr("Goal %1: %2").arg(++n).arg(g.text);
        if (!g.isSubGoal()) {
            m = 0;
        }
        QVector<QPair<QString, QString>> rows{{Tr::tr("How we see it is reached"), g.criterion},
                                              {Tr::tr("Intervention tracks"), Tracks::displayNames(g.tracks)},
                                              {Tr::tr("Target date"), formatDate(g.targetDate)},
                                              {Tr::tr("Responsible"), g.responsibleId.isEmpty() ? QString() : ctx.staffName(g.responsibleId)}};
        if (g.achievedOn.isValid()) {
            rows.append({Tr::tr("Reached"), formatDate(g.achievedOn)});
        }
        goals += QStringLiteral("<p style='margin-left:%1px'><b>%2</b></p><div style='margin-left:%1px'>%3</div>")
                     .arg(g.isSubGoal() ? 36 : 18)
                     .arg(R::esc(title), R::facts(rows));
    }
    if (!goals.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(R::esc(Tr::tr("Goals"))) + goals;
    }
    QVector<QStringList> interventions;
    for (const auto& iv : p.interventions) {
        interventions.append({iv.title.isEmpty() ? InterventionCatalogue::shipped().name(iv.kind) : iv.title,
                              iv.providerId.isEmpty() ? iv.providerExternal : ctx.staffName(iv.providerId),
                              formatDate(iv.start), formatDate(iv.end),
                              PlanText::interventionStatusLabel(iv.status)
                                  + (iv.stopReason.isEmpty() ? QString() : QStringLiteral(": ") + iv.stopReason)});
    }
    if (!interventions.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(R::esc(Tr::tr("Interventions")));
        h += R::table({Tr::tr("Intervention"), Tr::tr("Provider"), Tr::tr("Start"), Tr::tr("End"), Tr::tr("Status")}, interventions);
    }
    return h;
}

QString plans(const CitizenReportContext& ctx)
{
    const auto versions = PlanRepository(ctx.db).versions(ctx.citizen.id);
    if (versions.isEmpty()) {
        return {};
    }
    QString h = QStringLiteral("<p>%1</p>")
                    .arg(R::esc(Tr::tr("Your intervention plan is kept in versions: when an agreed plan is changed, a "
                                      "new version is made and the old one stays. Every version is shown, newest first.")));
    for (const auto& p : versions) {
        h += planHtml(ctx, p);
    }
    return h;
}

QString ratings(const CitizenReportContext& ctx)
{
    const auto all = ProgressionRepository(ctx.db).forCitizen(ctx.citizen.id);
    if (all.isEmpty()) {
        return {};
    }
    QHash<QString, QString> goalText;
    for (const auto& p : PlanRepository(ctx.db).versions(ctx.citizen.id)) {
        for (const auto& g : p.goals) {
            if (!goalText.contains(g.lineage)) {
                goalText.insert(g.lineage, g.text); // newest version's wording first
            }
        }
    }
    QVector<QStringList> rows;
    for (const auto& r : all) {
        rows.append({formatDate(r.ratedOn), r.goalLineage.isEmpty() ? Tr::tr("The employment goal") : goalText.value(r.goalLineage),
                     PlanText::raterLabel(r.rater), QString::number(r.score), r.comment});
    }
    return QStringLiteral("<p>%1</p>")
               .arg(R::esc(Tr::tr("How far you, the professionals and your caseworker think you have come toward each "
                                 "goal, on a scale from 1 to 10, oldest first.")))
           + R::table({Tr::tr("Date"), Tr::tr("Goal"), Tr::tr("Rated by"), Tr::tr("Score"), Tr::tr("Comment")}, rows);
}

QString accessLog(const CitizenReportContext& ctx)
{
    const auto entries = AccessLog(ctx.db).forCitizen(ctx.citizen.id);
    QVector<QStringList> rows;
    for (const auto& e : entries) {
        rows.append({formatDateTime(e.at), ctx.staffName(e.staffId), AccessLog::label(e.action), AccessLog::describe(e)});
    }
    QString h = QStringLiteral("<p>%1</p>")
                    .arg(R::esc(Tr::tr("Everyone who has opened, printed, exported or changed your record, newest "
                                      "first. For a change the log names the fields that were changed, not what was "
                                      "written. Making this document is recorded too.")));
    return rows.isEmpty() ? h : h + R::table({Tr::tr("When"), Tr::tr("Who"), Tr::tr("What"), Tr::tr("Details")}, rows);
}

QString about(const CitizenReportContext&)
{
    QString h;
    for (const QString& p :
         {Tr::tr("This document shows the records as they stand today. Records that were deleted (for example a draft "
                "that was thrown away) are not shown here; the data file lists them with the time they were deleted."),
          Tr::tr("The data file (JSON) holds every record about you in full, one list per kind of record, including drafts "
                "of notes and the technical fields the program uses."),
          Tr::tr("Closed cases are kept for a period after they end and then erased. If something is wrong, or you want to "
                "know more, contact your coordinating caseworker.")}) {
        h += QStringLiteral("<p>%1</p>").arg(R::esc(p));
    }
    return h;
}

} // namespace

void registerCitizenReportSections()
{
    auto section = [](QString key, int order, QStringList tables, std::function<QString()> title,
                      std::function<QString(const CitizenReportContext&)> html) {
        CitizenReport::registerSection({std::move(key), order, std::move(tables), std::move(title), std::move(html)});
    };
    const auto s = [](const char* t) { return QString::fromLatin1(t); };
    section(s("basic"), 10, {s("citizen")}, [] { return Tr::tr("Basic data"); }, basicData);
    section(s("screening"), 20, {s("screening")}, [] { return Tr::tr("Screenings"); }, screenings);
    section(s("appointments"), 30, {s("appointment")}, [] { return Tr::tr("Appointments"); }, appointments);
    section(s("consent"), 40, {s("consent")}, [] { return Tr::tr("Consent to share health information"); }, consents);
    section(s("notes"), 50, {s("icf_note")}, [] { return Tr::tr("Professional notes"); }, notes);
    section(s("conference"), 60, {s("conference")}, [] { return Tr::tr("Interdisciplinary conference"); }, conferences);
    section(s("plan"), 70, {s("plan"), s("plan_goal"), s("plan_intervention")}, [] { return Tr::tr("Intervention plan"); }, plans);
    section(s("ratings"), 80, {s("plan_rating")}, [] { return Tr::tr("Progression ratings"); }, ratings);
    section(s("outcome"), 90, {}, [] { return Tr::tr("How your course went"); }, outcome);
    section(s("access"), 100, {s("audit_log")}, [] { return Tr::tr("Who has read or changed your record"); }, accessLog);
    section(s("about"), 110, {}, [] { return Tr::tr("About this document"); }, about);
}

} // namespace samspil::ui
