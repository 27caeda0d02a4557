#pragma once

#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Settings.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QWidget>

namespace samspil::test {

/// A small, known team and caseload for the UI tests, in a temporary database, with the
/// settings file emptied.
struct UiFixture
{
    TempDb tdb;
    QString mha; ///< Mette Holm Andersen, caseworker
    QString jv;  ///< Jonas Vestergaard, caseworker
    QString hans, hanne, peter, aase;

    UiFixture()
    {
        ui::Settings::store().clear();
        StaffRepository staff(*tdb);
        mha = addStaff(staff, QStringLiteral("Mette Holm Andersen"), QStringLiteral("MHA"));
        jv = addStaff(staff, QStringLiteral("Jonas Vestergaard"), QStringLiteral("JV"));
        hans = addCitizen(QStringLiteral("Hans Jensen"), QStringLiteral("6101901234"), mha, CitizenStatus::Active);
        hanne = addCitizen(QStringLiteral("Hanne Hansen"), QStringLiteral("6202851235"), jv, CitizenStatus::Active);
        peter = addCitizen(QStringLiteral("Peter Olsen"), QStringLiteral("6303801236"), mha, CitizenStatus::Closed);
        aase = addCitizen(QStringLiteral("Åse Ærø"), QStringLiteral("6404751237"), QString(), CitizenStatus::Active);
    }

    Database& db() { return *tdb; }

    /// Makes a staff member a leader of the team as well (staff and accounts, erasure, the full export).
    void makeLeader(const QString& id)
    {
        Database::EngineScope engine(*tdb);
        StaffRepository repo(*tdb);
        auto s = repo.get(id);
        REQUIRE(s.has_value());
        s->leader = true;
        REQUIRE(repo.update(*s).ok());
    }

    static QString addStaff(StaffRepository& repo, const QString& name, const QString& initials)
    {
        Staff s;
        s.name = name;
        s.initials = initials;
        s.profession = Profession::Caseworker;
        auto r = repo.create(s);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r->id;
    }

    QString addCitizen(const QString& name, const QString& cpr, const QString& caseworker, CitizenStatus status)
    {
        Citizen c;
        c.name = name;
        c.cpr = cpr;
        c.benefit = QStringLiteral("kontanthjaelp");
        c.benefitStart = QDate(2026, 10, 1);
        c.caseworkerId = caseworker;
        c.status = status;
        auto r = CitizenRepository(*tdb).create(c);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r->id;
    }
};

/// The names shown by a model's first column, in order.
inline QStringList names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        out << model.index(r, 0).data().toString();
    }
    return out;
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w != nullptr);
    return w;
}

} // namespace samspil::test
