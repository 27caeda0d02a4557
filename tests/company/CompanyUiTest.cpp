#include "core/company/PlacementRules.h"
#include "core/storage/AccessLog.h"
#include "core/util/Uuid.h"
#include "tests/company/CompanyFixture.h"
#include "ui/company/CompaniesWindow.h"
#include "ui/company/PlacementAgreement.h"
#include "ui/company/PlacementDialog.h"
#include "ui/company/PlacementsTab.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

TEST_CASE("The companies window finds as you type, saves a new company and refuses a bad CVR number", "[company][ui]")
{
    CompanyFixture f;
    CompaniesWindow w(*f.t);
    w.show();
    auto* list = w.findChild<QListWidget*>(QStringLiteral("companyList"));
    auto* search = w.findChild<QLineEdit*>(QStringLiteral("companySearch"));
    REQUIRE(list);
    REQUIRE(search);
    CHECK(list->count() == 1);

    QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("newCompanyButton")), Qt::LeftButton);
    QTest::keyClicks(w.findChild<QLineEdit*>(QStringLiteral("companyName")), QStringLiteral("Grønt og Park"));
    QTest::keyClicks(w.findChild<QLineEdit*>(QStringLiteral("companyCvr")), QStringLiteral("99019248"));
    QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("addContactButton")), Qt::LeftButton);
    auto* contacts = w.findChild<QTableWidget*>(QStringLiteral("contactsTable"));
    contacts->item(0, 0)->setText(QStringLiteral("Jens Brix"));
    QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("addOfferButton")), Qt::LeftButton);
    auto* offers = w.findChild<QTableWidget*>(QStringLiteral("offersTable"));
    offers->item(0, 1)->setText(QStringLiteral("Pasning af grønne områder"));
    offers->item(0, 2)->setText(QStringLiteral("25"));
    offers->item(0, 3)->setText(QStringLiteral("Udendørs, roligt tempo"));

    auto* save = w.findChild<QPushButton*>(QStringLiteral("saveCompanyButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(w.message().contains(QStringLiteral("check digit")));
    CHECK(list->count() == 1);

    auto* cvr = w.findChild<QLineEdit*>(QStringLiteral("companyCvr"));
    cvr->clear();
    QTest::keyClicks(cvr, QStringLiteral("99 01 92 47"));
    QTest::mouseClick(save, Qt::LeftButton);
    INFO(w.message().toStdString());
    CHECK(w.message().contains(QStringLiteral("saved")));
    CHECK(list->count() == 2);
    auto stored = CompanyRepository(*f.t).byCvr(QStringLiteral("99019247"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->contacts.size() == 1);
    REQUIRE((*stored)->offers.size() == 1);
    CHECK((*stored)->offers.front().hoursPerWeek == 25);

    QTest::keyClicks(search, QStringLiteral("grøn"));
    CHECK(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Grønt og Park")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("henrik")); // the contact person of the other company
    CHECK(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Byggemarked")));

    // A company added elsewhere (another PC, the command line) shows up by itself.
    search->clear();
    Company fish;
    fish.cvr = QStringLiteral("99039507");
    fish.name = QStringLiteral("Fiskeindustri");
    REQUIRE(CompanyRepository(*f.t).save(fish).ok());
    QTRY_COMPARE(list->count(), 3);
}

TEST_CASE("The placement dialog proposes nothing without notes, saves a placement with chosen skånehensyn and follow-ups",
          "[company][ui]")
{
    CompanyFixture f;
    PlacementsTab tab(*f.t, f.citizen);
    tab.show();
    CHECK(tab.placementCount() == 0);

    PlacementDialog dialog(*f.t, f.citizen, {});
    CHECK(dialog.proposed().isEmpty());
    auto* company = dialog.findChild<QComboBox*>(QStringLiteral("placementCompany"));
    REQUIRE(company);
    CHECK(company->currentText() == QStringLiteral("Byggemarked ApS"));
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("placementContact"))->count() == 2); // (none) + Henrik
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("placementIntervention"))->count() == 1); // no plan: (none)
    dialog.findChild<QComboBox*>(QStringLiteral("placementContact"))->setCurrentIndex(1);
    dialog.findChild<QCheckBox*>(QStringLiteral("accommodation-no-heavy-lifting"))->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("placementMentor")), QStringLiteral("Henrik Mester"));
    auto* followUps = dialog.findChild<QListWidget*>(QStringLiteral("followUpList"));
    REQUIRE(followUps->count() == 2); // one and three weeks in, by default

    // Ended early without a reason: refused, with the reason, and the dialog stays.
    auto* outcome = dialog.findChild<QComboBox*>(QStringLiteral("placementOutcome"));
    outcome->setCurrentIndex(outcome->findData(PlacementKinds::outcomeCode(PlacementOutcome::EndedEarly)));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    INFO(dialog.message().toStdString());
    CHECK(dialog.message().contains(QStringLiteral("ended early")));
    outcome->setCurrentIndex(0);
    // The citizen agrees to the company knowing one thing.
    dialog.findChild<QCheckBox*>(QStringLiteral("companyConsentCheck"))->setChecked(true);
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("companyConsentText")), QStringLiteral("Ondt i ryggen"));
    dialog.accept();
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Placement& p = dialog.saved();
    CHECK(p.accommodations == QStringList{QStringLiteral("no-heavy-lifting")});
    CHECK(p.mentor == QStringLiteral("Henrik Mester"));
    CHECK(p.contactId == f.company.contacts.front().id);
    CHECK(p.followUps.size() == 2);
    CHECK(p.tasks == QStringLiteral("Lager")); // from the company's offer
    auto consent = CompanyConsentRepository(*f.t).current(f.citizen, f.company.id);
    REQUIRE(consent.ok());
    CHECK(PlacementRules::healthForCompany(*consent, f.company.id, f.t.clock.today()) == QStringLiteral("Ondt i ryggen"));
    {
        // Opened again: the consent in force is shown; unticked, it is withdrawn.
        PlacementDialog again(*f.t, f.citizen, p.id);
        auto* box = again.findChild<QCheckBox*>(QStringLiteral("companyConsentCheck"));
        CHECK(box->isChecked());
        CHECK(again.findChild<QPlainTextEdit*>(QStringLiteral("companyConsentText"))->toPlainText() == QStringLiteral("Ondt i ryggen"));
        box->setChecked(false);
        again.accept();
        REQUIRE(again.result() == QDialog::Accepted);
        auto withdrawn = CompanyConsentRepository(*f.t).current(f.citizen, f.company.id);
        REQUIRE(withdrawn.ok());
        CHECK(PlacementRules::healthForCompany(*withdrawn, f.company.id, f.t.clock.today()).isEmpty());
    }

    // The tab follows the change.
    QTRY_COMPARE(tab.placementCount(), 1);
    auto* table = tab.findChild<QTableWidget*>(QStringLiteral("placementsTable"));
    CHECK(table->item(0, 0)->text() == QStringLiteral("Byggemarked ApS"));
    CHECK(table->item(0, 4)->text().contains(QStringLiteral("heavy lifting")));
    // No plan: every offer is a candidate, but the lifting praktik clashes with no heavy lifting.
    CHECK(tab.suggestions() == QStringList{QStringLiteral("No company's offer fits yet.")});
    Company more = f.company;
    more.offers.append({{}, {}, PlacementKind::Smaajob, QStringLiteral("Opsætning af cykler"), 6, QStringLiteral("Let arbejde"), 1, {}});
    REQUIRE(CompanyRepository(*f.t).save(more).ok());
    QTRY_VERIFY(tab.suggestions().front().startsWith(QStringLiteral("Byggemarked ApS offers small job")));
    CHECK(tab.suggestions().size() == 1);
}

