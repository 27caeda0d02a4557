#include "SyncDialog.h"

#include "core/citizen/Citizen.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Replica.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/MessageBox.h"
#include "ui/sync/SyncController.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? formatDateTime(t.toLocalTime()) : QString();
}

} // namespace

SyncDialog::SyncDialog(SyncController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync with the team's shared drive"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildStatusPage(), tr("Status"));
    m_tabs->addTab(buildTeamPage(), tr("PCs of the team"));
    m_tabs->addTab(buildConflictPage(), tr("Conflicts"));

    // Log
    m_log = new QPlainTextEdit(m_tabs);
    m_log->setObjectName(QStringLiteral("syncLog"));
    m_log->setReadOnly(true);
    m_tabs->addTab(m_log, tr("Log"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &SyncDialog::chooseFolder);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncDialog::syncNow);
    connect(m_interval, &QSpinBox::valueChanged, &m_controller, &SyncController::setIntervalMinutes);
    connect(m_keep, &QPushButton::clicked, this, [this] { settleSelected(false); });
    connect(m_takeOther, &QPushButton::clicked, this, [this] { settleSelected(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (m_flags->currentRow() >= 0) {
            dismissFlag(m_flags->currentRow());
        }
    });
    connect(&m_controller, &SyncController::statusChanged, this, &SyncDialog::refresh);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = m_conflicts->currentRow() >= 0 && !m_conflicts->selectedItems().isEmpty();
        m_keep->setEnabled(any);
        m_takeOther->setEnabled(any);
    });
    connect(m_flags, &QTableWidget::itemSelectionChanged, this,
            [this] { m_dismiss->setEnabled(!m_flags->selectedItems().isEmpty()); });

    resize(820, 520);
    refresh();
}

/// This PC's standing (its code while it waits), the PCs that wait to be admitted, and the
/// team's PCs, one of which can be retired.
QWidget* SyncDialog::buildTeamPage()
{
    auto* page = new QWidget(m_tabs);
    m_standing = new QLabel(page);
    m_standing->setObjectName(QStringLiteral("standingLabel"));
    m_standing->setWordWrap(true);
    m_standing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requests = makeTable(page, {tr("PC"), tr("Code"), tr("Asked")}, QStringLiteral("requestTable"));
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("admitCodeEdit"));
    m_code->setPlaceholderText(tr("The code shown on the new PC, e.g. 1234 5678 9012"));
    m_admit = new QPushButton(tr("&Admit"), page);
    m_admit->setObjectName(QStringLiteral("admitButton"));
    auto* admitRow = new QHBoxLayout;
    auto* codeLabel = new QLabel(tr("C&ode:"), page);
    codeLabel->setBuddy(m_code);
    admitRow->addWidget(codeLabel);
    admitRow->addWidget(m_code, 1);
    admitRow->addWidget(m_admit);
    m_members = makeTable(page, {tr("PC"), tr("Admitted"), tr("Id")}, QStringLiteral("memberTable"));
    m_retire = new QPushButton(tr("&Retire PC…"), page);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    m_retire->setToolTip(tr("Take a lost, stolen or replaced PC out of the team. The team key is replaced; the PC "
                            "can no longer read or add to the shared folder."));

    // What only a member can do: admit and retire (hidden on a PC that is not one).
    m_memberPart = new QWidget(page);
    m_memberPart->setObjectName(QStringLiteral("memberPart"));
    auto* memberLayout = new QVBoxLayout(m_memberPart);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    auto* waitingLabel = new QLabel(tr("Waiting to be admitted. Compare the code with the one on the new PC's "
                                       "screen, type it and choose Admit:"),
                                    m_memberPart);
    waitingLabel->setWordWrap(true);
    memberLayout->addWidget(waitingLabel);
    memberLayout->addWidget(m_requests, 1);
    memberLayout->addLayout(admitRow);
    memberLayout->addWidget(new QLabel(tr("PCs of the team:"), m_memberPart));
    memberLayout->addWidget(m_members, 1);
    auto* retireRow = new QHBoxLayout;
    retireRow->addStretch(1);
    retireRow->addWidget(m_retire);
    memberLayout->addLayout(retireRow);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_standing);
    layout->addWidget(m_memberPart, 1);
    layout->addStretch(0);

    connect(m_admit, &QPushButton::clicked, this, [this] { admitCode(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { admitCode(m_code->text()); });
    connect(m_retire, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0) {
            retireMember(m_members->currentRow());
        }
    });
    connect(m_members, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_members->currentRow();
        m_retire->setEnabled(row >= 0 && row < m_memberSites.size()
                             && m_memberSites.at(row) != m_controller.database().siteId());
    });
    return page;
}

