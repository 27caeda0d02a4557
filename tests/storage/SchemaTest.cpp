// The tables' columns as the stored field clocks name them: by position (RowClock). A clock
// written today must read the same after any later change to the schema, so a table's columns
// are only ever appended to, never inserted between, reordered or removed.
#include "core/storage/RowClock.h"
#include "core/storage/Schema.h"
#include "tests/support/TestSupport.h"

#include <map>

using namespace samspil;

namespace {

/// Every replicated table's columns in the order of this release (migration 17). A new column
/// goes at the end of its table's spec; a new table is added here.
const std::map<QString, QStringList>& pinnedColumns()
{
    static const std::map<QString, QStringList> pinned = {
        {QStringLiteral("staff"),
         {QStringLiteral("name"), QStringLiteral("initials"), QStringLiteral("profession"), QStringLiteral("active"), QStringLiteral("created_at"), QStringLiteral("leader")}},
        {QStringLiteral("staff_account"),
         {QStringLiteral("staff_id"), QStringLiteral("account"), QStringLiteral("created_at")}},
        {QStringLiteral("citizen"),
         {QStringLiteral("cpr"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("benefit"), QStringLiteral("benefit_start"), QStringLiteral("target_group"), QStringLiteral("caseworker_id"), QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("outcome"), QStringLiteral("outcome_date")}},
        {QStringLiteral("screening"),
         {QStringLiteral("citizen_id"), QStringLiteral("instrument_id"), QStringLiteral("instrument_version"), QStringLiteral("answers"), QStringLiteral("scores"), QStringLiteral("proposed_risk"), QStringLiteral("decided_risk"), QStringLiteral("reason"), QStringLiteral("assessment"), QStringLiteral("screened_by"), QStringLiteral("screened_at"), QStringLiteral("supersedes")}},
        {QStringLiteral("rc_survey"),
         {QStringLiteral("name"), QStringLiteral("held_on"), QStringLiteral("groups"), QStringLiteral("created_at")}},
        {QStringLiteral("rc_response"),
         {QStringLiteral("survey_id"), QStringLiteral("respondent_id"), QStringLiteral("respondent_group"), QStringLiteral("rated_group"), QStringLiteral("frequent"), QStringLiteral("timely"), QStringLiteral("accurate"), QStringLiteral("problem_solving"), QStringLiteral("shared_goals"), QStringLiteral("shared_knowledge"), QStringLiteral("mutual_respect"), QStringLiteral("entered_at")}},
        {QStringLiteral("plan"),
         {QStringLiteral("citizen_id"), QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("employment_goal"), QStringLiteral("goal_kind"), QStringLiteral("hours_per_week"), QStringLiteral("target_date"), QStringLiteral("what_matters"), QStringLiteral("first_step"), QStringLiteral("agreed_on"), QStringLiteral("agreed_how"), QStringLiteral("agreed_present"), QStringLiteral("previous_id"), QStringLiteral("conference_id"), QStringLiteral("caseworker_id"), QStringLiteral("created_at")}},
        {QStringLiteral("plan_goal"),
         {QStringLiteral("plan_id"), QStringLiteral("lineage"), QStringLiteral("parent_lineage"), QStringLiteral("position"), QStringLiteral("text"), QStringLiteral("criterion"), QStringLiteral("tracks"), QStringLiteral("target_date"), QStringLiteral("responsible_id"), QStringLiteral("achieved_on")}},
        {QStringLiteral("plan_intervention"),
         {QStringLiteral("plan_id"), QStringLiteral("lineage"), QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("tracks"), QStringLiteral("provider_id"), QStringLiteral("provider_external"), QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("status"), QStringLiteral("stop_reason"), QStringLiteral("goal_lineages")}},
        {QStringLiteral("plan_rating"),
         {QStringLiteral("citizen_id"), QStringLiteral("goal_lineage"), QStringLiteral("rater"), QStringLiteral("score"), QStringLiteral("rated_on"), QStringLiteral("comment"), QStringLiteral("rated_by"), QStringLiteral("created_at")}},
        {QStringLiteral("working_hours"),
         {QStringLiteral("staff_id"), QStringLiteral("weekday"), QStringLiteral("time_from"), QStringLiteral("time_to")}},
        {QStringLiteral("appointment"),
         {QStringLiteral("citizen_id"), QStringLiteral("staff_id"), QStringLiteral("kind"), QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("place"), QStringLiteral("status"), QStringLiteral("booking_id"), QStringLiteral("late"), QStringLiteral("booked_by"), QStringLiteral("booked_at"), QStringLiteral("override_reason")}},
        {QStringLiteral("consent"),
         {QStringLiteral("citizen_id"), QStringLiteral("given_on"), QStringLiteral("scope"), QStringLiteral("form"), QStringLiteral("withdrawn_on"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")}},
        {QStringLiteral("icf_note"),
         {QStringLiteral("citizen_id"), QStringLiteral("author_id"), QStringLiteral("profession"), QStringLiteral("appointment_id"), QStringLiteral("findings"), QStringLiteral("personal_factors"), QStringLiteral("job_meaning"), QStringLiteral("tracks"), QStringLiteral("created_at"), QStringLiteral("signed_at"), QStringLiteral("signed_hash"), QStringLiteral("supersedes"), QStringLiteral("version")}},
        {QStringLiteral("conference"),
         {QStringLiteral("citizen_id"), QStringLiteral("held_on"), QStringLiteral("participants"), QStringLiteral("caseworker_id"), QStringLiteral("employment_goal"), QStringLiteral("tracks"), QStringLiteral("draft_goals"), QStringLiteral("note_ids"), QStringLiteral("concluded_at"), QStringLiteral("concluded_by"), QStringLiteral("plan_id"), QStringLiteral("created_at")}},
        {QStringLiteral("company"),
         {QStringLiteral("cvr"), QStringLiteral("p_number"), QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("consultant_id"), QStringLiteral("notes"), QStringLiteral("created_at")}},
        {QStringLiteral("company_contact"),
         {QStringLiteral("company_id"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("contact_role")}},
        {QStringLiteral("company_offer"),
         {QStringLiteral("company_id"), QStringLiteral("kind"), QStringLiteral("tasks"), QStringLiteral("hours_per_week"), QStringLiteral("demands"), QStringLiteral("capacity"), QStringLiteral("available_from")}},
        {QStringLiteral("placement"),
         {QStringLiteral("citizen_id"), QStringLiteral("company_id"), QStringLiteral("offer_id"), QStringLiteral("kind"), QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("hours_per_week"), QStringLiteral("tasks"), QStringLiteral("accommodations"), QStringLiteral("accommodation_note"), QStringLiteral("contact_id"), QStringLiteral("mentor"), QStringLiteral("follow_ups"), QStringLiteral("outcome"), QStringLiteral("outcome_date"), QStringLiteral("outcome_reason"), QStringLiteral("goal_lineage"), QStringLiteral("intervention_id"), QStringLiteral("consultant_id"), QStringLiteral("created_at")}},
        {QStringLiteral("company_consent"),
         {QStringLiteral("citizen_id"), QStringLiteral("company_id"), QStringLiteral("given_on"), QStringLiteral("shared_health"), QStringLiteral("withdrawn_on"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")}},
        {QStringLiteral("audit_log"),
         {QStringLiteral("at"), QStringLiteral("staff_id"), QStringLiteral("action"), QStringLiteral("citizen_id"), QStringLiteral("detail"), QStringLiteral("record_table"), QStringLiteral("record_id"), QStringLiteral("fields")}},
        {QStringLiteral("erasure"),
         {QStringLiteral("erased_at"), QStringLiteral("erased_by"), QStringLiteral("citizen_ref"), QStringLiteral("basis"), QStringLiteral("reason"), QStringLiteral("records")}},
        {QStringLiteral("erased_row"),
         {QStringLiteral("tbl"), QStringLiteral("row_id")}},
    };
    return pinned;
}

} // namespace

TEST_CASE("A table keeps the positions of its columns, which its rows' clocks name", "[storage][schema]")
{
    for (const TableSpec& table : Schema::tables()) {
        INFO(table.name.toStdString());
        const auto pinned = pinnedColumns().find(table.name);
        REQUIRE(pinned != pinnedColumns().end()); // a new table: add it to the list above
        REQUIRE(table.columns.size() >= pinned->second.size());
        for (qsizetype i = 0; i < pinned->second.size(); ++i) {
            INFO("column " << i);
            CHECK(table.columns[i].name == pinned->second[i]);
            CHECK(table.columnIndex(pinned->second[i]) == i);
        }
    }
    for (const auto& [name, columns] : pinnedColumns()) {
        INFO(name.toStdString());
        CHECK(Schema::table(name) != nullptr); // a table is never removed either
    }
}

TEST_CASE("A clock stored by position reads back to the same fields in every table", "[storage][schema]")
{
    for (const TableSpec& table : Schema::tables()) {
        INFO(table.name.toStdString());
        RowClock clock;
        const FieldClock stamp{{{1, 700}}, false};
        for (const ColumnSpec& column : table.columns) {
            clock.set(column.name, stamp);
        }
        clock.set(QStringLiteral("deleted_at"), FieldClock{{{2, 800}, {1, 700}}, false});
        const QString text = clock.serialize(table);
        CHECK(text.contains(QLatin1Char('#')));
        CHECK(text.contains(QStringLiteral("deleted_at=2:800,1:700")));
        const RowClock back = RowClock::parse(text, table);
        CHECK(back.fields().size() == table.columns.size() + 1);
        for (auto it = clock.fields().cbegin(); it != clock.fields().cend(); ++it) {
            CHECK(back.get(it.key()).vv == it->vv);
        }
    }
}
