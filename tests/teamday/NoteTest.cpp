#include "core/teamday/IcfCatalogue.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/teamday/Conference.h"
#include "tests/teamday/TeamDayFixture.h"

using namespace samspil;
using namespace samspil::test;

namespace {
IcfNote draft(const TeamDayFixture& f, const Staff& author, QVector<IcfFinding> findings)
{
    IcfNote n;
    n.citizenId = f.citizen;
    n.authorId = author.id;
    n.findings = std::move(findings);
    n.jobMeaning = QStringLiteral("Kan arbejde 20 timer om ugen med pauser.");
    n.tracks = {QStringLiteral("physical")};
    return n;
}
} // namespace

TEST_CASE("The ICF catalogue: the brief core set for vocational rehabilitation, searchable in both languages", "[teamday][icf]")
{
    const auto& c = IcfCatalogue::standard();
    REQUIRE(c.categories().size() >= 50);
    int brief = 0;
    QHash<IcfComponent, int> perComponent;
    for (const auto& cat : c.categories()) {
        brief += cat.inBriefCoreSet() ? 1 : 0;
        perComponent[cat.component] += cat.inBriefCoreSet() ? 1 : 0;
        CHECK_FALSE(cat.titleDa.isEmpty());
        CHECK_FALSE(cat.titleEn.isEmpty());
    }
    // 13 categories: 3 body functions, 6 activities and participation, 4 environmental factors.
    CHECK(brief == 13);
    CHECK(perComponent.value(IcfComponent::BodyFunctions) == 3);
    CHECK(perComponent.value(IcfComponent::Activities) == 6);
    CHECK(perComponent.value(IcfComponent::Environment) == 4);
    REQUIRE(c.find(QStringLiteral("d845")));
    CHECK(c.find(QStringLiteral("d845"))->titleEn == QStringLiteral("Acquiring, keeping and terminating a job"));

    CHECK(c.search(QStringLiteral("b13")).first().code == QStringLiteral("b130"));
    auto byEnglish = c.search(QStringLiteral("stress demands"));
    REQUIRE(byEnglish.size() == 1);
    CHECK(byEnglish.first().code == QStringLiteral("d240"));
    auto byDanish = c.search(QStringLiteral("SØVN"));
    REQUIRE(byDanish.size() == 1);
    CHECK(byDanish.first().code == QStringLiteral("b134"));
    CHECK(c.search(QStringLiteral("no such words")).isEmpty());
}

TEST_CASE("Qualifiers: 0–4, 8, 9, and environmental factors as barriers or facilitators", "[teamday][icf]")
{
    const auto& c = IcfCatalogue::standard();
    CHECK(IcfQualifiers::problems({QStringLiteral("b130"), 2, false, {}}, c).isEmpty());
    CHECK(IcfQualifiers::problems({QStringLiteral("b130"), 9, false, {}}, c).isEmpty());
    CHECK_FALSE(IcfQualifiers::problems({QStringLiteral("b130"), 5, false, {}}, c).isEmpty());
    CHECK_FALSE(IcfQualifiers::problems({QStringLiteral("b130"), 2, true, {}}, c).isEmpty());
    CHECK_FALSE(IcfQualifiers::problems({QStringLiteral("x999"), 2, false, {}}, c).isEmpty());
    CHECK(IcfQualifiers::problems({QStringLiteral("e310"), 3, true, {}}, c).isEmpty());
    CHECK(IcfFinding{QStringLiteral("e310"), 3, true, {}}.coded() == QStringLiteral("e310+3"));
    CHECK(IcfFinding{QStringLiteral("e310"), 2, false, {}}.coded() == QStringLiteral("e310.2"));
    CHECK(IcfFinding{QStringLiteral("d850"), 4, false, {}}.qualifierLabel() == QStringLiteral("complete problem"));
    CHECK(IcfFinding{QStringLiteral("e310"), 3, true, {}}.qualifierLabel() == QStringLiteral("substantial facilitator"));
}

