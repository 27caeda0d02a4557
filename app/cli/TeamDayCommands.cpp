#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "core/teamday/IcfCatalogue.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/ConferenceBooking.h"
#include "core/teamday/SlotPlanner.h"
#include "core/teamday/TeamDayModule.h"
#include "core/util/Dates.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString localIso(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QJsonObject appointmentJson(const Appointment& a, const QHash<QString, Staff>& staff, const QHash<QString, QString>& cprs)
{
    return {{QStringLiteral("id"), a.id.isEmpty() ? QJsonValue() : QJsonValue(a.id)},
            {QStringLiteral("start"), localIso(a.start)},
            {QStringLiteral("end"), localIso(a.end)},
            {QStringLiteral("kind"), AppointmentKinds::code(a.kind)},
            {QStringLiteral("status"), AppointmentStatuses::code(a.status)},
            {QStringLiteral("staff"), staff.value(a.staffId).initials},
            {QStringLiteral("profession"), Professions::code(staff.value(a.staffId).profession)},
            {QStringLiteral("citizen_cpr"), cprs.value(a.citizenId)},
            {QStringLiteral("place"), a.place},
            {QStringLiteral("late"), a.late}};
}

QHash<QString, Staff> staffById(Database& db)
{
    QHash<QString, Staff> out;
    for (const auto& s : StaffRepository(db).all()) {
        out.insert(s.id, s);
    }
    return out;
}

QHash<QString, QString> cprById(Database& db)
{
    QHash<QString, QString> out;
    for (const auto& c : CitizenRepository(db).all()) {
        out.insert(c.id, c.cpr);
    }
    return out;
}

QJsonArray appointmentsJson(Database& db, const QVector<Appointment>& appointments)
{
    const auto staff = staffById(db);
    const auto cprs = cprById(db);
    QJsonArray out;
    for (const auto& a : appointments) {
        out.append(appointmentJson(a, staff, cprs));
    }
    return out;
}