void SyncDialog::refreshTeam()
{
    const SyncStatus s = m_controller.status();
    const TeamState team = m_controller.team();
    if (s.waiting) {
        m_standing->setText(tr("<b>This PC waits to be admitted to the team.</b> Its code is <b>%1</b>. Ask a "
                               "colleague to open File ▸ Sync… ▸ PCs of the team on a PC of the team, compare the "
                               "code and admit this PC. It then catches up by itself.")
                                .arg(QStringLiteral("<span style='font-size:16pt'>%1</span>").arg(s.code.toHtmlEscaped())));
    } else if (s.joined) {
        QString text = tr("This PC is a member of the team. Files on the shared folder are encrypted and signed; "
                          "only the PCs below can read them. This PC's code: <b>%1</b>.")
                           .arg(m_controller.admissionCode().toHtmlEscaped());
        const auto admitter = m_controller.admittedBy();
        if (!admitter.code.isEmpty()) {
            text += QLatin1Char(' ')
                    + tr("It was admitted by %1 with the code <b>%2</b>: that PC shows the same code here. If it "
                         "does not, this PC joined a team that is not yours; stop using it with the team and tell "
                         "IT.")
                          .arg(admitter.host.toHtmlEscaped(), admitter.code.toHtmlEscaped());
        }
        m_standing->setText(text);
    } else {
        m_standing->setText(tr("This PC has not joined a team. Choose the team's shared folder on the Status tab."));
    }
    m_requests->setRowCount(0);
    if (s.joined) {
        auto requests = m_controller.requests();
        if (requests) {
            for (const auto& r : requests.value()) {
                const int row = m_requests->rowCount();
                m_requests->insertRow(row);
                m_requests->setItem(row, 0, cell(r.host.isEmpty() ? r.site : r.host));
                m_requests->setItem(row, 1, cell(r.code()));
                m_requests->setItem(row, 2, cell(when(r.at)));
            }
        }
    }
    m_memberPart->setVisible(s.joined);
    m_members->setRowCount(0);
    m_memberSites.clear();
    for (const auto& m : team.members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        const QString name = m.host.isEmpty() ? tr("(no name)") : m.host;
        m_members->setItem(row, 0,
                           cell(m.site == m_controller.database().siteId() ? tr("%1 (this PC)").arg(name) : name));
        m_members->setItem(row, 1, cell(when(m.admitted)));
        m_members->setItem(row, 2, cell(m.site));
        m_memberSites << m.site;
    }
    m_requests->resizeColumnsToContents();
    m_members->resizeColumnsToContents();
    m_retire->setEnabled(false);
}

bool SyncDialog::admitCode(const QString& code)
{
    if (auto s = m_controller.admit(code); !s) {
        MessageBox::warning(this, tr("Cannot admit"), s.error());
        return false;
    }
    m_code->clear();
    refresh();
    return true;
}

bool SyncDialog::retireMember(int row)
{
    if (row < 0 || row >= m_memberSites.size()) {
        return false;
    }
    const QString site = m_memberSites.at(row);
    const QString name = m_members->item(row, 0)->text();
    if (MessageBox::question(this, tr("Retire PC"),
                             tr("Take %1 out of the team? It can no longer read the shared folder or add to it. Use "
                                "this for a PC that is lost, stolen or replaced.")
                                 .arg(name))
        != QMessageBox::Yes) {
        return false;
    }
    if (auto s = m_controller.retire(site); !s) {
        MessageBox::warning(this, tr("Cannot retire"), s.error());
        return false;
    }
    refresh();
    return true;
}

/// The shared folder, when it last synced, what waits, a problem, the interval and "Sync now".
QWidget* SyncDialog::buildStatusPage()
{
    auto* statusPage = new QWidget(m_tabs);
    m_share = new QLineEdit(statusPage);
    m_share->setObjectName(QStringLiteral("shareEdit"));
    m_share->setReadOnly(true);
    m_share->setPlaceholderText(tr("Not joined: choose the team's shared folder"));
    m_choose = new QPushButton(tr("&Choose folder…"), statusPage);
    m_choose->setObjectName(QStringLiteral("chooseShareButton"));
    auto* shareRow = new QHBoxLayout;
    shareRow->addWidget(m_share, 1);
    shareRow->addWidget(m_choose);
    m_lastSync = new QLabel(statusPage);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_pending = new QLabel(statusPage);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_problem = new QLabel(statusPage);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome = new QLabel(statusPage);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setWordWrap(true);
    m_interval = new QSpinBox(statusPage);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 240);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(m_controller.intervalMinutes());
    m_syncNow = new QPushButton(tr("&Sync now"), statusPage);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Shared folder:"), shareRow);
    form->addRow(tr("Last synchronised:"), m_lastSync);
    form->addRow(tr("Waiting to be sent:"), m_pending);
    form->addRow(tr("Problem:"), m_problem);
    auto* intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch(1);
    form->addRow(tr("Sync automatically every:"), intervalRow);
    auto* explain = new QLabel(tr("Each PC keeps its own database and exchanges changes through the shared folder. "
                                  "Samspil keeps working when the drive cannot be reached and sends everything "
                                  "later."),
                               statusPage);
    explain->setWordWrap(true);
    auto* statusLayout = new QVBoxLayout(statusPage);
    statusLayout->addLayout(form);
    statusLayout->addWidget(m_outcome);
    statusLayout->addWidget(explain);
    statusLayout->addStretch(1);
    auto* syncRow = new QHBoxLayout;
    syncRow->addStretch(1);
    syncRow->addWidget(m_syncNow);
    statusLayout->addLayout(syncRow);
    return statusPage;
}

