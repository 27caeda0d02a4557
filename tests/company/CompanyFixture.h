#pragma once

#include "core/citizen/CitizenRepository.h"
#include "core/company/CompanyRepository.h"
#include "core/company/PlacementRepository.h"
#include "tests/support/TestSupport.h"

namespace samspil::test {

/// A database with a caseworker acting, a virksomhedskonsulent, a leader, two citizens (synthetic CPR
/// numbers) and one company with a contact and an offer.
struct CompanyFixture
{
    TempDb t;
    Staff caseworker;
    Staff consultant;
    Staff leader; ///< a leader: reads, erases, changes no case
    QString citizen;
    QString other;
    Company company;

    CompanyFixture()
    {
        caseworker = addTestStaff(*t, QStringLiteral("Karen Koordinator"), QStringLiteral("KK"));
        consultant = addTestStaff(*t, QStringLiteral("Nanna Virksomhed"), QStringLiteral("NV"), Profession::CompanyConsultant);
        leader = addTestStaff(*t, QStringLiteral("Lene Leder"), QStringLiteral("LL"), Profession::Manager);
        actAs(*t, caseworker.id);
        citizen = addTestCitizen(*t, QStringLiteral("Aase Andersen"), QStringLiteral("610190-1234"));
        other = addTestCitizen(*t, QStringLiteral("Bo Berg"), QStringLiteral("620285-4321"));
        Company c;
        c.cvr = QStringLiteral("99002026");
        c.name = QStringLiteral("Byggemarked ApS");
        c.consultantId = consultant.id;
        c.contacts.append({{}, {}, QStringLiteral("Henrik Mester"), QStringLiteral("+45 98 00 10 01"), {}, {}});
        c.offers.append({{}, {}, PlacementKind::Praktik, QStringLiteral("Lager"), 20, QStringLiteral("Tunge løft"), 2, {}});
        auto saved = CompanyRepository(*t).save(c);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        company = *saved;
    }

    Placement placement(const QString& who, const QDate& from) const
    {
        Placement p;
        p.citizenId = who;
        p.companyId = company.id;
        p.offerId = company.offers.value(0).id;
        p.kind = PlacementKind::Praktik;
        p.from = from;
        p.to = from.addDays(27);
        p.hoursPerWeek = 15;
        p.tasks = QStringLiteral("Varemodtagelse");
        p.contactId = company.contacts.value(0).id;
        return p;
    }
};

} // namespace samspil::test
