#pragma once

#include "core/citizen/Citizen.h"
#include "core/staff/Staff.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <functional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace samspil {
class Database;
}

namespace samspil::ui {

/// What each section of the citizen's report reads from.
struct CitizenReportContext
{
    Database& db;
    Citizen citizen;
    QHash<QString, Staff> staff; ///< every staff member, former ones included
    QDate today;

    /// "Mette Holm Andersen (koordinerende sagsbehandler)"; the command line and unknown ids in words.
    QString staffName(const QString& id) const;
};

/// The citizen's right of access, in a form the citizen can read: one PDF in plain language with
/// a section per kind of data (basic data, screenings, appointments, consent, professional notes,
/// conference, plans, progression ratings, outcome, who has read the record). Modules contribute
/// sections through registerSection(); each section names the tables whose rows it shows, and a
/// test fails when a table about citizens (TableSpec::citizenLink) is shown by no section, so a
/// new module's data cannot be left out. (The JSON export beside the PDF holds every row of
/// those tables in full; see CitizenRecords.)
class CitizenReport
{
    Q_DECLARE_TR_FUNCTIONS(CitizenReport)
public:
    struct Section
    {
        QString key;        ///< unique; a second registration with the key replaces the first
        int order = 100;    ///< sections are placed by order
        QStringList tables; ///< the tables about citizens whose rows this section shows
        std::function<QString()> title;
        /// The section's body as HTML (every text escaped); empty: "nothing recorded".
        std::function<QString(const CitizenReportContext&)> html;
    };
    static void registerSection(Section section);
    /// Every registered section in order (the built-in ones are registered on first use).
    static QVector<Section> sections();

    /// Reads everything about the citizen for the report.
    static Result<CitizenReport> load(Database& db, const QString& citizenId);

    /// The whole report as HTML (what is printed).
    QString html() const { return m_html; }
    /// Puts the report's style (fonts, tables) and this body into the document.
    static void prepare(QTextDocument& doc, const QString& bodyHtml);
    /// Lays out and paints every page (A4 with header and page numbers). Returns the page count.
    int render(QPagedPaintDevice* device) const;
    /// Writes an A4 PDF; returns the page count.
    Result<int> writePdf(const QString& path) const;

    const Citizen& citizen() const { return m_citizen; }

    /// Helpers for sections: escaped text (line breaks kept), a two-column table of labels and values.
    static QString esc(const QString& text);
    static QString facts(const QVector<QPair<QString, QString>>& rows);
    static QString table(const QStringList& headers, const QVector<QStringList>& rows);

private:
    Citizen m_citizen;
    QString m_html;
    QString m_title;
    QDate m_madeOn;
};

} // namespace samspil::ui