/// The conflicts to settle, and the rows kept because they were edited after being deleted elsewhere.
QWidget* SyncDialog::buildConflictPage()
{
    auto* conflictPage = new QWidget(m_tabs);
    auto* conflictHelp = new QLabel(tr("Two PCs changed the same field before they had seen each other's change. "
                                       "The newer value is shown now; the other is kept here until you decide."),
                                    conflictPage);
    conflictHelp->setWordWrap(true);
    m_conflicts = makeTable(conflictPage, {tr("What"), tr("Field"), tr("Current value"), tr("Other value"), tr("Other value from")},
                            QStringLiteral("conflictTable"));
    m_keep = new QPushButton(tr("&Keep current value"), conflictPage);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_takeOther = new QPushButton(tr("&Use the other value"), conflictPage);
    m_takeOther->setObjectName(QStringLiteral("takeOtherButton"));
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_keep);
    conflictButtons->addWidget(m_takeOther);
    auto* flagHelp = new QLabel(tr("Edited on one PC after another PC deleted it: the row was kept. Check it, then "
                                   "mark it as seen (or delete it again)."),
                                conflictPage);
    flagHelp->setWordWrap(true);
    m_flags = makeTable(conflictPage, {tr("What"), tr("Noticed")}, QStringLiteral("flagTable"));
    m_dismiss = new QPushButton(tr("&Mark as seen"), conflictPage);
    m_dismiss->setObjectName(QStringLiteral("dismissFlagButton"));
    auto* flagButtons = new QHBoxLayout;
    flagButtons->addStretch(1);
    flagButtons->addWidget(m_dismiss);
    auto* conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->addWidget(conflictHelp);
    conflictLayout->addWidget(m_conflicts, 2);
    conflictLayout->addLayout(conflictButtons);
    conflictLayout->addWidget(flagHelp);
    conflictLayout->addWidget(m_flags, 1);
    conflictLayout->addLayout(flagButtons);
    return conflictPage;
}

