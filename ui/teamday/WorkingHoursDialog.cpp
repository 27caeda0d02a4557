#include "WorkingHoursDialog.h"

#include "core/teamday/AppointmentRepository.h"
#include "core/staff/StaffRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {
bool sameWeek(const QVector<WorkingHours>& a, const QVector<WorkingHours>& b)
{
    const auto x = WorkingHoursRules::sorted(a);
    const auto y = WorkingHoursRules::sorted(b);
    if (x.size() != y.size()) {
        return false;
    }
    for (int i = 0; i < x.size(); ++i) {
        if (!x[i].sameTimes(y[i])) {
            return false;
        }
    }
    return true;
}
} // namespace

WorkingHoursDialog::WorkingHoursDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("workingHoursDialog"));
    setWindowTitle(tr("Working hours"));
    resize(900, 460);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("When each staff member works, per weekday. A day can have several intervals, e.g. "
                                "08:00–12:00 and 12:30–15:30. Team days and conferences are only proposed within "
                                "these hours."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* body = new QHBoxLayout;
    body->addWidget(buildStaffList());
    body->addLayout(buildHoursSide(), 1);
    layout->addLayout(body, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveHours"));
    layout->addWidget(buttons);

    connect(m_staff, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            showStaff(item->data(Qt::UserRole).toString());
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save()) {
            accept();
        }
    });
    if (m_staff->count() > 0) {
        m_staff->setCurrentRow(0);
    } else {
        m_message->setText(tr("There is no active staff member on the team yet."));
    }
    validate();
}

/// The active staff, each with the week as stored (kept to compare with what is edited).
QListWidget* WorkingHoursDialog::buildStaffList()
{
    m_staff = new QListWidget(this);
    m_staff->setObjectName(QStringLiteral("staffList"));
    AppointmentRepository repo(m_db);
    for (const auto& s : StaffRepository(m_db).all(false)) {
        auto* item
            = new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.name, Professions::label(s.profession)), m_staff);
        item->setData(Qt::UserRole, s.id);
        m_names.insert(s.id, s.name);
        const auto hours = WorkingHoursRules::sorted(repo.workingHours(s.id));
        m_weeks.insert(s.id, hours);
        m_original.insert(s.id, hours);
    }
    // Wide enough for the longest "name — profession" without a horizontal scroll bar.
    m_staff->setMinimumWidth(m_staff->sizeHintForColumn(0) + 2 * m_staff->frameWidth() + 24);
    m_staff->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return m_staff;
}

/// The intervals of the week shown, and the buttons to add and remove one.
QVBoxLayout* WorkingHoursDialog::buildHoursSide()
{
    auto* right = new QVBoxLayout;
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("hoursTable"));
    m_table->setHorizontalHeaderLabels({tr("Weekday"), tr("From"), tr("To")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    right->addWidget(m_table, 1);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add interval"), this);
    add->setObjectName(QStringLiteral("addInterval"));
    auto* remove = new QPushButton(tr("Remove interval"), this);
    remove->setObjectName(QStringLiteral("removeInterval"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    right->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, &WorkingHoursDialog::addInterval);
    connect(remove, &QPushButton::clicked, this, &WorkingHoursDialog::removeInterval);
    return right;
}

void WorkingHoursDialog::showStaff(const QString& staffId)
{
    if (staffId == m_shown) {
        return;
    }
    readTable();
    m_shown = staffId;
    for (int i = 0; i < m_staff->count(); ++i) {
        if (m_staff->item(i)->data(Qt::UserRole).toString() == staffId && m_staff->currentRow() != i) {
            const QSignalBlocker block(m_staff);
            m_staff->setCurrentRow(i);
        }
    }
    fillTable();
    validate();
}

void WorkingHoursDialog::fillTable()
{
    m_filling = true;
    // The view deletes the old cell widgets later; until then they must neither be found by name
    // nor report changes.
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (QWidget* w = m_table->cellWidget(r, c)) {
                w->setObjectName(QString());
                w->blockSignals(true);
            }
        }
    }
    m_table->setRowCount(0);
    const auto hours = m_weeks.value(m_shown);
    for (int r = 0; r < hours.size(); ++r) {
        const auto& h = hours[r];
        m_table->insertRow(r);
        auto* day = new QComboBox(m_table);
        day->setObjectName(QStringLiteral("weekday_%1").arg(r));
        for (int wd = 1; wd <= 7; ++wd) {
            day->addItem(QLocale().dayName(wd), wd);
        }
        day->setCurrentIndex(std::max(0, day->findData(h.weekday)));
        auto* from = new QTimeEdit(h.from, m_table);
        from->setObjectName(QStringLiteral("from_%1").arg(r));
        from->setDisplayFormat(QStringLiteral("HH:mm"));
        auto* to = new QTimeEdit(h.to, m_table);
        to->setObjectName(QStringLiteral("to_%1").arg(r));
        to->setDisplayFormat(QStringLiteral("HH:mm"));
        m_table->setCellWidget(r, 0, day);
        m_table->setCellWidget(r, 1, from);
        m_table->setCellWidget(r, 2, to);
        connect(day, &QComboBox::currentIndexChanged, this, [this] {
            readTable();
            validate();
        });
        for (auto* edit : {from, to}) {
            connect(edit, &QTimeEdit::timeChanged, this, [this] {
                readTable();
                validate();
            });
        }
    }
    m_filling = false;
}

