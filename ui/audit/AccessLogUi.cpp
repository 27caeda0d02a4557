#include "AccessLogUi.h"

#include "core/citizen/Cpr.h"
#include "core/storage/AccessLog.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/main/MainWindow.h"
#include "ui/citizen/CitizenPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samspil::ui {

AccessLogView::AccessLogView(Database& db, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Citizen ? QStringLiteral("citizenAccessLog") : QStringLiteral("staffAccessLog"));
    m_intro = new QLabel(mode == Mode::Citizen
                             ? tr("Everyone who has opened, printed, exported or changed this citizen's record, newest "
                                  "first. Changes name the fields, not what was written. The log is shared by the "
                                  "team's PCs and cannot be changed.")
                             : tr("Whose records this staff member has opened, printed, exported or changed, newest "
                                  "first."),
                         this);
    m_intro->setWordWrap(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("accessLogActionFilter"));
    m_action->addItem(tr("All actions"), QString());
    for (const auto a : AccessLog::actions()) {
        m_action->addItem(AccessLog::label(a), AccessLog::code(a));
    }
    connect(m_action, &QComboBox::currentIndexChanged, this, &AccessLogView::refresh);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), mode == Mode::Citizen ? tr("Who") : tr("Citizen"), tr("What"),
                                        tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* filter = new QHBoxLayout;
    filter->addWidget(new QLabel(tr("Show:"), this));
    filter->addWidget(m_action);
    filter->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(filter);
    layout->addWidget(m_table, 1);
    // Coalesced: a sync brings many log rows, and opening a page writes one.
    auto* watcher = new ChangeWatcher(m_db, {QStringLiteral("audit_log"), QStringLiteral("staff")}, {}, this);
    connect(watcher, &ChangeWatcher::changed, this, [this] { refresh(); });
}

void AccessLogView::setSubject(const QString& id)
{
    m_subject = id;
    refresh();
}

QString AccessLogView::staffLabel(Database& db, const QString& staffId)
{
    if (staffId.isEmpty()) {
        return tr("(not known)");
    }
    if (staffId == QLatin1String("samspil-cli")) {
        return tr("The command line (samspil-cli)");
    }
    const auto s = StaffRepository(db).get(staffId);
    return s ? QStringLiteral("%1 (%2)").arg(s->name, s->initials) : tr("(a former staff member)");
}

void AccessLogView::refresh()
{
    AccessLog log(m_db);
    const auto only = AccessLog::fromCode(m_action->currentData().toString());
    const auto entries = m_mode == Mode::Citizen ? log.forCitizen(m_subject, only) : log.byStaff(m_subject, only);
    QHash<QString, QString> staffNames;
    CitizenRepository citizens(m_db);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const auto& e = entries[row];
        QString who;
        if (m_mode == Mode::Citizen) {
            if (!staffNames.contains(e.staffId)) {
                staffNames.insert(e.staffId, staffLabel(m_db, e.staffId));
            }
            who = staffNames.value(e.staffId);
        } else {
            const auto c = citizens.get(e.citizenId);
            who = c ? QStringLiteral("%1, %2").arg(c->name, Cpr::format(c->cpr)) : tr("(deleted)");
        }
        const QStringList cells{formatDateTime(e.at), who, AccessLog::label(e.action), AccessLog::describe(e)};
        for (int col = 0; col < cells.size(); ++col) {
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        }
    }
    m_table->resizeColumnsToContents();
}

namespace {

/// Team ▸ Access log…: one staff member's accesses.
void showStaffLog(MainWindow& window)
{
    QDialog dialog(&window);
    dialog.setObjectName(QStringLiteral("staffAccessLogDialog"));
    dialog.setWindowTitle(AccessLogView::tr("Access log"));
    auto* staff = new QComboBox(&dialog);
    for (const auto& s : StaffRepository(window.database()).all()) {
        staff->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.id);
    }
    auto* view = new AccessLogView(window.database(), AccessLogView::Mode::Staff, &dialog);
    QObject::connect(staff, &QComboBox::currentIndexChanged, view,
                     [staff, view] { view->setSubject(staff->currentData().toString()); });
    const int me = staff->findData(window.currentUser());
    staff->setCurrentIndex(std::max(0, me));
    view->setSubject(staff->currentData().toString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(AccessLogView::tr("Staff member:"), &dialog));
    row->addWidget(staff, 1);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    dialog.exec();
}

} // namespace

void registerAccessLogUi()
{
    CitizenPage::registerTab({QStringLiteral("access-log"), 900, [] { return AccessLogView::tr("Access log"); },
                              [](Database& db, const QString& citizenId, QWidget* parent) -> QWidget* {
                                  auto* view = new AccessLogView(db, AccessLogView::Mode::Citizen, parent);
                                  view->setSubject(citizenId);
                                  return view;
                              }});
    MainWindow::registerExtension([](MainWindow& window) {
        auto* action = new QAction(AccessLogView::tr("&Access log…"), &window);
        action->setObjectName(QStringLiteral("accessLogAction"));
        action->setStatusTip(AccessLogView::tr("Whose records a staff member has opened, printed, exported or changed"));
        QObject::connect(action, &QAction::triggered, &window, [&window] { showStaffLog(window); });
        window.menu(MainWindow::MenuKey::Team)->addAction(action);
    });
}

} // namespace samspil::ui
