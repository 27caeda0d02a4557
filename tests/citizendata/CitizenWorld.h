#pragma once

#include "core/screening/InstrumentLoader.h"
#include "core/storage/AccessLog.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/company/CompanyRepository.h"
#include "core/company/PlacementRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/sync/BatchFile.h"
#include "core/sync/Share.h"
#include "core/util/Uuid.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlQuery>
#include <QSqlRecord>

namespace samspil::test {

/// A team (caseworker, physiotherapist, psychologist, nurse) and two citizens with something of
/// every kind of record: Åse (closed in 2020, so past a five-year retention) with a screening,
/// three team-day talks, a consent, a signed and amended note and a draft, a conference, two plan
/// versions with goals and an intervention, a rating and log entries; and Bo (open) with a
/// screening, a talk, a consent, a plan and a rating. Every text is known, so tests can look for it.
struct CitizenWorld
{
    Database& db;
    Staff caseworker, physio, psych, nurse;
    QString aase, bo;
    QDate monday{2026, 11, 23};

    static inline const QString kAaseName = QStringLiteral("Åse Ærø Østergaard");
    static inline const QString kAaseCpr = QStringLiteral("6101901234");
    static inline const QString kBoName = QStringLiteral("Bo Bjerre");
    static inline const QString kBoCpr = QStringLiteral("6202851235");

    explicit CitizenWorld(Database& database, bool withStaff = true)
        : db(database)
    {
        if (withStaff) {
            caseworker = addStaff(QStringLiteral("Karen Koordinator"), QStringLiteral("KK"), Profession::Caseworker);
            caseworker.leader = true; // she also leads the team: erasure and the full export are hers
            REQUIRE(StaffRepository(db).update(caseworker).ok());
            physio = addStaff(QStringLiteral("Frida Fysio"), QStringLiteral("FF"), Profession::Physiotherapist);
            psych = addStaff(QStringLiteral("Signe Psykolog"), QStringLiteral("SP"), Profession::Psychologist);
            nurse = addStaff(QStringLiteral("Svend Sygeplejerske"), QStringLiteral("SS"), Profession::Nurse);
            for (const auto* s : {&caseworker, &physio, &psych, &nurse}) {
                for (int wd = 1; wd <= 5; ++wd) {
                    REQUIRE(AppointmentRepository(db).setWorkingHours(s->id, wd, QTime(8, 0), QTime(16, 0)).ok());
                }
            }
        }
        actAs(db, caseworker.id);
        aase = addCitizen(kAaseName, kAaseCpr, QDate(2019, 5, 1));
        bo = addCitizen(kBoName, kBoCpr, QDate(2026, 11, 2));
    }

    /// Everything for Åse, then everything for Bo, then Åse's case closed on 10-01-2020.
    void fill()
    {
        fillAase();
        fillBo();
        REQUIRE(CitizenRepository(db).closeCase(aase, QStringLiteral("ordinary_job"), QDate(2020, 1, 10)).ok());
    }

    Staff addStaff(const QString& name, const QString& initials, Profession p)
    {
        return addTestStaff(db, name, initials, p);
    }

    QString addCitizen(const QString& name, const QString& cpr, const QDate& benefitStart)
    {
        Citizen c;
        c.cpr = cpr;
        c.name = name;
        c.phone = QStringLiteral("20 30 40 50");
        c.benefit = QStringLiteral("sygedagpenge");
        c.benefitStart = benefitStart;
        c.caseworkerId = caseworker.id;
        auto r = CitizenRepository(db).create(c);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r->id;
    }

    void screen(const QString& citizen, const QString& assessment)
    {
        const Instrument& in = InstrumentLoader::defaultInstrument();
        ScreeningDraft d;
        d.citizenId = citizen;
        d.screenedBy = caseworker.id;
        d.screenedAt = QDateTime(monday, QTime(8, 0));
        for (const auto& item : in.items) {
            d.answers.insert(item.id, item.reverse ? item.min : item.max);
        }
        d.decidedRisk = Risk::High;
        d.assessment = assessment;
        auto r = ScreeningRepository(db).save(in, d);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }

    void book(const QString& citizen, const Staff& s, AppointmentKind kind, int hour, const QString& place)
    {
        Appointment a;
        a.citizenId = citizen;
        a.staffId = s.id;
        a.kind = kind;
        a.start = QDateTime(monday, QTime(hour, 0));
        a.end = a.start.addSecs(45 * 60);
        a.place = place;
        // Booked that morning and held once it has started, so its note may be signed (FlowRules).
        BookingOptions early;
        early.bookedAt = std::min(QDateTime(monday, QTime(7, 0)), db.clock().now().toLocalTime());
        early.overrideReason = QStringLiteral("Registreret bagefter.");
        auto r = AppointmentRepository(db).book({a}, early);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        if (a.start <= db.clock().now().toLocalTime()) {
            REQUIRE(AppointmentRepository(db).setStatus(r->first().id, AppointmentStatus::Held).ok());
        }
    }