TEST_CASE(
    "Signing validates against the whole ICF catalogue: outside the core sets is sound, a code it lacks is refused",
    "[teamday][notes][icf]")
{
    TeamDayFixture f;
    f.holdTalk(f.physio);
    NoteRepository notes(*f.t);
    // b735 muscle tone and s750 lower extremity are in no core set; b2801 is a finer ICF level the catalogue lacks.
    REQUIRE_FALSE(IcfCatalogue::standard().find(QStringLiteral("b735"))->inCoreSet());
    auto n = notes.saveDraft(draft(f,
                                   f.physio,
                                   {{QStringLiteral("b735"), 2, false, {}},
                                    {QStringLiteral("s750"), 1, false, {}},
                                    {QStringLiteral("b2801"), 2, false, {}}}));
    REQUIRE(n.ok());
    auto refused = notes.sign(n->id, f.physio.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("b2801")));
    CHECK_FALSE(refused.error().contains(QStringLiteral("b735")));
    CHECK_FALSE(notes.get(n->id)->signedOff());

    auto fixed = notes.get(n->id).value();
    fixed.findings.removeLast();
    REQUIRE(notes.saveDraft(fixed).ok());
    auto signedNote = notes.sign(n->id, f.physio.id);
    INFO(signedNote.error().toStdString());
    REQUIRE(signedNote.ok());
    CHECK(signedNote->findings.size() == 2);
}

TEST_CASE("Signing makes a note immutable, an amendment is a new version and both stay readable", "[teamday][notes]")
{
    TeamDayFixture f;
    f.holdTalk(f.physio);
    NoteRepository notes(*f.t);
    auto n = notes.saveDraft(draft(f, f.physio, {{QStringLiteral("b280"), 3, false, QStringLiteral("Lænd")}}));
    INFO(n.error().toStdString());
    REQUIRE(n.ok());
    CHECK(n->profession == QStringLiteral("physiotherapist"));
    CHECK(n->version == 1);

    // Only the author edits or signs a draft.
    auto other = n.value();
    other.authorId = f.nurse.id;
    CHECK_FALSE(notes.saveDraft(other).ok());
    CHECK_FALSE(notes.sign(n->id, f.nurse.id).ok());

    // A bad qualifier stops signing with a message, and nothing changes.
    auto bad = n.value();
    bad.findings.append({QStringLiteral("d430"), 7, false, {}});
    REQUIRE(notes.saveDraft(bad).ok());
    auto refused = notes.sign(n->id, f.physio.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("d430")));
    CHECK_FALSE(notes.get(n->id)->signedOff());
    bad.findings.removeLast();
    REQUIRE(notes.saveDraft(bad).ok());

    f.t.clock.advanceSeconds(3600);
    auto signedNote = notes.sign(n->id, f.physio.id);
    REQUIRE(signedNote.ok());
    CHECK(signedNote->signedAt == f.t.clock.now());
    CHECK(signedNote->intact());
    CHECK(signedNote->signedHash == signedNote->contentHash());

    auto change = signedNote.value();
    change.jobMeaning = QStringLiteral("Ændret");
    auto immutable = notes.saveDraft(change);
    REQUIRE_FALSE(immutable.ok());
    CHECK(immutable.error().contains(QStringLiteral("write an amendment")));

    auto amendment = notes.amend(n->id, f.physio.id);
    REQUIRE(amendment.ok());
    CHECK(amendment->supersedes == n->id);
    CHECK(amendment->version == 2);
    CHECK(amendment->findings == signedNote->findings);
    CHECK_FALSE(amendment->signedOff());
    // Until the amendment is signed, the signed first version is the one that counts.
    CHECK(notes.currentSigned(f.citizen).size() == 1);
    CHECK(notes.currentSigned(f.citizen).first().id == n->id);

    auto a = amendment.value();
    a.findings.first().qualifier = 2;
    REQUIRE(notes.saveDraft(a).ok());
    REQUIRE(notes.sign(a.id, f.physio.id).ok());
    const auto current = notes.currentSigned(f.citizen);
    REQUIRE(current.size() == 1);
    CHECK(current.first().id == a.id);
    CHECK(current.first().findings.first().qualifier == 2);

    // Both versions stay readable, unchanged; the old one knows it was amended.
    f.t.reopen();
    NoteRepository again(*f.t);
    const auto old = again.get(n->id);
    REQUIRE(old);
    CHECK(old->findings.first().qualifier == 3);
    CHECK(old->supersededBy == a.id);
    CHECK(again.forCitizen(f.citizen).size() == 2);
    CHECK_FALSE(again.amend(n->id, f.physio.id).ok()); // amend the newest version instead
}