int runTeamDay(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("date"), Tr::tr("The day (dd-mm-yyyy or yyyy-mm-dd)."), QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("staff"), Tr::tr("Only this staff member's appointments."), QStringLiteral("INITIALS")});
    if (!cl.parse()) {
        return Usage;
    }
    const auto day = parseDate(cl.value(QStringLiteral("date")));
    if (!day) {
        return cl.usage(Tr::tr("Give the day with --date DD-MM-YYYY."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    QString staffId;
    if (cl.isSet(QStringLiteral("staff"))) {
        const auto s = cl.staffMember(QStringLiteral("staff"));
        if (!s) {
            return Failed;
        }
        staffId = s->id;
    }
    const auto staff = staffById(db);
    const auto cprs = cprById(db);
    QJsonArray out;
    for (const auto& a : AppointmentRepository(db).onDay(*day)) {
        if (staffId.isEmpty() || a.staffId == staffId) {
            out.append(appointmentJson(a, staff, cprs));
        }
    }
    printJson(ctx, {{QStringLiteral("date"), day->toString(Qt::ISODate)}, {QStringLiteral("appointments"), out}});
    return Ok;
}

int runBookTeamDay(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("date"), Tr::tr("The screening day (default: today)."), QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("minutes"), Tr::tr("Minutes per talk (default 45)."), QStringLiteral("N")});
    cl.addOption({QStringLiteral("dry-run"), Tr::tr("Only show the proposal; book nothing.")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("citizen"))) {
        return cl.usage(Tr::tr("Name the citizen with --citizen CPR."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    const auto c = cl.citizen();
    if (!c) {
        return Failed;
    }
    SlotRequest req;
    req.citizenId = c->id;
    req.notBefore = db.clock().now();
    req.day = db.clock().today();
    if (cl.isSet(QStringLiteral("date"))) {
        const auto d = parseDate(cl.value(QStringLiteral("date")));
        if (!d) {
            return cl.usage(Tr::tr("Give the day with --date DD-MM-YYYY."));
        }
        req.day = *d;
    }
    if (cl.isSet(QStringLiteral("minutes"))) {
        bool ok = false;
        req.minutes = cl.value(QStringLiteral("minutes")).toInt(&ok);
        if (!ok) {
            return cl.usage(Tr::tr("--minutes takes a whole number."));
        }
    }
    auto proposal = SlotPlanner::propose(db, req);
    if (!proposal) {
        return cl.fail(proposal.error());
    }
    QVector<Appointment> talks = proposal->talks;
    for (auto& t : talks) {
        t.late = proposal->late;
    }
    const bool dryRun = cl.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        auto booked = AppointmentRepository(db).book(talks);
        if (!booked) {
            return cl.fail(booked.error());
        }
        talks = booked.value();
    }
    const QJsonArray out = appointmentsJson(db, talks);
    printJson(ctx, {{QStringLiteral("date"), proposal->day.toString(Qt::ISODate)},
                    {QStringLiteral("late"), proposal->late},
                    {QStringLiteral("reason"), proposal->reason},
                    {QStringLiteral("booked"), !dryRun},
                    {QStringLiteral("appointments"), out}});
    return Ok;
}

int runWorkingHours(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("staff"), Tr::tr("The staff member."), QStringLiteral("INITIALS")});
    cl.addOption({QStringLiteral("weekday"), Tr::tr("1 Monday … 7 Sunday."), QStringLiteral("N")});
    cl.addOption({QStringLiteral("from"), Tr::tr("Start, HH:MM (leave out --from and --to to remove)."), QStringLiteral("TIME")});
    cl.addOption({QStringLiteral("to"), Tr::tr("End, HH:MM."), QStringLiteral("TIME")});
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    const auto s = cl.staffMember(QStringLiteral("staff"));
    if (!s) {
        return Failed;
    }
    const QTime from = QTime::fromString(cl.value(QStringLiteral("from")), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(cl.value(QStringLiteral("to")), QStringLiteral("HH:mm"));
    if ((cl.isSet(QStringLiteral("from")) && !from.isValid()) || (cl.isSet(QStringLiteral("to")) && !to.isValid())) {
        return cl.usage(Tr::tr("Times are written HH:MM, e.g. 08:30."));
    }
    AppointmentRepository repo(db);
    // Without --weekday, --from and --to: only show the week.
    const bool change
        = cl.isSet(QStringLiteral("weekday")) || cl.isSet(QStringLiteral("from")) || cl.isSet(QStringLiteral("to"));
    if (change) {
        if (auto r = repo.setWorkingHours(s->id, cl.value(QStringLiteral("weekday")).toInt(), from, to); !r) {
            return cl.fail(r.error());
        }
    }
    QJsonArray out;
    for (const auto& h : repo.workingHours(s->id)) {
        out.append(QJsonObject{{QStringLiteral("weekday"), h.weekday},
                               {QStringLiteral("from"), h.from.toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("to"), h.to.toString(QStringLiteral("HH:mm"))}});
    }
    printJson(ctx, {{QStringLiteral("staff"), s->initials}, {QStringLiteral("working_hours"), out}});
    return Ok;
}

/// The conference at the time of --at (with the default participants when none are given), or
/// the proposal. A usage error has been printed when the error is empty.
Result<ConferenceProposal> chosenOrProposed(CommandLine& cl, Database& db, ConferenceRequest req)
{
    if (!cl.isSet(QStringLiteral("at"))) {
        return ConferenceBooking::propose(db, req);
    }
    const QStringList parts = cl.value(QStringLiteral("at")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto day = parts.size() == 2 ? parseDate(parts.at(0)) : std::nullopt;
    const QTime time = parts.size() == 2 ? QTime::fromString(parts.at(1), QStringLiteral("HH:mm")) : QTime();
    if (!day || !time.isValid()) {
        cl.usage(Tr::tr("Give the time with --at \"DD-MM-YYYY HH:MM\"."));
        return Error{QString()};
    }
    if (const auto why = FlowRules::whyNoConferenceYet(AppointmentRepository(db).forCitizen(req.citizenId));
        !why.isEmpty()) {
        return fail(why);
    }
    auto who = ConferenceBooking::defaultParticipants(db, req.citizenId);
    if (!who) {
        return Error{who.error()};
    }
    req.participants = who.value();
    auto p = ConferenceBooking::at(req, QDateTime(*day, time));
    p.talksEnd = ConferenceBooking::talksEnd(db, req.citizenId);
    return p;
}

int runBookConference(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption(
        {QStringLiteral("minutes"), Tr::tr("Length of the conference in minutes (default 30)."), QStringLiteral("N")});
    cl.addOption({QStringLiteral("days"),
                  Tr::tr("Look within this many days after the talks (default 2)."),
                  QStringLiteral("N")});
    cl.addOption({QStringLiteral("place"), Tr::tr("Where the conference is held."), QStringLiteral("TEXT")});
    cl.addOption({QStringLiteral("at"), Tr::tr("Book this time instead of the proposal: \"DD-MM-YYYY HH:MM\"."),
                  QStringLiteral("WHEN")});
    cl.addOption({QStringLiteral("override-reason"),
                  Tr::tr("Book even in the past or outside working hours, for this reason (stored with the booking)."),
                  QStringLiteral("TEXT")});
    cl.addOption({QStringLiteral("dry-run"), Tr::tr("Only show the proposal; book nothing.")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("citizen"))) {
        return cl.usage(Tr::tr("Name the citizen with --citizen CPR."));
    }
    ConferenceRequest req;
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("minutes"), &req.minutes}, std::pair{QStringLiteral("days"), &req.withinDays}}) {
        if (cl.isSet(option)) {
            bool ok = false;
            *target = cl.value(option).toInt(&ok);
            if (!ok) {
                return cl.usage(Tr::tr("--%1 takes a whole number.").arg(option));
            }
        }
    }
    req.place = cl.value(QStringLiteral("place"));
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    const auto c = cl.citizen();
    if (!c) {
        return Failed;
    }
    req.citizenId = c->id;
    auto proposal = chosenOrProposed(cl, db, req);
    if (!proposal) {
        return proposal.error().isEmpty() ? Usage : cl.fail(proposal.error());
    }
    QVector<Appointment> appointments = proposal->appointments;
    const bool dryRun = cl.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        BookingOptions options;
        options.overrideReason = cl.value(QStringLiteral("override-reason"));
        auto booked = ConferenceBooking::book(db, proposal.value(), options);
        if (!booked) {
            return cl.fail(booked.error());
        }
        appointments = booked.value();
    }
    const QJsonArray out = appointmentsJson(db, appointments);
    printJson(ctx,
              {{QStringLiteral("start"), localIso(proposal->start)},
               {QStringLiteral("end"), localIso(proposal->end)},
               {QStringLiteral("after_talks"),
                proposal->talksEnd.isValid() ? QJsonValue(localIso(proposal->talksEnd)) : QJsonValue()},
               {QStringLiteral("booked"), !dryRun},
               {QStringLiteral("appointments"), out}});
    return Ok;
}

