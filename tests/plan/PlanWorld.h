#pragma once

#include "core/plan/Plan.h"
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Uuid.h"
#include "tests/support/TestSupport.h"

namespace samspil::test {

/// A database with a caseworker, a physiotherapist and one citizen (Åse Ærø).
struct PlanWorld
{
    TempDb t;
    QString caseworker;
    QString physio;
    QString citizen;

    PlanWorld()
    {
        caseworker = addStaff(QStringLiteral("Karen Sagsbehandler"), QStringLiteral("KS"), Profession::Caseworker);
        physio = addStaff(QStringLiteral("Peter Fysioterapeut"), QStringLiteral("PF"), Profession::Physiotherapist);
        Citizen c;
        c.cpr = QStringLiteral("610190-1234");
        c.name = QStringLiteral("Åse Ærø");
        c.benefit = QStringLiteral("sygedagpenge");
        c.benefitStart = QDate(2026, 9, 1);
        c.caseworkerId = caseworker;
        auto created = CitizenRepository(*t).create(c);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        citizen = created->id;
    }

    QString addStaff(const QString& name, const QString& initials, Profession p)
    {
        Staff s;
        s.name = name;
        s.initials = initials;
        s.profession = p;
        auto created = StaffRepository(*t).create(s);
        REQUIRE(created.ok());
        return created->id;
    }

    static PlanGoal goal(const QString& text, const QDate& target = {})
    {
        PlanGoal g;
        g.lineage = newUuid();
        g.text = text;
        g.criterion = QStringLiteral("Seen by the physiotherapist");
        g.tracks = {QStringLiteral("physical")};
        g.targetDate = target;
        return g;
    }

    Plan draftPlan() const
    {
        Plan p;
        p.citizenId = citizen;
        p.caseworkerId = caseworker;
        p.employmentGoal = QStringLiteral("Job som lagermedarbejder, 25 timer");
        p.goalKind = EmploymentGoalKind::OrdinaryJob;
        p.hoursPerWeek = 25;
        p.targetDate = QDate(2027, 6, 1);
        p.whatMatters = QStringLiteral("At kunne gå tur med hunden");
        p.firstStep = QStringLiteral("Ringe til fysioterapeuten");
        PlanGoal a = goal(QStringLiteral("Walk 30 minutes"), QDate(2027, 2, 1));
        a.responsibleId = physio;
        PlanGoal b = goal(QStringLiteral("Sleep better"), QDate(2027, 3, 1));
        b.tracks = {QStringLiteral("mild_mental")};
        PlanGoal sub = goal(QStringLiteral("Walk to the shop"), QDate(2026, 12, 15));
        sub.parentLineage = a.lineage;
        p.goals = {a, b, sub};
        PlanIntervention i;
        i.kind = QStringLiteral("physiotherapy");
        i.tracks = {QStringLiteral("physical")};
        i.providerId = physio;
        i.start = QDate(2026, 11, 1);
        i.end = QDate(2027, 1, 31);
        i.status = InterventionStatus::Running;
        i.goalLineages = {a.lineage};
        p.interventions = {i};
        return p;
    }

    Plan createDraft()
    {
        auto created = PlanRepository(*t).createDraft(draftPlan());
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        return created.value();
    }

    Agreement agreement() const { return {QDate(2026, 11, 20), AgreementMethod::InPerson, QStringLiteral("Borgeren, KS")}; }

    Plan createAgreed()
    {
        const Plan d = createDraft();
        auto agreed = PlanRepository(*t).agree(d.id, agreement());
        INFO(agreed.error().toStdString());
        REQUIRE(agreed.ok());
        return agreed.value();
    }
};

} // namespace samspil::test
