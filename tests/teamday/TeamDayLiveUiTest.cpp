// The team-day tab, the day view and the citizen's access log follow the data (issue 17, item 1):
// a booking or a logged access made elsewhere shows without reopening.
#include "core/storage/AccessLog.h"
#include "core/teamday/AppointmentRepository.h"
#include "tests/support/UiFixture.h"
#include "tests/teamday/TeamDayFixture.h"
#include "ui/audit/AccessLogUi.h"
#include "ui/teamday/DayView.h"
#include "ui/teamday/TeamDayTab.h"

#include <QCoreApplication>
#include <QTableWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
}

struct LiveTeamDay : TeamDayFixture
{
    LiveTeamDay()
    {
        t.clock.set(QDateTime(monday, QTime(7, 0)));
        screen(citizen, Risk::High, QDateTime(monday, QTime(7, 0)));
    }
};

} // namespace

TEST_CASE("The team-day tab and the day view show a booking made elsewhere", "[teamday][live]")
{
    LiveTeamDay f;
    TeamDayTab tab(*f.t, f.citizen);
    DayView day(*f.t, f.monday);
    const int listed = tab.appointments()->topLevelItemCount();
    REQUIRE(day.table()->rowCount() == 0);
    REQUIRE(AppointmentRepository(*f.t).book({f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 10, 0),
                                              f.talk(f.nurse, AppointmentKind::NurseTalk, 11, 0)}).ok());
    settle();
    CHECK(day.table()->rowCount() == 2);
    CHECK(tab.appointments()->topLevelItemCount() > listed);
}

TEST_CASE("The citizen's access log shows an access logged elsewhere", "[audit][live]")
{
    UiFixture f;
    AccessLogView view(f.db(), AccessLogView::Mode::Citizen);
    view.setSubject(f.hans);
    const int before = view.table()->rowCount();
    REQUIRE(AccessLog(f.db()).record(AccessLog::Action::Open, f.hans, QStringLiteral("page")).ok());
    settle();
    CHECK(view.table()->rowCount() == before + 1);
}