    void consent(const QString& citizen)
    {
        Consent c;
        c.citizenId = citizen;
        c.givenOn = monday;
        c.scope = {QStringLiteral("physiotherapist"), QStringLiteral("psychologist"), QStringLiteral("nurse")};
        auto r = ConsentRepository(db).give(c);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }

    IcfNote note(const QString& citizen, const Staff& author, const QString& jobMeaning)
    {
        IcfNote n;
        n.citizenId = citizen;
        n.authorId = author.id;
        n.findings = {{QStringLiteral("b280"), 2, false, QStringLiteral("Lænd")}};
        n.jobMeaning = jobMeaning;
        n.personalFactors = QStringLiteral("Glad for at gå ture");
        n.tracks = {QStringLiteral("physical")};
        auto r = NoteRepository(db).saveDraft(n);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }

    Plan plan(const QString& citizen, const QString& goalText)
    {
        Plan p;
        p.citizenId = citizen;
        p.caseworkerId = caseworker.id;
        p.employmentGoal = QStringLiteral("Lagerarbejde 25 timer");
        p.hoursPerWeek = 25;
        p.whatMatters = QStringLiteral("At kunne gå tur med hunden");
        PlanGoal g;
        g.lineage = newUuid();
        g.text = goalText;
        g.criterion = QStringLiteral("Fysioterapeuten ser det");
        g.tracks = {QStringLiteral("physical")};
        g.responsibleId = physio.id;
        p.goals = {g};
        PlanIntervention i;
        i.kind = QStringLiteral("physiotherapy");
        i.providerId = physio.id;
        i.start = monday;
        i.goalLineages = {g.lineage};
        p.interventions = {i};
        auto r = PlanRepository(db).createDraft(p);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }

    void rate(const QString& citizen, const QString& comment)
    {
        Rating r;
        r.citizenId = citizen;
        r.rater = Rater::Caseworker;
        r.score = 4;
        r.ratedOn = monday;
        r.comment = comment;
        REQUIRE(ProgressionRepository(db).add(r).ok());
    }

    void fillAase()
    {
        screen(aase, QStringLiteral("Motiveret for praktik på lager"));
        book(aase, physio, AppointmentKind::PhysiotherapistTalk, 9, QStringLiteral("Lokale Bøgen"));
        book(aase, psych, AppointmentKind::PsychologistTalk, 10, QStringLiteral("Lokale Bøgen"));
        book(aase, nurse, AppointmentKind::NurseTalk, 11, QStringLiteral("Lokale Bøgen"));
        consent(aase);
        actAs(db, physio.id);
        const IcfNote first = note(aase, physio, QStringLiteral("Kan løfte ti kilo"));
        REQUIRE(NoteRepository(db).sign(first.id, physio.id).ok());
        auto amended = NoteRepository(db).amend(first.id, physio.id);
        REQUIRE(amended.ok());
        IcfNote second = amended.value();
        second.jobMeaning = QStringLiteral("Kan løfte femten kilo");
        REQUIRE(NoteRepository(db).saveDraft(second).ok());
        REQUIRE(NoteRepository(db).sign(second.id, physio.id).ok());
        actAs(db, psych.id);
        note(aase, psych, QStringLiteral("Kladdetekst endnu ikke underskrevet"));
        actAs(db, caseworker.id);
        REQUIRE(db.write(QStringLiteral("conference"), newUuid(),
                         {{QStringLiteral("citizen_id"), aase},
                          {QStringLiteral("held_on"), monday},
                          {QStringLiteral("employment_goal"), QStringLiteral("Konferencemål lager")},
                          {QStringLiteral("participants"), QStringList{physio.id, psych.id, nurse.id}.join(QLatin1Char(','))}})
                    .ok());
        const Plan v1 = plan(aase, QStringLiteral("Gå en tur hver dag"));
        REQUIRE(PlanRepository(db).agree(v1.id, {monday, AgreementMethod::InPerson, QStringLiteral("Borgeren, KK")}).ok());
        REQUIRE(PlanRepository(db).revise(v1.id).ok());
        rate(aase, QStringLiteral("Det går bedre"));
        place(aase, QStringLiteral("Lager, varemodtagelse"));
        CompanyConsent shared;
        shared.citizenId = aase;
        shared.companyId = company;
        shared.givenOn = monday;
        shared.sharedHealth = QStringLiteral("Må ikke løfte over ti kilo");
        REQUIRE(CompanyConsentRepository(db).give(shared).ok());
        REQUIRE(AccessLog(db).record(AccessLog::Action::Open, aase, AccessLog::kPage).ok());
    }

