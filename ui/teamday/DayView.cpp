#include "DayView.h"
#include "ui/common/DateEdit.h"

#include "core/storage/AccessLog.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace samspil::ui {

DayView::DayView(Database& db, const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("dayView"));
    setWindowTitle(tr("Day view"));
    resize(860, 520);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_day = new DateEdit(day, this);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setDisplayFormat(dateInputFormat());
    m_day->setCalendarPopup(true);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staffFilter"));
    m_staff->addItem(tr("The whole team"), QString());
    for (const auto& s : StaffRepository(db).all(false)) {
        m_staff->addItem(QStringLiteral("%1 (%2)").arg(s.name, Professions::label(s.profession)), s.id);
    }
    bar->addWidget(new QLabel(tr("Day:"), this));
    bar->addWidget(m_day);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_staff, 1);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("appointments"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Staff member"), tr("Appointment"), tr("Citizen"), tr("Place"),
                                        tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &DayView::print);
    connect(m_day, &QDateEdit::dateChanged, this, &DayView::refresh);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &DayView::refresh);
    // Bookings made or moved in another window, or by a colleague through sync.
    auto* watcher = new ChangeWatcher(db, {QStringLiteral("appointment"), QStringLiteral("citizen"), QStringLiteral("staff")},
                                      {}, this);
    connect(watcher, &ChangeWatcher::changed, this, &DayView::refresh);
    refresh();
}

void DayView::setDay(const QDate& day)
{
    m_day->setDate(day);
}

void DayView::setStaff(const QString& staffId)
{
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(staffId)));
}

void DayView::refresh()
{
    QHash<QString, Staff> staff;
    for (const auto& s : StaffRepository(m_db).all()) {
        staff.insert(s.id, s);
    }
    CitizenRepository citizens(m_db);
    QHash<QString, QString> names;
    const QString only = m_staff->currentData().toString();
    m_table->setRowCount(0);
    m_shown.clear();
    for (const auto& a : AppointmentRepository(m_db).onDay(m_day->date())) {
        if (!only.isEmpty() && a.staffId != only) {
            continue;
        }
        if (!m_shown.contains(a.citizenId)) {
            m_shown << a.citizenId;
        }
        if (!names.contains(a.citizenId)) {
            const auto c = citizens.get(a.citizenId);
            names.insert(a.citizenId, c ? c->name : QString());
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString kind = AppointmentKinds::label(a.kind) + (a.late ? tr(" (late)") : QString());
        const QStringList cells = {a.start.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                                       + a.end.time().toString(QStringLiteral("HH:mm")),
                                   staff.value(a.staffId).name,
                                   kind,
                                   names.value(a.citizenId),
                                   a.place,
                                   AppointmentStatuses::label(a.status)};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
}

QString DayView::html() const
{
    QString out = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>")
                      .arg(tr("Appointments %1 %2")
                               .arg(QLocale().dayName(m_day->date().dayOfWeek()), formatDate(m_day->date()))
                               .toHtmlEscaped(),
                           m_staff->currentText().toHtmlEscaped());
    for (int c = 0; c < m_table->columnCount(); ++c) {
        out += QStringLiteral("<th align=\"left\">%1</th>").arg(m_table->horizontalHeaderItem(c)->text().toHtmlEscaped());
    }
    out += QStringLiteral("</tr>");
    for (int r = 0; r < m_table->rowCount(); ++r) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < m_table->columnCount(); ++c) {
            out += QStringLiteral("<td>%1</td>").arg(m_table->item(r, c)->text().toHtmlEscaped());
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    if (m_table->rowCount() == 0) {
        out += QStringLiteral("<p>%1</p>").arg(tr("No appointments.").toHtmlEscaped());
    }
    return out;
}

void DayView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(html());
        doc.print(p);
    });
    if (preview.exec() == QDialog::Accepted) {
        // A printed list names several citizens: each one's access log says so.
        if (const auto logged = AccessLog(m_db).recordEach(AccessLog::Action::Print, m_shown, AccessLog::kDayView);
            !logged) {
            MessageBox::warning(this, tr("Day view"), logged.error());
        }
    }
}

} // namespace samspil::ui
