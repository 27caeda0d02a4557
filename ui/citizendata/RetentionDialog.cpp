#include "RetentionDialog.h"

#include "core/citizen/Cpr.h"
#include "core/storage/CitizenRecords.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/citizen/RetentionRepository.h"
#include "core/storage/Erasure.h"
#include "core/util/Dates.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"
#include "ui/audit/AccessLogUi.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samspil::ui {

bool confirmAndErase(QWidget* parent, Database& db, const QString& citizenId, int years, const QString& reason,
                     const std::function<bool(const QString&)>& beforeErase)
{
    const QString title = EraseCitizenDialog::tr("Erase the citizen's data");
    RetentionRepository erasure(db);
    if (auto s = erasure.check(citizenId, years, reason); !s) {
        MessageBox::warning(parent, title, s.error());
        return false;
    }
    const auto rc = erasure.retentionOf(citizenId, years);
    QString name;
    QString cpr;
    if (rc) {
        name = rc->citizen.name;
        cpr = Cpr::format(rc->citizen.cpr);
    } else if (const auto c = CitizenRepository(db).get(citizenId)) {
        // An open case, erased with a reason.
        name = c->name;
        cpr = Cpr::format(c->cpr);
    }
    int records = 0;
    if (auto rows = CitizenRecords(db).rows(citizenId)) {
        for (const auto& t : rows.value()) {
            records += int(t.ids.size());
        }
    }
    const QString question =
        EraseCitizenDialog::tr("Erase everything about %1 (%2)?\n\nThe citizen and %n records about them (screenings, "
                               "notes, plans, appointments, the access log …) are removed from this PC for good, and "
                               "from the team's other PCs and the shared drive when they synchronise. Only a record "
                               "that an erasure took place is kept, without the citizen's name or CPR number. This "
                               "cannot be undone.",
                               nullptr, records)
            .arg(name, cpr);
    const auto answer = MessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                             QMessageBox::Cancel,
                                             {{QMessageBox::Yes, EraseCitizenDialog::tr("Erase")}});
    if (answer != QMessageBox::Yes) {
        return false;
    }
    if (beforeErase && !beforeErase(citizenId)) {
        return false;
    }
    auto result = erasure.erase(citizenId, years, reason);
    if (!result) {
        MessageBox::warning(parent, title, result.error());
        return false;
    }
    QString done = EraseCitizenDialog::tr("%1 was erased (%n records).", nullptr, result->records).arg(name);
    if (!result->problems.isEmpty()) {
        MessageBox::warning(parent, title, done, result->problems.join(QLatin1Char('\n')));
    } else {
        MessageBox::information(parent, title, done);
    }
    return true;
}

