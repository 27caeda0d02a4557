#pragma once

#include "core/teamday/IcfNote.h"
#include "core/teamday/TeamDay.h"

#include <QCoreApplication>
#include <QStringList>

namespace samspil {

/// How a booking may go against the timing rules: with a reason, which is stored on the
/// appointment (`override_reason`, beside `booked_by`: who overrode and why).
struct BookingOptions
{
    /// Books even in the past or outside working hours; empty: such a booking is refused.
    QString overrideReason;
    /// When the booking was made: now when invalid; a booking typed in later (the demo's
    /// history) gives the time it was made, never in the future.
    QDateTime bookedAt;
};

/// The order of the Hjørring flow, beside the model (docs/teamday.md, "The order of the flow"):
/// a booking is never in the past nor outside the staff member's working hours unless overridden
/// with a reason; a note is signed after its talk is held; the conference is booked after the
/// three talks are held and held (or concluded) after their three notes are signed. Pure
/// functions over values: the repositories read, these decide, and the windows show the message.
class FlowRules
{
    Q_DECLARE_TR_FUNCTIONS(FlowRules)
public:
    /// Why this appointment cannot be booked at its time without an override, as messages for
    /// the user: it starts before `bookedAt`, the staff member has no working hours at all (with
    /// where to set them), or it lies outside them. Empty when it may be booked.
    static QStringList timingProblems(const Appointment& a, const QString& staffName,
                                      const QVector<WorkingHours>& staffHours, const QDateTime& bookedAt);

    /// Why the note cannot be signed yet, empty when it can. A note that names its talk is signed
    /// once that talk is marked held. A note that names none (or a talk that is not here) is
    /// signed once its author has held a talk with the citizen (any appointment the citizen
    /// attends, marked held).
    static QString whyNotSignable(const IcfNote& note, const QVector<Appointment>& citizenAppointments);

    /// Whether the profession's talk is marked not needed for this citizen (its newest talk): the
    /// flow then waits neither for that talk nor for a note from that profession.
    static bool notNeeded(const QVector<Appointment>& citizenAppointments, Profession p);

    /// Why the conference cannot be booked yet: not all three talks (physiotherapist,
    /// psychologist, nurse) are marked held or not needed. Empty when they are.
    static QString whyNoConferenceYet(const QVector<Appointment>& citizenAppointments);

    /// Why the conference cannot be held or concluded yet: the talks are not all held (or not
    /// needed), or a signed note from one of the three professions whose talk was needed is
    /// missing. Empty when it can.
    static QString whyConferenceCannotBeHeld(const QVector<Appointment>& citizenAppointments,
                                             const QVector<IcfNote>& currentSigned);
};

} // namespace samspil
