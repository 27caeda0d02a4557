#include "PlanDialogs.h"
#include "ui/common/DateEdit.h"

#include "core/plan/Tracks.h"
#include "core/plan/InterventionCatalogue.h"
#include "core/util/Dates.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace samspil::ui {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_set(new QCheckBox(this))
    , m_edit(new DateEdit(this))
{
    auto* l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_set->setToolTip(tr("Set a date"));
    m_edit->setDisplayFormat(dateInputFormat());
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);
    l->addWidget(m_set);
    l->addWidget(m_edit, 1);
    connect(m_set, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_set, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_edit, &QDateEdit::editingFinished, this, &OptionalDateEdit::changed);
    setFocusProxy(m_edit);
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& d)
{
    m_set->setChecked(d.isValid());
    m_edit->setDate(d.isValid() ? d : QDate::currentDate());
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_set->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
    m_set->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    m_edit->setReadOnly(readOnly);
}

TrackPicker::TrackPicker(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const auto& t : Tracks::all()) {
        auto* box = new QCheckBox(QStringLiteral("%1 %2").arg(t.number).arg(t.name()), this);
        box->setToolTip(t.description());
        box->setProperty("code", t.code);
        box->setObjectName(QStringLiteral("track_") + t.code);
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.append(box);
        ++i;
    }
}

QStringList TrackPicker::tracks() const
{
    QStringList out;
    for (auto* b : m_boxes) {
        if (b->isChecked()) {
            out << b->property("code").toString();
        }
    }
    return out;
}

void TrackPicker::setTracks(const QStringList& codes)
{
    for (auto* b : m_boxes) {
        b->setChecked(codes.contains(b->property("code").toString()));
    }
}

namespace {
void fillStaff(QComboBox* box, const QVector<Staff>& staff, const QString& current, const QString& none)
{
    box->addItem(none, QString());
    for (const auto& s : staff) {
        box->addItem(QStringLiteral("%1 (%2)").arg(s.name, Professions::label(s.profession)), s.id);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}
} // namespace

GoalDialog::GoalDialog(const PlanGoal& goal, const QVector<Staff>& staff, QWidget* parent, const QString& parentGoal)
    : QDialog(parent)
    , m_goal(goal)
    , m_text(new QLineEdit(goal.text, this))
    , m_criterion(new QLineEdit(goal.criterion, this))
    , m_tracks(new TrackPicker(this))
    , m_target(new OptionalDateEdit(this))
    , m_responsible(new QComboBox(this))
    , m_achieved(new OptionalDateEdit(this))
{
    // A sub-goal names the goal it is a step toward, in the title and above the fields.
    setWindowTitle(!goal.isSubGoal()          ? tr("Goal")
                       : parentGoal.isEmpty() ? tr("Sub-goal")
                                              : tr("Sub-goal of “%1”").arg(parentGoal));
    setObjectName(QStringLiteral("goalDialog"));
    m_text->setObjectName(QStringLiteral("goalText"));
    m_criterion->setObjectName(QStringLiteral("goalCriterion"));
    m_text->setPlaceholderText(tr("What the citizen wants to achieve, in plain words"));
    m_criterion->setPlaceholderText(tr("How we will see that the goal is reached"));
    m_tracks->setTracks(goal.tracks);
    m_target->setDate(goal.targetDate);
    m_achieved->setDate(goal.achievedOn);
    fillStaff(m_responsible, staff, goal.responsibleId, tr("(nobody yet)"));
    auto* form = new QFormLayout(this);
    if (goal.isSubGoal() && !parentGoal.isEmpty()) {
        auto* parentLabel = new QLabel(parentGoal, this);
        parentLabel->setObjectName(QStringLiteral("parentGoal"));
        parentLabel->setWordWrap(true);
        form->addRow(tr("Step toward:"), parentLabel);
    }
    form->addRow(goal.isSubGoal() ? tr("&Sub-goal:") : tr("&Goal:"), m_text);
    form->addRow(tr("&How we see it is reached:"), m_criterion);
    form->addRow(tr("Tracks:"), m_tracks);
    form->addRow(tr("&Target date:"), m_target);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(tr("Reached on:"), m_achieved);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoalDialog::reject);
}

PlanGoal GoalDialog::goal() const
{
    PlanGoal g = m_goal;
    g.text = m_text->text().trimmed();
    g.criterion = m_criterion->text().trimmed();
    g.tracks = m_tracks->tracks();
    g.targetDate = m_target->date();
    g.responsibleId = m_responsible->currentData().toString();
    g.achievedOn = m_achieved->date();
    return g;
}