TEST_CASE("Consent: without it only the author reads a note, others see that it exists and why not", "[teamday][consent]")
{
    TeamDayFixture f;
    NoteRepository notes(*f.t);
    auto n = notes.saveDraft(draft(f, f.psych, {{QStringLiteral("b152"), 2, false, {}}}));
    REQUIRE(n.ok());
    const QDate today = f.t.clock.today();
    ConsentRepository consents(*f.t);
    const QString caseworker = QStringLiteral("caseworker");

    std::optional<Consent> none;
    CHECK(NoteVisibility::access(n.value(), f.psych.id, QStringLiteral("psychologist"), none, today) == NoteAccess::Content);
    CHECK(NoteVisibility::access(n.value(), f.caseworker.id, caseworker, none, today) == NoteAccess::ExistsOnly);
    CHECK(NoteVisibility::hiddenReason(none, caseworker, today).contains(QStringLiteral("not given consent")));

    Consent c;
    c.citizenId = f.citizen;
    c.givenOn = today;
    c.scope = {caseworker, QStringLiteral("nurse")};
    c.form = ConsentForm::Oral;
    REQUIRE(consents.give(c).ok());
    auto current = consents.current(f.citizen);
    REQUIRE(current);
    CHECK(current->form == ConsentForm::Oral);
    CHECK(NoteVisibility::access(n.value(), f.caseworker.id, caseworker, current, today) == NoteAccess::Content);
    CHECK(NoteVisibility::access(n.value(), f.physio.id, QStringLiteral("physiotherapist"), current, today)
          == NoteAccess::ExistsOnly);
    CHECK(NoteVisibility::hiddenReason(current, QStringLiteral("physiotherapist"), today)
              .contains(QStringLiteral("does not cover physiotherapist")));

    f.t.clock.advanceDays(3);
    REQUIRE(consents.withdraw(f.citizen, f.t.clock.today()).ok());
    current = consents.current(f.citizen);
    CHECK(current->withdrawnOn == f.t.clock.today());
    CHECK(NoteVisibility::access(n.value(), f.caseworker.id, caseworker, current, f.t.clock.today()) == NoteAccess::ExistsOnly);
    CHECK(NoteVisibility::access(n.value(), f.caseworker.id, caseworker, current, today) == NoteAccess::Content); // before
    CHECK(NoteVisibility::hiddenReason(current, caseworker, f.t.clock.today()).contains(QStringLiteral("withdrew")));

    // Bad input changes nothing.
    Consent empty = c;
    empty.scope.clear();
    CHECK_FALSE(consents.give(empty).ok());
    Consent future = c;
    future.givenOn = f.t.clock.today().addDays(1);
    CHECK_FALSE(consents.give(future).ok());
    CHECK(consents.current(f.citizen)->withdrawnOn.isValid());
}

TEST_CASE("The worksheet merges the same ICF category from two professions into one row", "[teamday][conference]")
{
    IcfNote physio;
    physio.id = QStringLiteral("n1");
    physio.profession = QStringLiteral("physiotherapist");
    physio.findings = {{QStringLiteral("b280"), 3, false, QStringLiteral("ryg")},
                       {QStringLiteral("d850"), 2, false, {}}};
    physio.tracks = {QStringLiteral("physical")};
    IcfNote nurse;
    nurse.id = QStringLiteral("n2");
    nurse.profession = QStringLiteral("nurse");
    nurse.findings = {{QStringLiteral("e310"), 2, true, {}}, {QStringLiteral("b280"), 2, false, QStringLiteral("hovedpine")}};
    nurse.tracks = {QStringLiteral("physical"), QStringLiteral("lifestyle")};
    IcfNote psych;
    psych.id = QStringLiteral("n3");
    psych.profession = QStringLiteral("psychologist");
    psych.findings = {{QStringLiteral("b152"), 2, false, {}}};

    const auto rows = Worksheet::merge({nurse, psych, physio}, IcfCatalogue::standard());
    QStringList codes;
    for (const auto& r : rows) {
        codes << r.code;
    }
    CHECK(codes == QStringList{QStringLiteral("b152"), QStringLiteral("b280"), QStringLiteral("d850"), QStringLiteral("e310")});
    const auto& pain = rows.at(1);
    REQUIRE(pain.shared());
    REQUIRE(pain.entries.size() == 2);
    CHECK(pain.entries.at(0).profession == QStringLiteral("physiotherapist"));
    CHECK(pain.entries.at(0).finding.qualifier == 3);
    CHECK(pain.entries.at(1).profession == QStringLiteral("nurse"));
    CHECK(pain.entries.at(1).finding.comment == QStringLiteral("hovedpine"));
    CHECK(pain.title == QStringLiteral("Sensation of pain"));
    CHECK_FALSE(rows.at(3).shared());
    CHECK(rows.at(3).entries.first().finding.coded() == QStringLiteral("e310+2"));

    const auto tracks = Worksheet::recommendedTracks({physio, nurse, psych});
    REQUIRE(tracks.size() == 2);
    CHECK(tracks.at(0) == qMakePair(QStringLiteral("physical"), 2));
    CHECK(tracks.at(1) == qMakePair(QStringLiteral("lifestyle"), 1));
}
