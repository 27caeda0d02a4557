#pragma once

#include "core/screening/InstrumentLoader.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/workflow/PlanDraft.h"
#include "tests/support/TestSupport.h"

namespace samspil::test {

/// A team (caseworker, two physiotherapists, a psychologist, a nurse) working Monday–Friday
/// 08:00–16:00, and one citizen. The mock clock stands at Monday 23-11-2026 09:00 UTC.
struct TeamDayFixture
{
    TempDb t;
    Staff caseworker, physio, physio2, psych, nurse;
    QString citizen;
    QDate monday{2026, 11, 23};

    TeamDayFixture()
    {
        caseworker = addStaff(QStringLiteral("Karen Koordinator"), QStringLiteral("KK"), Profession::Caseworker);
        physio = addStaff(QStringLiteral("Frida Fysio"), QStringLiteral("FF"), Profession::Physiotherapist);
        physio2 = addStaff(QStringLiteral("Poul Fysio"), QStringLiteral("PF"), Profession::Physiotherapist);
        psych = addStaff(QStringLiteral("Signe Psykolog"), QStringLiteral("SP"), Profession::Psychologist);
        nurse = addStaff(QStringLiteral("Svend Sygeplejerske"), QStringLiteral("SS"), Profession::Nurse);
        for (const auto* s : {&caseworker, &physio, &physio2, &psych, &nurse}) {
            for (int wd = 1; wd <= 5; ++wd) {
                REQUIRE(AppointmentRepository(*t).setWorkingHours(s->id, wd, QTime(8, 0), QTime(16, 0)).ok());
            }
        }
        citizen = addCitizen(QStringLiteral("610190-1234"));
    }

    Staff addStaff(const QString& name, const QString& initials, Profession p)
    {
        return addTestStaff(*t, name, initials, p);
    }

    QString addCitizen(const QString& cpr)
    {
        Citizen c;
        c.cpr = cpr;
        c.name = QStringLiteral("Borger");
        c.benefit = QStringLiteral("sygedagpenge");
        c.benefitStart = monday.addDays(-5);
        c.caseworkerId = caseworker.id;
        auto r = CitizenRepository(*t).create(c);
        REQUIRE(r.ok());
        return r->id;
    }

    void screen(const QString& citizenId, Risk risk, const QDateTime& at)
    {
        const Instrument& in = InstrumentLoader::defaultInstrument();
        ScreeningDraft d;
        d.citizenId = citizenId;
        d.screenedBy = caseworker.id;
        d.screenedAt = at;
        for (const auto& item : in.items) {
            d.answers.insert(item.id, item.reverse ? item.min : item.max);
        }
        d.decidedRisk = risk;
        if (risk != Risk::High) {
            d.reason = QStringLiteral("Samtalen viste noget andet.");
        }
        auto r = ScreeningRepository(*t).save(in, d);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }

    Appointment talk(const Staff& s, AppointmentKind k, int h, int m, int minutes = 45, const QString& cit = {})
    {
        Appointment a;
        a.citizenId = cit.isEmpty() ? citizen : cit;
        a.staffId = s.id;
        a.kind = k;
        a.start = QDateTime(monday, QTime(h, m));
        a.end = a.start.addSecs(minutes * 60);
        return a;
    }

    /// Books as of Monday 07:00, before any of the fixture's talks (the mock clock is later that
    /// morning, and a booking is never in the past as of when it is made).
    template <typename Repo>
    Result<QVector<Appointment>> bookEarly(Repo&& repo, const QVector<Appointment>& appointments)
    {
        BookingOptions early;
        early.bookedAt = QDateTime(monday, QTime(7, 0));
        return repo.book(appointments, early);
    }

    /// A talk of the staff member's profession with the citizen, held the Friday before (so
    /// their note may be signed, FlowRules::whyNotSignable).
    Appointment holdTalk(const Staff& s, const QString& cit = {})
    {
        const QDate friday = monday.addDays(-3);
        Appointment a;
        a.citizenId = cit.isEmpty() ? citizen : cit;
        a.staffId = s.id;
        a.kind = AppointmentKinds::talkFor(s.profession).value_or(AppointmentKind::FollowUp);
        a.start = QDateTime(friday, QTime(8, 0)).addSecs(qint64(m_held++) * 50 * 60);
        a.end = a.start.addSecs(45 * 60);
        BookingOptions then;
        then.bookedAt = QDateTime(friday, QTime(7, 0));
        auto booked = AppointmentRepository(*t).book({a}, then);
        INFO(booked.error().toStdString());
        REQUIRE(booked.ok());
        REQUIRE(AppointmentRepository(*t).setStatus(booked->first().id, AppointmentStatus::Held).ok());
        return booked->first();
    }

    /// The three talks held (the Friday before), as the conference needs.
    void holdTeamDay(const QString& cit = {})
    {
        holdTalk(physio, cit);
        holdTalk(psych, cit);
        holdTalk(nurse, cit);
    }

    /// The three talks held and a short note from each signed: the conference may be held.
    void signTeamDayNotes(const QString& cit = {})
    {
        holdTeamDay(cit);
        for (const Staff* s : {&physio, &psych, &nurse}) {
            IcfNote n;
            n.citizenId = cit.isEmpty() ? citizen : cit;
            n.authorId = s->id;
            n.jobMeaning = QStringLiteral("Kan arbejde med skånehensyn.");
            auto draft = NoteRepository(*t).saveDraft(n);
            REQUIRE(draft.ok());
            auto signedNote = NoteRepository(*t).sign(draft->id, s->id);
            INFO(signedNote.error().toStdString());
            REQUIRE(signedNote.ok());
        }
    }

private:
    int m_held = 0;
};

/// Installs a plan creator that records what it was asked, for the length of a test.
struct FakePlanCreator
{
    QVector<PlanDraftRequest> requests;
    bool refuse = false;
    FakePlanCreator()
    {
        PlanDrafts::setCreator([this](Database&, const PlanDraftRequest& r) -> Result<QString> {
            if (refuse) {
                return fail(QStringLiteral("The plan could not be created."));
            }
            requests.append(r);
            return QStringLiteral("plan-%1").arg(requests.size());
        });
    }
    ~FakePlanCreator() { PlanDrafts::setCreator({}); }
};

} // namespace samspil::test
