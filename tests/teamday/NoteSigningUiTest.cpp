// Signing a professional note asks first and names what the note leaves out; an empty note is
// refused before anything is asked (issue 17, item 3).
#include "core/teamday/NoteRepository.h"
#include "core/teamday/NoteRules.h"
#include "tests/teamday/TeamDayFixture.h"
#include "ui/common/MessageBox.h"
#include "ui/teamday/NoteEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

template <typename T>
T* part(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w != nullptr);
    return w;
}

} // namespace

TEST_CASE("NoteRules: an empty note cannot be signed, and what is missing is named part by part", "[teamday]")
{
    IcfNote n;
    CHECK(NoteRules::isEmpty(n));
    CHECK_FALSE(NoteRules::problems(n).isEmpty());
    CHECK(NoteRules::missing(n).size() == 4);

    n.tracks = {QStringLiteral("physical")};
    CHECK(NoteRules::isEmpty(n)); // a track alone is a recommendation with nothing behind it
    n.jobMeaning = QStringLiteral("Kan ikke løfte tungt.");
    CHECK_FALSE(NoteRules::isEmpty(n));
    CHECK(NoteRules::problems(n).isEmpty());
    CHECK(NoteRules::missing(n) == QStringList{QStringLiteral("no ICF findings"), QStringLiteral("no personal factors")});

    n.findings = {IcfFinding{QStringLiteral("b134"), 2, false, {}}};
    n.personalFactors = QStringLiteral("Motiveret.");
    CHECK(NoteRules::missing(n).isEmpty());
}

TEST_CASE("The Sign button: an empty note is refused in the editor without a question", "[teamday]")
{
    TeamDayFixture f;
    NoteEditor editor(*f.t, f.citizen, f.nurse.id);
    const int boxes = MessageBox::count();
    QTest::mouseClick(part<QPushButton>(&editor, "signNote"), Qt::LeftButton);
    CHECK(MessageBox::count() == boxes); // nothing asked
    CHECK(editor.message().contains(QStringLiteral("The note is empty")));
    CHECK(NoteRepository(*f.t).currentSigned(f.citizen).isEmpty());
    CHECK_FALSE(editor.isReadOnly());
}

TEST_CASE("The Sign button asks first, names what is missing, and signs only on yes", "[teamday]")
{
    TeamDayFixture f;
    f.holdTalk(f.nurse);
    NoteEditor editor(*f.t, f.citizen, f.nurse.id);
    REQUIRE(editor.addCategory(QStringLiteral("b134")));
    editor.setQualifier(QStringLiteral("b134"), 2);
    auto* sign = part<QPushButton>(&editor, "signNote");

    // "Not yet": nothing is signed, and the note stays a draft that can be changed.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(sign, Qt::LeftButton);
    const QString asked = MessageBox::lastText();
    CHECK(asked.contains(QStringLiteral("cannot be changed")));
    CHECK(asked.contains(QStringLiteral("no personal factors")));
    CHECK(asked.contains(QStringLiteral("nothing on what it means for job or education")));
    CHECK(asked.contains(QStringLiteral("no recommended intervention tracks")));
    CHECK_FALSE(asked.contains(QStringLiteral("no ICF findings")));
    CHECK(NoteRepository(*f.t).currentSigned(f.citizen).isEmpty());
    CHECK_FALSE(editor.isReadOnly());

    // With the job meaning written, the question no longer names it; yes signs.
    QTest::keyClicks(part<QPlainTextEdit>(&editor, "jobMeaning"), QStringLiteral("Kan arbejde 4 timer."));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(sign, Qt::LeftButton);
    CHECK_FALSE(MessageBox::lastText().contains(QStringLiteral("job or education")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("no personal factors")));
    CHECK(NoteRepository(*f.t).currentSigned(f.citizen).size() == 1);
    CHECK(editor.isReadOnly());
}

TEST_CASE("The Sign button says why a note cannot be signed before its talk is held", "[teamday][flow]")
{
    TeamDayFixture f;
    NoteEditor editor(*f.t, f.citizen, f.nurse.id);
    REQUIRE(editor.addCategory(QStringLiteral("b134")));
    editor.setQualifier(QStringLiteral("b134"), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(part<QPushButton>(&editor, "signNote"), Qt::LeftButton);
    const auto notes = NoteRepository(*f.t).forCitizen(f.citizen);
    REQUIRE(notes.size() <= 1);
    CHECK((notes.isEmpty() || !notes.first().signedOff()));
    // The editor shows the rule's reason, in its own words.
    bool said = MessageBox::lastText().contains(QStringLiteral("after the talk"));
    for (auto* label : editor.findChildren<QLabel*>()) {
        said = said || label->text().contains(QStringLiteral("after the talk"));
    }
    CHECK(said);
}
