#include "TeamDay.h"

#include <QLocale>
#include <algorithm>

namespace samspil {

const QVector<AppointmentKind>& AppointmentKinds::all()
{
    static const QVector<AppointmentKind> list = {
        AppointmentKind::FirstConversation, AppointmentKind::PhysiotherapistTalk, AppointmentKind::PsychologistTalk,
        AppointmentKind::NurseTalk,         AppointmentKind::Conference,          AppointmentKind::FollowUp,
        AppointmentKind::PlanMeeting,
    };
    return list;
}

QString AppointmentKinds::code(AppointmentKind k)
{
    switch (k) {
    case AppointmentKind::FirstConversation:
        return QStringLiteral("first_conversation");
    case AppointmentKind::PhysiotherapistTalk:
        return QStringLiteral("physiotherapist_talk");
    case AppointmentKind::PsychologistTalk:
        return QStringLiteral("psychologist_talk");
    case AppointmentKind::NurseTalk:
        return QStringLiteral("nurse_talk");
    case AppointmentKind::Conference:
        return QStringLiteral("conference");
    case AppointmentKind::FollowUp:
        return QStringLiteral("follow_up");
    case AppointmentKind::PlanMeeting:
        break;
    }
    return QStringLiteral("plan_meeting");
}

std::optional<AppointmentKind> AppointmentKinds::fromCode(const QString& c)
{
    for (auto k : all()) {
        if (code(k) == c) {
            return k;
        }
    }
    return std::nullopt;
}

QString AppointmentKinds::label(AppointmentKind k)
{
    switch (k) {
    case AppointmentKind::FirstConversation:
        return tr("First conversation");
    case AppointmentKind::PhysiotherapistTalk:
        return tr("Physiotherapist talk");
    case AppointmentKind::PsychologistTalk:
        return tr("Psychologist talk");
    case AppointmentKind::NurseTalk:
        return tr("Nurse talk");
    case AppointmentKind::Conference:
        return tr("Conference");
    case AppointmentKind::FollowUp:
        return tr("Follow-up");
    case AppointmentKind::PlanMeeting:
        break;
    }
    return tr("Plan meeting");
}

std::optional<AppointmentKind> AppointmentKinds::talkFor(Profession p)
{
    switch (p) {
    case Profession::Physiotherapist:
        return AppointmentKind::PhysiotherapistTalk;
    case Profession::Psychologist:
        return AppointmentKind::PsychologistTalk;
    case Profession::Nurse:
        return AppointmentKind::NurseTalk;
    default:
        break;
    }
    return std::nullopt;
}

const QVector<Profession>& AppointmentKinds::teamDayProfessions()
{
    static const QVector<Profession> list = {Profession::Physiotherapist, Profession::Psychologist, Profession::Nurse};
    return list;
}

bool AppointmentKinds::isTalk(AppointmentKind k)
{
    return k == AppointmentKind::PhysiotherapistTalk || k == AppointmentKind::PsychologistTalk
        || k == AppointmentKind::NurseTalk;
}

QVector<WorkingHours> WorkingHoursRules::sorted(QVector<WorkingHours> week)
{
    std::stable_sort(week.begin(), week.end(), [](const WorkingHours& a, const WorkingHours& b) {
        if (a.weekday != b.weekday) {
            return a.weekday < b.weekday;
        }
        return a.from < b.from;
    });
    return week;
}

QStringList WorkingHoursRules::problems(const QVector<WorkingHours>& week)
{
    QStringList out;
    const auto hhmm = [](const QTime& t) { return t.toString(QStringLiteral("HH:mm")); };
    const QVector<WorkingHours> list = sorted(week);
    for (const auto& h : list) {
        const QString day
            = h.weekday >= 1 && h.weekday <= 7 ? QLocale().dayName(h.weekday) : QString::number(h.weekday);
        if (h.weekday < 1 || h.weekday > 7) {
            out << tr("The weekday must be 1 (Monday) to 7 (Sunday).");
        } else if (!h.from.isValid() || !h.to.isValid()) {
            out << tr("%1: enter both the start and the end of the working hours.").arg(day);
        } else if (h.to <= h.from) {
            out << tr("%1: %2–%3 must end after it starts, on the same day (hours across midnight are not supported).")
                       .arg(day, hhmm(h.from), hhmm(h.to));
        }
    }
    const auto sound = [](const WorkingHours& h) { return h.from.isValid() && h.to.isValid() && h.from < h.to; };
    for (int i = 0; i < list.size(); ++i) {
        for (int j = i + 1; j < list.size() && list[j].weekday == list[i].weekday; ++j) {
            const auto& a = list[i];
            const auto& b = list[j];
            if (sound(a) && sound(b) && b.from < a.to) {
                out << tr("%1: %2–%3 and %4–%5 overlap.")
                           .arg(QLocale().dayName(a.weekday), hhmm(a.from), hhmm(a.to), hhmm(b.from), hhmm(b.to));
            }
        }
    }
    return out;
}

const QVector<AppointmentStatus>& AppointmentStatuses::all()
{
    static const QVector<AppointmentStatus> list = {AppointmentStatus::Planned, AppointmentStatus::Held,
                                                    AppointmentStatus::Cancelled, AppointmentStatus::NoShow,
                                                    AppointmentStatus::NotNeeded};
    return list;
}

QString AppointmentStatuses::code(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Planned:
        return QStringLiteral("planned");
    case AppointmentStatus::Held:
        return QStringLiteral("held");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    case AppointmentStatus::NotNeeded:
        return QStringLiteral("not_needed");
    case AppointmentStatus::NoShow:
        break;
    }
    return QStringLiteral("no_show");
}

std::optional<AppointmentStatus> AppointmentStatuses::fromCode(const QString& c)
{
    for (auto s : all()) {
        if (code(s) == c) {
            return s;
        }
    }
    return std::nullopt;
}

QString AppointmentStatuses::label(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Planned:
        return tr("Planned");
    case AppointmentStatus::Held:
        return tr("Held");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    case AppointmentStatus::NotNeeded:
        return tr("Not needed");
    case AppointmentStatus::NoShow:
        break;
    }
    return tr("No-show");
}

QString ConsentForms::code(ConsentForm f)
{
    return f == ConsentForm::Oral ? QStringLiteral("oral") : QStringLiteral("written");
}

std::optional<ConsentForm> ConsentForms::fromCode(const QString& c)
{
    if (c == QLatin1String("oral")) {
        return ConsentForm::Oral;
    }
    if (c == QLatin1String("written")) {
        return ConsentForm::Written;
    }
    return std::nullopt;
}

QString ConsentForms::label(ConsentForm f)
{
    return f == ConsentForm::Oral ? tr("Oral") : tr("Written");
}

} // namespace samspil