EraseCitizenDialog::EraseCitizenDialog(Database& db, const QString& citizenId, int years, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_citizenId(citizenId)
    , m_years(years)
{
    setObjectName(QStringLiteral("eraseCitizenDialog"));
    setWindowTitle(tr("Erase the citizen's data"));
    RetentionRepository erasure(db);
    const auto rc = erasure.retentionOf(citizenId, years);
    QString state;
    bool due = false;
    if (!rc) {
        state = tr("The case is open. It can be erased now only with a reason.");
    } else if (rc->erasableFrom <= db.clock().today()) {
        due = true;
        state = tr("The case ended on %1. It was to be kept until %2 (%n years), so it may be erased now.", nullptr, years)
                    .arg(formatDate(rc->closedOn), formatDate(rc->erasableFrom));
    } else {
        state = tr("The case ended on %1 and is to be kept until %2 (%n years). It can be erased before then only with a "
                   "reason.",
                   nullptr, years)
                    .arg(formatDate(rc->closedOn), formatDate(rc->erasableFrom));
    }
    auto* intro = new QLabel(tr("Erasing removes the citizen and everything recorded about them from this PC, and from "
                                "the team's other PCs and the shared drive when they synchronise. It cannot be undone."),
                             this);
    intro->setWordWrap(true);
    auto* stateLabel = new QLabel(state, this);
    stateLabel->setObjectName(QStringLiteral("retentionState"));
    stateLabel->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(due ? tr("Optional") : tr("Required, e.g. “the citizen asked for erasure”"));
    auto* hint = new QLabel(tr("Do not write the citizen's name or CPR number: the record of the erasure is kept."), this);
    hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* eraseButton = buttons->addButton(tr("Erase…"), QDialogButtonBox::DestructiveRole);
    eraseButton->setObjectName(QStringLiteral("erase"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(eraseButton, &QPushButton::clicked, this, [this] { erase(); });
    auto* form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(stateLabel);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString EraseCitizenDialog::message() const
{
    return m_message->text();
}

bool EraseCitizenDialog::erase()
{
    // Refusals (no reason before the period, a reason that names the citizen) are shown in place.
    if (auto s = RetentionRepository(m_db).check(m_citizenId, m_years, m_reason->text()); !s) {
        m_message->setText(s.error());
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    if (!confirmAndErase(this, m_db, m_citizenId, m_years, m_reason->text(), m_beforeErase)) {
        return false;
    }
    accept();
    return true;
}

RetentionDialog::RetentionDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Erasure of closed cases"));
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(1, 30);
    m_years->setSuffix(tr(" years"));
    m_years->setValue(prefs::retentionYears.get());
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_cases = new QTableWidget(0, 6, this);
    m_cases->setObjectName(QStringLiteral("cases"));
    m_cases->setHorizontalHeaderLabels({tr("Citizen"), tr("CPR number"), tr("Ended"), tr("How it ended"),
                                        tr("Caseworker"), tr("May be erased from")});
    m_erasures = new QTableWidget(0, 4, this);
    m_erasures->setObjectName(QStringLiteral("erasures"));
    m_erasures->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("Basis"), tr("Records")});
    for (QTableWidget* t : {m_cases, m_erasures}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_erase = buttons->addButton(tr("Erase…"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("erase"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, [this] { eraseRow(m_cases->currentRow()); });
    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) {
        prefs::retentionYears.set(years);
        refresh();
    });
    connect(m_cases, &QTableWidget::itemSelectionChanged, this,
            [this] { m_erase->setEnabled(m_cases->currentRow() >= 0 && !m_cases->selectedItems().isEmpty()); });

    auto* yearsRow = new QHBoxLayout;
    yearsRow->addWidget(new QLabel(tr("Keep closed cases for"), this));
    yearsRow->addWidget(m_years);
    yearsRow->addWidget(new QLabel(tr("after they ended."), this));
    yearsRow->addStretch(1);
    auto* erasuresLabel = new QLabel(tr("Erasures made on the team's PCs (no personal data is kept about them):"), this);
    erasuresLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(yearsRow);
    layout->addWidget(m_intro);
    layout->addWidget(m_cases, 3);
    layout->addWidget(erasuresLabel);
    layout->addWidget(m_erasures, 1);
    layout->addWidget(buttons);
    resize(860, 560);
    refresh();
}

void RetentionDialog::refresh()
{
    const int years = m_years->value();
    const auto cases = RetentionRepository(m_db).pastRetention(years);
    m_intro->setText(cases.isEmpty()
                         ? tr("No closed case is past the period of %n years.", nullptr, years)
                         : tr("%n closed cases are past the period and may be erased, the longest past first. Erasing "
                              "removes the citizen and everything about them on every PC of the team.",
                              nullptr, int(cases.size())));
    m_cases->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const auto& rc = cases[row];
        const QString ended = rc.citizen.status == CitizenStatus::Closed
                                  ? (rc.citizen.outcome.isEmpty() ? tr("Closed") : Outcomes::label(rc.citizen.outcome))
                                  : tr("Removed from the caseload");
        const QStringList cells{rc.citizen.name, Cpr::format(rc.citizen.cpr), formatDate(rc.closedOn), ended,
                                rc.caseworkerName, formatDate(rc.erasableFrom)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, rc.citizen.id);
            m_cases->setItem(row, col, item);
        }
    }
    m_cases->resizeColumnsToContents();
    m_erase->setEnabled(false);

    const auto records = Erasure(m_db).records();
    m_erasures->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const auto& r = records[row];
        const QString basis = r.basis == Erasure::kRetention
                                  ? tr("Past the retention period")
                                  : (r.reason.isEmpty() ? tr("Before the period") : tr("Before the period: %1").arg(r.reason));
        const QStringList cells{formatDateTime(r.at), AccessLogView::staffLabel(m_db, r.by), basis, QString::number(r.records)};
        for (int col = 0; col < cells.size(); ++col) {
            m_erasures->setItem(row, col, new QTableWidgetItem(cells[col]));
        }
    }
    m_erasures->resizeColumnsToContents();
}

bool RetentionDialog::eraseRow(int row)
{
    if (row < 0 || row >= m_cases->rowCount()) {
        return false;
    }
    const QString id = m_cases->item(row, 0)->data(Qt::UserRole).toString();
    const bool erased = confirmAndErase(this, m_db, id, m_years->value(), QString(), m_beforeErase);
    refresh();
    return erased;
}

} // namespace samspil::ui
