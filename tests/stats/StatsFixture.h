#pragma once

#include "core/screening/InstrumentLoader.h"
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Uuid.h"
#include "tests/support/TestSupport.h"

namespace samspil::test {

/// A hand-made team for the dashboard tests. Today is Monday 23-11-2026 (the mock clock, 09:00
/// UTC); the period the tests ask about is 01-07-2026 – 30-11-2026. Every citizen below is
/// written out with what each figure should count for them; the tests' expected numbers come
/// from this list, worked out by hand (docs/dashboard.md has the definitions).
///
///   A  KS  start 03-08-2026, active.  High, screened 10-08. Three talks held on 10-08 (team day
///          on the screening day). No notes: next step "notes" due 12-08 (overdue). No plan or
///          conference: no track. Weeks: 16, open, cohort 2026 Q3.
///   B  KS  start 07-09-2026, active.  Moderate, screened 14-09. Physio and psychologist talks
///          held 14-09, nurse 16-09 (team day on another day). Notes due 18-09 (overdue). A
///          conference (not concluded) chose mild_mental + social. Weeks 11, open, Q3.
///   C  KS  start 05-10-2026, active.  Moderate, screened 12-10, no talks: "book team day" due
///          12-10 (overdue), team day not booked. Weeks 7, open, Q4.
///   D  KS  start 16-11-2026, active.  Not screened: screening due 23-11 (today). Weeks 1, Q4.
///   E  KS  start 02-03-2026, active.  Low, screened 09-03. Agreed plan: goal E1 (physical)
///          stagnates (citizen 4, 4, 4), goal E2 (social) diverges (citizen 2, professional 7),
///          sub-goal E3 (physical) reached; an intervention on lifestyle. Signals: "review the
///          plan" due today. Tracks physical, social, lifestyle. Started before the period: no weeks.
///   F  JV  start 05-01-2026, closed 15-07-2026 ordinary job.  Low. In the period (closed in it).
///   G  JV  start 06-07-2026, closed 05-10-2026 flex job.  Moderate, screened 13-07, three talks
///          held 13-07 (same day). Weeks 13, closed, Q3.
///   H  JV  start 02-02-2026, closed 30-06-2026 education.  Ended before the period: in no figure
///          of the period (and not active).
///   I  JV  start 17-08-2026, active.  Low, screened 24-08. Draft plan made 01-10 (never agreed:
///          "agree the plan" due 15-10, overdue): goal I1 (mild_mental) rises (citizen 3 then 6),
///          goal I2 (developmental) not rated. Weeks 14, open, Q3.
///   J  —   start 12-10-2026, active, no caseworker.  Not screened: screening due 19-10 (overdue).
///          Weeks 6, open, Q4.
///   LL is a caseworker with no citizens.
struct StatsFixture
{
    TempDb t;
    Staff ks, jv, ll, physio, psych, nurse;
    QString a, b, c, d, e, f, g, h, i, j;
    QDate today{2026, 11, 23};
    QDate from{2026, 7, 1};
    QDate to{2026, 11, 30};

