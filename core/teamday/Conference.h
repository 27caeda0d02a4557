#pragma once

#include "core/teamday/IcfNote.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace samspil {

/// The tværfaglig konference: the three professionals and the coordinating caseworker set
/// the employment goal, choose tracks and draft goals. Concluding it creates the draft plan.
struct Conference
{
    QString id;
    QString citizenId;
    QDate heldOn;
    QStringList participants; ///< staff ids
    QString caseworkerId;
    QString employmentGoal;
    QStringList tracks;
    QStringList draftGoals;
    QStringList noteIds; ///< the signed notes it was based on
    QDateTime concludedAt;
    QString concludedBy;
    QString planId;

    bool concluded() const { return concludedAt.isValid(); }
};

/// One row of the conference worksheet: an ICF category and what each profession found.
struct WorksheetRow
{
    QString code;
    IcfComponent component = IcfComponent::BodyFunctions;
    QString title;
    struct Entry
    {
        QString noteId;
        QString authorId;
        QString profession;
        IcfFinding finding;
    };
    QVector<Entry> entries;
    /// Two or more professions rated this category.
    bool shared() const { return entries.size() > 1; }
};

/// The three signed notes side by side, their ICF findings merged: the same category from two
/// professions in one row. Ordered by component (b, s, d, e) and code.
class Worksheet
{
    Q_DECLARE_TR_FUNCTIONS(Worksheet)
public:
    static QVector<WorksheetRow> merge(const QVector<IcfNote>& notes, const IcfCatalogue& catalogue);
    /// Tracks recommended by the notes, in track order, each with how many notes recommend it.
    static QVector<QPair<QString, int>> recommendedTracks(const QVector<IcfNote>& notes);
};

} // namespace samspil