QString SyncDialog::fieldLabel(const QString& table, const QString& field) const
{
    if (table == QLatin1String("citizen") || table == QLatin1String("staff")) {
        static const QHash<QString, const char*> labels = {
            {QStringLiteral("name"), QT_TR_NOOP("Name")},
            {QStringLiteral("cpr"), QT_TR_NOOP("CPR number")},
            {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
            {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
            {QStringLiteral("benefit"), QT_TR_NOOP("Benefit")},
            {QStringLiteral("benefit_start"), QT_TR_NOOP("Benefit start")},
            {QStringLiteral("target_group"), QT_TR_NOOP("Target group")},
            {QStringLiteral("caseworker_id"), QT_TR_NOOP("Coordinating caseworker")},
            {QStringLiteral("status"), QT_TR_NOOP("Status")},
            {QStringLiteral("initials"), QT_TR_NOOP("Initials")},
            {QStringLiteral("profession"), QT_TR_NOOP("Profession")},
            {QStringLiteral("active"), QT_TR_NOOP("Active")},
        };
        if (const auto it = labels.find(field); it != labels.end()) {
            return tr(it.value());
        }
    }
    return field;
}

QString SyncDialog::describeRow(const QString& table, const QString& rowId) const
{
    Database& db = m_controller.database();
    if (table == QLatin1String("citizen")) {
        if (const auto c = CitizenRepository(db).get(rowId)) {
            return tr("Citizen %1").arg(c->name);
        }
        return tr("A citizen (deleted)");
    }
    if (table == QLatin1String("staff")) {
        if (const auto s = StaffRepository(db).get(rowId)) {
            return tr("Staff member %1 (%2)").arg(s->name, s->initials);
        }
        return tr("A staff member (deleted)");
    }
    return tr("%1 record").arg(table);
}

QString SyncDialog::describeValue(const QString& field, const QVariant& value) const
{
    if (value.isNull() || value.toString().isEmpty()) {
        return tr("(empty)");
    }
    if (field == QLatin1String("caseworker_id")) {
        if (const auto s = StaffRepository(m_controller.database()).get(value.toString())) {
            return QStringLiteral("%1 (%2)").arg(s->name, s->initials);
        }
    }
    return value.toString();
}

void SyncDialog::refresh()
{
    const SyncStatus s = m_controller.status();
    m_share->setText(s.joined || s.waiting ? s.share : QString());
    m_lastSync->setText(s.lastSync.isValid() ? formatDateTime(s.lastSync.toLocalTime()) : tr("never"));
    m_pending->setText(tr("%n change(s)", nullptr, int(s.pending)));
    m_problem->setText(s.lastProblem.isEmpty() ? tr("none") : s.lastProblem);
    m_outcome->setText(m_controller.lastMessage());
    m_syncNow->setEnabled(s.joined && !m_controller.busy());

    Replica replica(m_controller.database());
    const auto conflicts = replica.conflicts();
    m_conflicts->setRowCount(0);
    m_conflictIds.clear();
    for (const auto& c : conflicts) {
        const int row = m_conflicts->rowCount();
        m_conflicts->insertRow(row);
        m_conflicts->setItem(row, 0, cell(describeRow(c.table, c.rowId)));
        m_conflicts->setItem(row, 1, cell(fieldLabel(c.table, c.field)));
        m_conflicts->setItem(row, 2, cell(describeValue(c.field, c.currentValue)));
        m_conflicts->setItem(row, 3, cell(describeValue(c.field, c.otherValue)));
        m_conflicts->setItem(row, 4, cell(when(c.otherTime)));
        m_conflictIds << c.id;
    }
    m_conflicts->resizeColumnsToContents();
    m_keep->setEnabled(false);
    m_takeOther->setEnabled(false);

    const auto flags = replica.flags();
    m_flags->setRowCount(0);
    m_flagKeys.clear();
    for (const auto& f : flags) {
        const int row = m_flags->rowCount();
        m_flags->insertRow(row);
        m_flags->setItem(row, 0, cell(tr("%1: edited after it was deleted on another PC").arg(describeRow(f.table, f.rowId))));
        m_flags->setItem(row, 1, cell(when(f.detectedAt)));
        m_flagKeys << QStringList{f.table, f.rowId, f.kind};
    }
    m_dismiss->setEnabled(false);
    m_tabs->setTabText(ConflictsTab, conflicts.isEmpty() && flags.isEmpty()
                                         ? tr("Conflicts")
                                         : tr("Conflicts (%1)").arg(conflicts.size() + flags.size()));

    QStringList lines;
    for (const auto& line : replica.recentLog(200)) {
        lines << QStringLiteral("%1  %2").arg(formatDateTime(line.at.toLocalTime()), line.message);
    }
    m_log->setPlainText(lines.isEmpty() ? tr("Nothing has been synchronised yet.") : lines.join(QLatin1Char('\n')));
    refreshTeam();
}

void SyncDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("The team's shared folder"), m_share->text());
    if (!path.isEmpty()) {
        joinFolder(path);
    }
}

bool SyncDialog::joinFolder(const QString& path)
{
    const auto joined = m_controller.join(path);
    if (!joined) {
        MessageBox::warning(this, tr("Cannot use this folder"), joined.error());
        refresh();
        return false;
    }
    refresh();
    if (!joined->joined) {
        m_tabs->setCurrentIndex(TeamTab);
    }
    return true;
}

void SyncDialog::syncNow()
{
    (void)m_controller.syncNow(true);
    refresh();
}

void SyncDialog::settleSelected(bool takeOther)
{
    const int row = m_conflicts->currentRow();
    if (row >= 0) {
        settleConflict(row, takeOther);
    }
}

bool SyncDialog::settleConflict(int row, bool takeOther)
{
    if (row < 0 || row >= m_conflictIds.size()) {
        return false;
    }
    const auto settled = Replica(m_controller.database()).resolve(m_conflictIds[row], takeOther);
    if (!settled) {
        MessageBox::warning(this, tr("The conflict was not settled"), settled.error());
    }
    emit m_controller.statusChanged();
    return settled.ok();
}

bool SyncDialog::dismissFlag(int row)
{
    if (row < 0 || row >= m_flagKeys.size()) {
        return false;
    }
    const auto& key = m_flagKeys[row];
    const auto done = Replica(m_controller.database()).dismissFlag(key[0], key[1], key[2]);
    if (!done) {
        MessageBox::warning(this, tr("Sync"), done.error());
    }
    emit m_controller.statusChanged();
    return done.ok();
}

QString SyncDialog::statusText() const
{
    return m_lastSync->text() + QLatin1Char('\n') + m_pending->text();
}

QString SyncDialog::problemText() const
{
    return m_problem->text();
}

QString SyncDialog::logText() const
{
    return m_log->toPlainText();
}

} // namespace samspil::ui
