#include "Staff.h"

namespace samspil {

const QVector<Profession>& Professions::all()
{
    static const QVector<Profession> list = {Profession::Caseworker,
                                             Profession::Physiotherapist,
                                             Profession::Psychologist,
                                             Profession::Nurse,
                                             Profession::Mentor,
                                             Profession::CompanyConsultant,
                                             Profession::Manager,
                                             Profession::Other};
    return list;
}

QString Professions::code(Profession p)
{
    switch (p) {
    case Profession::Caseworker:
        return QStringLiteral("caseworker");
    case Profession::Physiotherapist:
        return QStringLiteral("physiotherapist");
    case Profession::Psychologist:
        return QStringLiteral("psychologist");
    case Profession::Nurse:
        return QStringLiteral("nurse");
    case Profession::Mentor:
        return QStringLiteral("mentor");
    case Profession::CompanyConsultant:
        return QStringLiteral("company_consultant");
    case Profession::Manager:
        return QStringLiteral("manager");
    case Profession::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Profession> Professions::fromCode(const QString& code)
{
    for (auto p : all()) {
        if (Professions::code(p) == code) {
            return p;
        }
    }
    return std::nullopt;
}

QString Professions::label(Profession p)
{
    switch (p) {
    case Profession::Caseworker:
        return tr("Coordinating caseworker");
    case Profession::Physiotherapist:
        return tr("Physiotherapist");
    case Profession::Psychologist:
        return tr("Psychologist");
    case Profession::Nurse:
        return tr("Nurse");
    case Profession::Mentor:
        return tr("Mentor");
    case Profession::CompanyConsultant:
        return tr("Company consultant");
    case Profession::Manager:
        return tr("Manager");
    case Profession::Other:
        break;
    }
    return tr("Other");
}

} // namespace samspil