    /// A placement at the fixture's one company (made with the first placement); erasure
    /// removes the citizen's placements and leaves the company.
    void place(const QString& citizen, const QString& tasks)
    {
        if (company.isEmpty()) {
            Company c;
            c.cvr = QStringLiteral("99002026");
            c.name = QStringLiteral("Lager og Butik ApS");
            auto saved = CompanyRepository(db).save(c);
            INFO(saved.error().toStdString());
            REQUIRE(saved.ok());
            company = saved->id;
        }
        Placement p;
        p.citizenId = citizen;
        p.companyId = company;
        p.from = monday;
        p.to = monday.addDays(27);
        p.hoursPerWeek = 15;
        p.tasks = tasks;
        p.accommodations = {QStringLiteral("no-heavy-lifting")};
        p.followUps = {{monday.addDays(7), false}};
        auto saved = PlacementRepository(db).save(p);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
    }
    QString company;

    void fillBo()
    {
        screen(bo, QStringLiteral("Bo vurdering"));
        book(bo, physio, AppointmentKind::PhysiotherapistTalk, 13, QStringLiteral("Lokale Egen"));
        consent(bo);
        plan(bo, QStringLiteral("Bo-mål om søvn"));
        rate(bo, QStringLiteral("Bo-kommentar"));
        place(bo, QStringLiteral("Bo-opgaver i butikken"));
        REQUIRE(AccessLog(db).record(AccessLog::Action::Open, bo, AccessLog::kPage).ok());
    }

    /// The ids of a citizen's rows per table, read with hand-written SQL (not through the
    /// CitizenLink declarations the code under test uses).
    static QHash<QString, QStringList> expectedRows(Database& db, const QString& citizen)
    {
        QHash<QString, QStringList> out;
        auto ids = [&](const QString& table, const QString& sql) {
            QSqlQuery q(db.sql());
            q.prepare(sql);
            q.addBindValue(citizen);
            REQUIRE(q.exec());
            while (q.next()) {
                out[table] << q.value(0).toString();
            }
            out[table].sort();
        };
        ids(QStringLiteral("citizen"), QStringLiteral("SELECT id FROM citizen WHERE id = ?"));
        for (const char* t : {"screening", "appointment", "consent", "icf_note", "conference", "plan", "plan_rating",
                              "audit_log", "placement", "company_consent"}) {
            ids(QLatin1String(t), QStringLiteral("SELECT id FROM %1 WHERE citizen_id = ?").arg(QLatin1String(t)));
        }
        for (const char* t : {"plan_goal", "plan_intervention"}) {
            ids(QLatin1String(t), QStringLiteral("SELECT id FROM %1 WHERE plan_id IN (SELECT id FROM plan WHERE citizen_id = ?)")
                                      .arg(QLatin1String(t)));
        }
        for (auto it = out.begin(); it != out.end();) {
            it = it->isEmpty() ? out.erase(it) : std::next(it);
        }
        return out;
    }

    /// Every table of the file (local bookkeeping included) with every value as text, one line a row.
    static QHash<QString, QStringList> everything(Database& db)
    {
        QHash<QString, QStringList> out;
        QStringList tables;
        {
            QSqlQuery q(db.sql());
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
            while (q.next()) {
                tables << q.value(0).toString();
            }
        }
        for (const QString& t : tables) {
            QSqlQuery q(db.sql());
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i) {
                    cells << q.value(i).toString();
                }
                out[t] << cells.join(QLatin1Char('|'));
            }
        }
        return out;
    }

    /// The things that identify Åse: name, CPR number, and the id of every row about her.
    static QStringList traces(Database& db, const CitizenWorld& w)
    {
        QStringList out{kAaseName, kAaseCpr, QStringLiteral("610190-1234")};
        for (const auto& ids : expectedRows(db, w.aase)) {
            out += ids;
        }
        return out;
    }

    /// Every row of every table of the file (local bookkeeping included) that holds one of the traces.
    /// The two tables erasure leaves behind are looked at separately.
    static QStringList leftovers(Database& db, const QStringList& traces, const QSet<QString>& skip = {})
    {
        QStringList found;
        const auto all = everything(db);
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (skip.contains(it.key())) {
                continue;
            }
            for (const auto& row : it.value()) {
                // The change log of the two tables erasure leaves behind holds their (id-only) content.
                if (it.key() == QLatin1String("change_log")
                    && (row.contains(QLatin1String("|erased_row|")) || row.contains(QLatin1String("|erasure|")))) {
                    continue;
                }
                for (const auto& trace : traces) {
                    if (row.contains(trace)) {
                        found << it.key() + QStringLiteral(": ") + trace;
                    }
                }
            }
        }
        return found;
    }

};

} // namespace samspil::test