int runIcfSearch(Context& ctx)
{
    CommandLine cl(ctx, CommandLine::Uses::NoDatabase);
    cl.addOption({QStringLiteral("query"), Tr::tr("A code (b130) or words in Danish or English."), QStringLiteral("TEXT")});
    cl.addOption({QStringLiteral("core"), Tr::tr("Only the ICF Core Sets for vocational rehabilitation.")});
    if (!cl.parse()) {
        return Usage;
    }
    const auto scope = cl.isSet(QStringLiteral("core")) ? IcfCatalogue::Scope::CoreSets : IcfCatalogue::Scope::All;
    QJsonArray out;
    for (const auto& c : IcfCatalogue::standard().search(cl.value(QStringLiteral("query")), scope)) {
        out.append(QJsonObject{{QStringLiteral("code"), c.code},
                               {QStringLiteral("component"), QString(IcfComponents::letter(c.component))},
                               {QStringLiteral("chapter"), c.chapterCode()},
                               {QStringLiteral("da"), c.titleDa},
                               {QStringLiteral("en"), c.titleEn},
                               {QStringLiteral("core_sets"), QJsonArray::fromStringList(c.coreSets)}});
    }
    printJson(ctx, {{QStringLiteral("categories"), out}});
    return Ok;
}

int runMyTasks(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("staff"), Tr::tr("The staff member."), QStringLiteral("INITIALS")});
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    const auto s = cl.staffMember(QStringLiteral("staff"));
    if (!s) {
        return Failed;
    }
    const auto cprs = cprById(db);
    const QDate today = db.clock().today();
    QJsonArray out;
    for (const auto& t : MyTasks::forStaff(db, s->id)) {
        out.append(QJsonObject{{QStringLiteral("citizen_cpr"), cprs.value(t.citizenId)},
                               {QStringLiteral("step"), t.step.code},
                               {QStringLiteral("due"), t.step.due.isValid() ? QJsonValue(t.step.due.toString(Qt::ISODate))
                                                                             : QJsonValue()},
                               {QStringLiteral("overdue"), t.step.overdue(today)}});
    }
    printJson(ctx, {{QStringLiteral("staff"), s->initials}, {QStringLiteral("tasks"), out}});
    return Ok;
}

} // namespace

std::vector<Command> teamDayCommands()
{
    return {
        {QStringLiteral("team-day"), QStringLiteral("team-day --db FILE --date DATE [--staff INITIALS]"), runTeamDay},
        {QStringLiteral("book-team-day"),
         QStringLiteral("book-team-day --db FILE --citizen CPR [--date DATE] [--minutes N] [--dry-run]"),
         runBookTeamDay},
        {QStringLiteral("book-conference"),
         QStringLiteral("book-conference --db FILE --citizen CPR [--minutes N] [--days N] [--place TEXT] [--dry-run]"),
         runBookConference},
        {QStringLiteral("working-hours"),
         QStringLiteral("working-hours --db FILE --staff INITIALS [--weekday N [--from HH:MM --to HH:MM]]"),
         runWorkingHours},
        {QStringLiteral("icf-search"), QStringLiteral("icf-search --query TEXT [--core]"), runIcfSearch},
        {QStringLiteral("my-tasks"), QStringLiteral("my-tasks --db FILE --staff INITIALS"), runMyTasks},
    };
}

} // namespace samspil::cli
