#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace samspil {

enum class Profession { Caseworker, Physiotherapist, Psychologist, Nurse, Mentor, CompanyConsultant, Manager, Other };

class Professions
{
    Q_DECLARE_TR_FUNCTIONS(Professions)
public:
    static const QVector<Profession>& all();
    /// The stored code ("caseworker", "physiotherapist", …).
    static QString code(Profession p);
    static std::optional<Profession> fromCode(const QString& code);
    /// The user's word for it, translated ("Koordinerende sagsbehandler", "Fysioterapeut", …).
    static QString label(Profession p);
};

struct Staff
{
    QString id;
    QString name;
    QString initials;
    Profession profession = Profession::Caseworker;
    bool active = true;
    /// A leader of the team (besides their profession): staff and accounts, retention and
    /// erasure, the full export (docs/security.md).
    bool leader = false;
};

} // namespace samspil