void WorkingHoursDialog::readTable()
{
    if (m_filling || m_shown.isEmpty()) {
        return;
    }
    QVector<WorkingHours> hours;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto* day = qobject_cast<QComboBox*>(m_table->cellWidget(r, 0));
        auto* from = qobject_cast<QTimeEdit*>(m_table->cellWidget(r, 1));
        auto* to = qobject_cast<QTimeEdit*>(m_table->cellWidget(r, 2));
        if (!day || !from || !to) {
            continue;
        }
        WorkingHours h;
        h.staffId = m_shown;
        h.weekday = day->currentData().toInt();
        h.from = from->time();
        h.to = to->time();
        hours.append(h);
    }
    m_weeks.insert(m_shown, hours);
}

void WorkingHoursDialog::addInterval()
{
    if (m_shown.isEmpty()) {
        return;
    }
    readTable();
    auto hours = m_weeks.value(m_shown);
    WorkingHours h;
    h.staffId = m_shown;
    h.weekday = hours.isEmpty() ? 1 : std::min(7, hours.last().weekday + 1);
    h.from = hours.isEmpty() ? QTime(8, 0) : hours.last().from;
    h.to = hours.isEmpty() ? QTime(16, 0) : hours.last().to;
    hours.append(h);
    m_weeks.insert(m_shown, hours);
    fillTable();
    m_table->selectRow(m_table->rowCount() - 1);
    validate();
}

void WorkingHoursDialog::removeInterval()
{
    if (m_shown.isEmpty() || m_table->rowCount() == 0) {
        return;
    }
    readTable();
    auto hours = m_weeks.value(m_shown);
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    hours.remove(row);
    m_weeks.insert(m_shown, hours);
    fillTable();
    validate();
}

QVector<WorkingHours> WorkingHoursDialog::week(const QString& staffId) const
{
    return m_weeks.value(staffId);
}

QStringList WorkingHoursDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_staff->count(); ++i) {
        const QString id = m_staff->item(i)->data(Qt::UserRole).toString();
        for (const auto& p : WorkingHoursRules::problems(m_weeks.value(id))) {
            out << QStringLiteral("%1: %2").arg(m_names.value(id), p);
        }
    }
    return out;
}

void WorkingHoursDialog::validate()
{
    for (int i = 0; i < m_staff->count(); ++i) {
        auto* item = m_staff->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        QFont f = item->font();
        f.setBold(!sameWeek(m_weeks.value(id), m_original.value(id)));
        item->setFont(f);
        item->setForeground(WorkingHoursRules::problems(m_weeks.value(id)).isEmpty() ? palette().text().color()
                                                                                     : QColor(0xb0, 0x00, 0x20));
    }
    const QStringList p = problems();
    if (!p.isEmpty()) {
        m_message->setText(p.join(QLatin1Char('\n')));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else if (m_staff->count() > 0) {
        m_message->setText(m_weeks.value(m_shown).isEmpty()
                               ? tr("%1 has no working hours: no team day or conference can be proposed with them.")
                                     .arg(m_names.value(m_shown))
                               : QString());
        m_message->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    }
    m_save->setEnabled(p.isEmpty());
}

bool WorkingHoursDialog::save()
{
    readTable();
    validate();
    if (const auto p = problems(); !p.isEmpty()) {
        return false; // shown in the message
    }
    QHash<QString, QVector<WorkingHours>> changed;
    for (auto it = m_weeks.cbegin(); it != m_weeks.cend(); ++it) {
        if (!sameWeek(it.value(), m_original.value(it.key()))) {
            changed.insert(it.key(), it.value());
        }
    }
    if (changed.isEmpty()) {
        return true;
    }
    if (auto r = AppointmentRepository(m_db).replaceWorkingHours(changed); !r) {
        m_message->setText(tr("Nothing was saved. %1").arg(r.error()));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        m_original.insert(it.key(), WorkingHoursRules::sorted(it.value()));
    }
    return true;
}

QString WorkingHoursDialog::message() const
{
    return m_message->text();
}

} // namespace samspil::ui