void GoalDialog::accept()
{
    if (m_text->text().trimmed().isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Write the goal in words the citizen and the provider both understand."));
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

InterventionDialog::InterventionDialog(const PlanIntervention& item, const Plan& plan, const QVector<Staff>& staff, QWidget* parent)
    : QDialog(parent)
    , m_item(item)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(item.title, this))
    , m_tracks(new TrackPicker(this))
    , m_provider(new QComboBox(this))
    , m_external(new QLineEdit(item.providerExternal, this))
    , m_start(new OptionalDateEdit(this))
    , m_end(new OptionalDateEdit(this))
    , m_status(new QComboBox(this))
    , m_reason(new QLineEdit(item.stopReason, this))
    , m_goals(new QListWidget(this))
{
    setWindowTitle(tr("Intervention"));
    setObjectName(QStringLiteral("interventionDialog"));
    m_kind->setObjectName(QStringLiteral("interventionKind"));
    for (const auto& k : InterventionCatalogue::shipped().all()) {
        QStringList numbers;
        for (const auto& t : k.tracks) {
            if (const Track* tr = Tracks::find(t)) {
                numbers << QString::number(tr->number);
            }
        }
        m_kind->addItem(numbers.isEmpty() ? k.name() : QStringLiteral("%1 (%2)").arg(k.name(), numbers.join(QStringLiteral(", "))), k.code);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(item.kind)));
    m_title->setPlaceholderText(tr("Optional: a more precise description"));
    m_tracks->setTracks(item.tracks);
    fillStaff(m_provider, staff, item.providerId, tr("(external provider)"));
    m_external->setPlaceholderText(tr("External provider's name"));
    m_start->setDate(item.start);
    m_end->setDate(item.end);
    for (auto s : {InterventionStatus::Planned, InterventionStatus::Running, InterventionStatus::Completed, InterventionStatus::Stopped}) {
        m_status->addItem(PlanText::interventionStatusLabel(s), int(s));
    }
    m_status->setCurrentIndex(int(item.status));
    for (const auto& g : plan.orderedGoals()) {
        auto* it = new QListWidgetItem(g.isSubGoal() ? QStringLiteral("   ") + g.text : g.text, m_goals);
        it->setData(Qt::UserRole, g.lineage);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        it->setCheckState(item.goalLineages.contains(g.lineage) ? Qt::Checked : Qt::Unchecked);
    }
    m_goals->setMaximumHeight(110);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Description:"), m_title);
    form->addRow(tr("Tracks:"), m_tracks);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(QString(), m_external);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Reason for stopping:"), m_reason);
    form->addRow(tr("Serves the goals:"), m_goals);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &InterventionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InterventionDialog::reject);
    const auto update = [this] {
        m_external->setEnabled(m_provider->currentData().toString().isEmpty());
        m_reason->setEnabled(m_status->currentData().toInt() == int(InterventionStatus::Stopped));
    };
    connect(m_provider, &QComboBox::currentIndexChanged, this, update);
    connect(m_status, &QComboBox::currentIndexChanged, this, update);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_tracks->tracks().isEmpty()) {
            if (const auto* k = InterventionCatalogue::shipped().find(m_kind->currentData().toString())) {
                m_tracks->setTracks(k->tracks.size() == Tracks::all().size() ? QStringList() : k->tracks);
            }
        }
    });
    update();
}

PlanIntervention InterventionDialog::intervention() const
{
    PlanIntervention i = m_item;
    i.kind = m_kind->currentData().toString();
    i.title = m_title->text().trimmed();
    i.tracks = m_tracks->tracks();
    i.providerId = m_provider->currentData().toString();
    i.providerExternal = i.providerId.isEmpty() ? m_external->text().trimmed() : QString();
    i.start = m_start->date();
    i.end = m_end->date();
    i.status = InterventionStatus(m_status->currentData().toInt());
    i.stopReason = i.status == InterventionStatus::Stopped ? m_reason->text().trimmed() : QString();
    i.goalLineages.clear();
    for (int r = 0; r < m_goals->count(); ++r) {
        if (m_goals->item(r)->checkState() == Qt::Checked) {
            i.goalLineages << m_goals->item(r)->data(Qt::UserRole).toString();
        }
    }
    return i;
}

void InterventionDialog::accept()
{
    const auto i = intervention();
    if (i.status == InterventionStatus::Stopped && i.stopReason.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Write why the intervention was stopped."));
        return;
    }
    if (i.start.isValid() && i.end.isValid() && i.end < i.start) {
        MessageBox::warning(this, windowTitle(), tr("The intervention cannot end before it starts."));
        return;
    }
    QDialog::accept();
}

AgreeDialog::AgreeDialog(const QDate& today, AgreeAction agree, QWidget* parent)
    : QDialog(parent)
    , m_agreeAction(std::move(agree))
    , m_date(new DateEdit(today, this))
    , m_how(new QComboBox(this))
    , m_present(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Agree the plan with the citizen"));
    setObjectName(QStringLiteral("agreeDialog"));
    m_date->setObjectName(QStringLiteral("agreedOn"));
    m_date->setDisplayFormat(dateInputFormat());
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    for (auto m : {AgreementMethod::InPerson, AgreementMethod::Phone, AgreementMethod::Digital}) {
        m_how->addItem(PlanText::methodLabel(m), int(m));
    }
    m_present->setObjectName(QStringLiteral("agreedPresent"));
    m_present->setPlaceholderText(tr("The citizen, the caseworker, …"));
    m_message->setObjectName(QStringLiteral("agreeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Agreed on:"), m_date);
    form->addRow(tr("&How:"), m_how);
    form->addRow(tr("&Present:"), m_present);
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Agree"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("agreeButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgreeDialog::reject);
    // A fixed field takes its message away: the next try says what is still wrong.
    connect(m_present, &QLineEdit::textEdited, m_message, &QLabel::hide);
    connect(m_date, &QDateEdit::dateChanged, m_message, &QLabel::hide);
    setMinimumWidth(440);
}

Agreement AgreeDialog::agreement() const
{
    return {m_date->date(), AgreementMethod(m_how->currentData().toInt()), m_present->text().trimmed()};
}

QString AgreeDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void AgreeDialog::accept()
{
    const QString refused = m_agreeAction ? m_agreeAction(agreement()) : QString();
    if (!refused.isEmpty()) {
        m_message->setText(refused);
        m_message->show();
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace samspil::ui