    StatsFixture()
    {
        t.clock.set(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
        ks = addStaff(QStringLiteral("Karen Sørensen"), QStringLiteral("KS"), Profession::Caseworker);
        jv = addStaff(QStringLiteral("Jonas Vestergaard"), QStringLiteral("JV"), Profession::Caseworker);
        ll = addStaff(QStringLiteral("Lone Lund"), QStringLiteral("LL"), Profession::Caseworker);
        physio = addStaff(QStringLiteral("Peter Fysio"), QStringLiteral("PF"), Profession::Physiotherapist);
        psych = addStaff(QStringLiteral("Signe Psykolog"), QStringLiteral("SP"), Profession::Psychologist);
        nurse = addStaff(QStringLiteral("Svend Sygeplejerske"), QStringLiteral("SS"), Profession::Nurse);

        // Each step happens on its own day, with the clock standing there.
        at(QDate(2026, 11, 23));
        a = addCitizen(QStringLiteral("Anna A"), QStringLiteral("6101801111"), ks.id, QDate(2026, 8, 3));
        screen(a, Risk::High, QDate(2026, 8, 10));
        talks(a, {QDate(2026, 8, 10), QDate(2026, 8, 10), QDate(2026, 8, 10)});

        b = addCitizen(QStringLiteral("Bo B"), QStringLiteral("6202811112"), ks.id, QDate(2026, 9, 7));
        screen(b, Risk::Moderate, QDate(2026, 9, 14));
        talks(b, {QDate(2026, 9, 14), QDate(2026, 9, 14), QDate(2026, 9, 16)});
        conference(b, QDate(2026, 9, 20), QStringLiteral("mild_mental,social"));

        c = addCitizen(QStringLiteral("Clara C"), QStringLiteral("6303821113"), ks.id, QDate(2026, 10, 5));
        screen(c, Risk::Moderate, QDate(2026, 10, 12));

        d = addCitizen(QStringLiteral("Dan D"), QStringLiteral("6404831114"), ks.id, QDate(2026, 11, 16));

        e = addCitizen(QStringLiteral("Eva E"), QStringLiteral("6505841115"), ks.id, QDate(2026, 3, 2));
        screen(e, Risk::Low, QDate(2026, 3, 9));
        {
            at(QDate(2026, 8, 1));
            Plan p = basePlan(e);
            PlanGoal e1 = goal(QStringLiteral("physical"), 1);
            PlanGoal e2 = goal(QStringLiteral("social"), 2);
            PlanGoal e3 = goal(QStringLiteral("physical"), 1);
            e3.parentLineage = e1.lineage;
            e3.achievedOn = QDate(2026, 8, 1);
            p.goals = {e1, e2, e3};
            PlanIntervention iv;
            iv.kind = QStringLiteral("physiotherapy");
            iv.tracks = {QStringLiteral("lifestyle")};
            iv.providerExternal = QStringLiteral("Motion for alle");
            iv.goalLineages = {e1.lineage};
            p.interventions = {iv};
            auto draft = PlanRepository(*t).createDraft(p);
            INFO(draft.error().toStdString());
            REQUIRE(draft.ok());
            auto agreed = PlanRepository(*t).agree(draft->id, {QDate(2026, 8, 1), AgreementMethod::InPerson, QStringLiteral("Eva, KS")});
            INFO(agreed.error().toStdString());
            REQUIRE(agreed.ok());
            at(QDate(2026, 11, 23));
            rate(e, e1.lineage, Rater::Citizen, 4, QDate(2026, 9, 1));
            rate(e, e1.lineage, Rater::Citizen, 4, QDate(2026, 10, 1));
            rate(e, e1.lineage, Rater::Citizen, 4, QDate(2026, 11, 1));
            rate(e, e1.lineage, Rater::Professional, 5, QDate(2026, 11, 1));
            rate(e, e2.lineage, Rater::Citizen, 2, QDate(2026, 11, 10));
            rate(e, e2.lineage, Rater::Professional, 7, QDate(2026, 11, 10));
        }

        f = addCitizen(QStringLiteral("Finn F"), QStringLiteral("6606851116"), jv.id, QDate(2026, 1, 5));
        screen(f, Risk::Low, QDate(2026, 1, 12));
        close(f, QStringLiteral("ordinary_job"), QDate(2026, 7, 15));

        g = addCitizen(QStringLiteral("Gitte G"), QStringLiteral("6707861117"), jv.id, QDate(2026, 7, 6));
        screen(g, Risk::Moderate, QDate(2026, 7, 13));
        talks(g, {QDate(2026, 7, 13), QDate(2026, 7, 13), QDate(2026, 7, 13)});
        close(g, QStringLiteral("flex_job"), QDate(2026, 10, 5));

        h = addCitizen(QStringLiteral("Hans H"), QStringLiteral("6808871118"), jv.id, QDate(2026, 2, 2));
        close(h, QStringLiteral("education"), QDate(2026, 6, 30));

        i = addCitizen(QStringLiteral("Ida I"), QStringLiteral("6909881119"), jv.id, QDate(2026, 8, 17));
        screen(i, Risk::Low, QDate(2026, 8, 24));
        {
            at(QDate(2026, 10, 1));
            Plan p = basePlan(i);
            PlanGoal i1 = goal(QStringLiteral("mild_mental"), 1);
            PlanGoal i2 = goal(QStringLiteral("developmental"), 2);
            p.goals = {i1, i2};
            auto draft = PlanRepository(*t).createDraft(p);
            INFO(draft.error().toStdString());
            REQUIRE(draft.ok());
            at(QDate(2026, 11, 23));
            rate(i, i1.lineage, Rater::Citizen, 3, QDate(2026, 10, 5));
            rate(i, i1.lineage, Rater::Citizen, 6, QDate(2026, 11, 5));
        }

        j = addCitizen(QStringLiteral("Jens J"), QStringLiteral("7010891110"), QString(), QDate(2026, 10, 12));
        at(today);
    }

    void at(const QDate& day) { t.clock.set(QDateTime(day, QTime(9, 0), Qt::UTC)); }

    Staff addStaff(const QString& name, const QString& initials, Profession p)
    {
        return addTestStaff(*t, name, initials, p);
    }

    QString addCitizen(const QString& name, const QString& cpr, const QString& caseworker, const QDate& start)
    {
        Citizen c;
        c.cpr = cpr;
        c.name = name;
        c.benefit = QStringLiteral("sygedagpenge");
        c.benefitStart = start;
        c.caseworkerId = caseworker;
        auto r = CitizenRepository(*t).create(c);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r->id;
    }

    /// A decided screening at 10:00 local time on `day`.
    void screen(const QString& citizenId, Risk risk, const QDate& day)
    {
        const Instrument& in = InstrumentLoader::defaultInstrument();
        ScreeningDraft s;
        s.citizenId = citizenId;
        s.screenedBy = ks.id;
        s.screenedAt = QDateTime(day, QTime(10, 0));
        for (const auto& item : in.items) {
            s.answers.insert(item.id, item.reverse ? item.min : item.max);
        }
        s.decidedRisk = risk;
        s.reason = QStringLiteral("Samtalen viste noget andet.");
        auto r = ScreeningRepository(*t).save(in, s);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }

    /// The three team-day talks (physiotherapist, psychologist, nurse) on these days, held.
    void talks(const QString& citizenId, const QVector<QDate>& days)
    {
        const QStringList kinds{QStringLiteral("physiotherapist_talk"), QStringLiteral("psychologist_talk"),
                                QStringLiteral("nurse_talk")};
        const QVector<const Staff*> who{&physio, &psych, &nurse};
        const QString booking = newUuid();
        for (int k = 0; k < 3; ++k) {
            const QDateTime start(days[k], QTime(11 + k, 0));
            auto r = t->write(QStringLiteral("appointment"), newUuid(),
                              {{QStringLiteral("citizen_id"), citizenId},
                               {QStringLiteral("staff_id"), who[k]->id},
                               {QStringLiteral("kind"), kinds[k]},
                               {QStringLiteral("starts_at"), start},
                               {QStringLiteral("ends_at"), start.addSecs(45 * 60)},
                               {QStringLiteral("status"), QStringLiteral("held")},
                               {QStringLiteral("booking_id"), booking}});
            INFO(r.error().toStdString());
            REQUIRE(r.ok());
        }
    }

    void conference(const QString& citizenId, const QDate& held, const QString& tracks)
    {
        auto r = t->write(QStringLiteral("conference"), newUuid(),
                          {{QStringLiteral("citizen_id"), citizenId},
                           {QStringLiteral("held_on"), held},
                           {QStringLiteral("caseworker_id"), ks.id},
                           {QStringLiteral("employment_goal"), QStringLiteral("Job i butik")},
                           {QStringLiteral("tracks"), tracks}});
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }

    void close(const QString& citizenId, const QString& outcome, const QDate& day)
    {
        auto r = CitizenRepository(*t).closeCase(citizenId, outcome, day);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }

    Plan basePlan(const QString& citizenId) const
    {
        Plan p;
        p.citizenId = citizenId;
        p.caseworkerId = ks.id;
        p.employmentGoal = QStringLiteral("Job som lagermedarbejder");
        p.targetDate = QDate(2027, 12, 1);
        return p;
    }

    static PlanGoal goal(const QString& track, int position)
    {
        PlanGoal g;
        g.lineage = newUuid();
        g.position = position;
        g.text = QStringLiteral("Mål %1").arg(position);
        g.criterion = QStringLiteral("Set af fysioterapeuten");
        g.tracks = {track};
        g.targetDate = QDate(2027, 6, 1);
        return g;
    }

    void rate(const QString& citizenId, const QString& lineage, Rater rater, int score, const QDate& day)
    {
        Rating r;
        r.citizenId = citizenId;
        r.goalLineage = lineage;
        r.rater = rater;
        r.score = score;
        r.ratedOn = day;
        auto added = ProgressionRepository(*t).add(r);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
    }
};

} // namespace samspil::test
