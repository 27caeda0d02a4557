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

std::optional<QDate> parseDate(const QString& text)
{
    QDate d = QDate::fromString(text, dateInputFormat());
    if (!d.isValid()) {
        d = QDate::fromString(text, Qt::ISODate);
    }
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

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

/// The citizen named by --citizen CPR; prints why and returns nothing when there is none.
std::optional<Citizen> citizenOption(Context& ctx, const QCommandLineParser& p, Database& db)
{
    const auto c = CitizenRepository(db).findByCpr(p.value(QStringLiteral("citizen")));
    if (!c) {
        failWith(ctx, Tr::tr("No citizen has the CPR number %1.").arg(p.value(QStringLiteral("citizen"))));
    }
    return c;
}

/// True when --citizen was given; else says how and returns false.
bool hasCitizenOption(Context& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("citizen"))) {
        ctx.err << Tr::tr("Name the citizen with --citizen CPR.") << Qt::endl;
        return false;
    }
    return true;
}

int runTeamDay(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("date"), Tr::tr("The day (dd-mm-yyyy or yyyy-mm-dd)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("staff"), Tr::tr("Only this staff member's appointments."), QStringLiteral("INITIALS")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    const auto day = parseDate(p.value(QStringLiteral("date")));
    if (!day) {
        ctx.err << Tr::tr("Give the day with --date DD-MM-YYYY.") << Qt::endl;
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    QString staffId;
    if (p.isSet(QStringLiteral("staff"))) {
        const auto s = StaffRepository(*db).byInitials(p.value(QStringLiteral("staff")));
        if (!s) {
            return failWith(ctx, Tr::tr("No staff member has the initials %1.").arg(p.value(QStringLiteral("staff"))));
        }
        staffId = s->id;
    }
    const auto staff = staffById(*db);
    const auto cprs = cprById(*db);
    QJsonArray out;
    for (const auto& a : AppointmentRepository(*db).onDay(*day)) {
        if (staffId.isEmpty() || a.staffId == staffId) {
            out.append(appointmentJson(a, staff, cprs));
        }
    }
    printJson(ctx, {{QStringLiteral("date"), day->toString(Qt::ISODate)}, {QStringLiteral("appointments"), out}});
    return Ok;
}

int runBookTeamDay(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    p.addOption({QStringLiteral("date"), Tr::tr("The screening day (default: today)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("minutes"), Tr::tr("Minutes per talk (default 45)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("dry-run"), Tr::tr("Only show the proposal; book nothing.")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (!hasCitizenOption(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    const auto c = citizenOption(ctx, p, *db);
    if (!c) {
        return Failed;
    }
    SlotRequest req;
    req.citizenId = c->id;
    req.notBefore = db->clock().now();
    req.day = db->clock().today();
    if (p.isSet(QStringLiteral("date"))) {
        const auto d = parseDate(p.value(QStringLiteral("date")));
        if (!d) {
            ctx.err << Tr::tr("Give the day with --date DD-MM-YYYY.") << Qt::endl;
            return Usage;
        }
        req.day = *d;
    }
    if (p.isSet(QStringLiteral("minutes"))) {
        bool ok = false;
        req.minutes = p.value(QStringLiteral("minutes")).toInt(&ok);
        if (!ok) {
            ctx.err << Tr::tr("--minutes takes a whole number.") << Qt::endl;
            return Usage;
        }
    }
    auto proposal = SlotPlanner::propose(*db, req);
    if (!proposal) {
        return failWith(ctx, proposal.error());
    }
    QVector<Appointment> talks = proposal->talks;
    for (auto& t : talks) {
        t.late = proposal->late;
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        auto booked = AppointmentRepository(*db).book(talks);
        if (!booked) {
            return failWith(ctx, booked.error());
        }
        talks = booked.value();
    }
    const QJsonArray out = appointmentsJson(*db, talks);
    printJson(ctx, {{QStringLiteral("date"), proposal->day.toString(Qt::ISODate)},
                    {QStringLiteral("late"), proposal->late},
                    {QStringLiteral("reason"), proposal->reason},
                    {QStringLiteral("booked"), !dryRun},
                    {QStringLiteral("appointments"), out}});
    return Ok;
}

int runWorkingHours(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("staff"), Tr::tr("The staff member."), QStringLiteral("INITIALS")});
    p.addOption({QStringLiteral("weekday"), Tr::tr("1 Monday … 7 Sunday."), QStringLiteral("N")});
    p.addOption({QStringLiteral("from"), Tr::tr("Start, HH:MM (leave out --from and --to to remove)."), QStringLiteral("TIME")});
    p.addOption({QStringLiteral("to"), Tr::tr("End, HH:MM."), QStringLiteral("TIME")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    const auto s = StaffRepository(*db).byInitials(p.value(QStringLiteral("staff")));
    if (!s) {
        return failWith(ctx, Tr::tr("No staff member has the initials %1.").arg(p.value(QStringLiteral("staff"))));
    }
    const QTime from = QTime::fromString(p.value(QStringLiteral("from")), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(p.value(QStringLiteral("to")), QStringLiteral("HH:mm"));
    if ((p.isSet(QStringLiteral("from")) && !from.isValid()) || (p.isSet(QStringLiteral("to")) && !to.isValid())) {
        ctx.err << Tr::tr("Times are written HH:MM, e.g. 08:30.") << Qt::endl;
        return Usage;
    }
    AppointmentRepository repo(*db);
    // Without --weekday, --from and --to: only show the week.
    const bool change
        = p.isSet(QStringLiteral("weekday")) || p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
    if (change) {
        if (auto r = repo.setWorkingHours(s->id, p.value(QStringLiteral("weekday")).toInt(), from, to); !r) {
            return failWith(ctx, r.error());
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

int runBookConference(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    p.addOption(
        {QStringLiteral("minutes"), Tr::tr("Length of the conference in minutes (default 30)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("days"),
                 Tr::tr("Look within this many days after the talks (default 2)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("place"), Tr::tr("Where the conference is held."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("dry-run"), Tr::tr("Only show the proposal; book nothing.")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (!hasCitizenOption(ctx, p)) {
        return Usage;
    }
    ConferenceRequest req;
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("minutes"), &req.minutes}, std::pair{QStringLiteral("days"), &req.withinDays}}) {
        if (p.isSet(option)) {
            bool ok = false;
            *target = p.value(option).toInt(&ok);
            if (!ok) {
                ctx.err << Tr::tr("--%1 takes a whole number.").arg(option) << Qt::endl;
                return Usage;
            }
        }
    }
    req.place = p.value(QStringLiteral("place"));
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    const auto c = citizenOption(ctx, p, *db);
    if (!c) {
        return Failed;
    }
    req.citizenId = c->id;
    auto proposal = ConferenceBooking::propose(*db, req);
    if (!proposal) {
        return failWith(ctx, proposal.error());
    }
    QVector<Appointment> appointments = proposal->appointments;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        auto booked = ConferenceBooking::book(*db, proposal.value());
        if (!booked) {
            return failWith(ctx, booked.error());
        }
        appointments = booked.value();
    }
    const QJsonArray out = appointmentsJson(*db, appointments);
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
    QCommandLineParser p;
    p.addOption({QStringLiteral("query"), Tr::tr("A code (b130) or words in Danish or English."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("core"), Tr::tr("Only the ICF Core Sets for vocational rehabilitation.")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    const auto scope = p.isSet(QStringLiteral("core")) ? IcfCatalogue::Scope::CoreSets : IcfCatalogue::Scope::All;
    QJsonArray out;
    for (const auto& c : IcfCatalogue::standard().search(p.value(QStringLiteral("query")), scope)) {
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
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("staff"), Tr::tr("The staff member."), QStringLiteral("INITIALS")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    const auto s = StaffRepository(*db).byInitials(p.value(QStringLiteral("staff")));
    if (!s) {
        return failWith(ctx, Tr::tr("No staff member has the initials %1.").arg(p.value(QStringLiteral("staff"))));
    }
    const auto cprs = cprById(*db);
    const QDate today = db->clock().today();
    QJsonArray out;
    for (const auto& t : MyTasks::forStaff(*db, s->id)) {
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
