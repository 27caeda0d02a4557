#pragma once

#include "core/teamday/FlowRules.h"
#include "core/teamday/TeamDay.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace samspil {

class Database;

/// What to book for the tværfaglig konference.
struct ConferenceRequest
{
    QString citizenId;
    /// Staff ids; empty: the physiotherapist, psychologist and nurse who hold the citizen's talks
    /// and the coordinating caseworker.
    QStringList participants;
    int minutes = 30;
    /// How many days after the talks (or after today, when that is later) to look for a time.
    int withinDays = 2;
    QString place;
};

/// A proposed conference: one appointment per participant (kind conference), not yet booked.
struct ConferenceProposal
{
    QVector<Appointment> appointments;
    QDateTime start;
    QDateTime end;
    QDateTime talksEnd; ///< the end of the last of the three talks
    QStringList participants;
};

/// Booking the conference as appointments. The model has one staff member per appointment, so a
/// conference is one appointment per participant sharing one booking id: each participant's day
/// view and clash checks see it like any other appointment. The citizen does not attend the
/// conference (AppointmentKinds::citizenAttends): it never clashes with the citizen's own
/// appointments.
class ConferenceBooking
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceBooking)
public:
    /// The three who hold (or held) the citizen's talks and the coordinating caseworker; fails with
    /// a message when the talks are not booked or the citizen has no caseworker.
    static Result<QStringList> defaultParticipants(Database& db, const QString& citizenId);
    /// The end of the last of the citizen's three talks (planned or held), invalid without talks.
    static QDateTime talksEnd(Database& db, const QString& citizenId);
    /// The earliest time after the talks (and not before now) within `withinDays` days when every
    /// participant is free within working hours. Refused, saying why, until the three talks are
    /// held (FlowRules::whyNoConferenceYet) and while a participant has no working hours at all.
    static Result<ConferenceProposal> propose(Database& db, const ConferenceRequest& request);
    /// The appointments for a conference at this time (for a time the user chose).
    static ConferenceProposal at(const ConferenceRequest& request, const QDateTime& start);
    /// Books the proposal all at once, once the three talks are held; a clash is refused with a
    /// message that names it; a time in the past or outside working hours only with a reason
    /// (`options`, see AppointmentRepository::book).
    static Result<QVector<Appointment>> book(Database& db, const ConferenceProposal& proposal,
                                             const BookingOptions& options = {});
    /// The citizen's booked conference: the appointments of the newest conference booking that is
    /// planned or held, ordered by staff; empty when none.
    static QVector<Appointment> booked(Database& db, const QString& citizenId);
};

} // namespace samspil