TEST_CASE("Skånehensyn proposed from signed notes are ticked in the placement dialog", "[company][ui]")
{
    CompanyFixture f;
    // A signed physiotherapist's note written straight into the table (the notes' own rules are
    // tested in tests/teamday): reduced exercise tolerance.
    Staff physio;
    {
        Database::EngineScope engine(*f.t); // the team's leader adds her
        physio = addTestStaff(*f.t, QStringLiteral("Frida Fysio"), QStringLiteral("FF"), Profession::Physiotherapist);
    }
    IcfNote n;
    n.findings = {{QStringLiteral("b455"), 3, false, {}}};
    {
        Database::EngineScope engine(*f.t);
        auto written = f.t->write(QStringLiteral("icf_note"), newUuid(),
                           {{QStringLiteral("citizen_id"), f.citizen},
                            {QStringLiteral("author_id"), physio.id},
                            {QStringLiteral("profession"), QStringLiteral("physiotherapist")},
                            {QStringLiteral("findings"), QString::fromUtf8(QJsonDocument(IcfNote::findingsToJson(n.findings)).toJson())},
                            {QStringLiteral("created_at"), f.t.clock.now()},
                            {QStringLiteral("signed_at"), f.t.clock.now()},
                            {QStringLiteral("signed_hash"), n.contentHash()},
                            {QStringLiteral("version"), 1}});
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
    }
    actAs(*f.t, physio.id); // the author reads her own note
    PlacementDialog dialog(*f.t, f.citizen, {});
    CHECK(dialog.proposed().contains(QStringLiteral("no-heavy-lifting")));
    CHECK(dialog.proposed().contains(QStringLiteral("short-days")));
    auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("accommodation-no-heavy-lifting"));
    CHECK(box->isChecked());
    CHECK(box->toolTip().contains(QStringLiteral("b455.3")));
    CHECK_FALSE(dialog.findChild<QCheckBox*>(QStringLiteral("accommodation-clear-tasks"))->isChecked());
}

TEST_CASE("The placement agreement is an A4 PDF with the skånehensyn and only the consented health words, logged",
          "[company][ui][print]")
{
    CompanyFixture f;
    Placement p = f.placement(f.citizen, f.t.clock.today());
    p.accommodations = {QStringLiteral("no-heavy-lifting")};
    p.followUps = {{f.t.clock.today().addDays(7), false}};
    auto saved = PlacementRepository(*f.t).save(p);
    REQUIRE(saved.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("aftale.pdf"));
    auto pages = PlacementAgreement::writePdf(*f.t, saved->id, pdf, QStringLiteral("Hjørring Kommune"), QStringLiteral("Jobcenter"));
    INFO(pages.error().toStdString());
    REQUIRE(pages.ok());
    CHECK(*pages >= 1);
    auto html = PlacementAgreement::html(*f.t, saved->id, {}, {});
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("No heavy lifting")));
    CHECK(html->contains(QStringLiteral("has not agreed")));
    CompanyConsent c;
    c.citizenId = f.citizen;
    c.companyId = f.company.id;
    c.givenOn = f.t.clock.today();
    c.sharedHealth = QStringLiteral("Ondt i ryggen ved tunge løft");
    REQUIRE(CompanyConsentRepository(*f.t).give(c).ok());
    html = PlacementAgreement::html(*f.t, saved->id, {}, {});
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Ondt i ryggen ved tunge løft")));
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND detail = 'placement-agreement-pdf'"))
          == 1);
    if (!qEnvironmentVariableIsEmpty("SAMSPIL_AGREEMENT_PDF")) { // keep a copy to look at
        QFile::copy(pdf, qEnvironmentVariable("SAMSPIL_AGREEMENT_PDF"));
    }
}
