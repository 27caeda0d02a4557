#include "PlacementDialog.h"

#include "core/company/CompanyRepository.h"
#include "core/company/PlacementRepository.h"
#include "core/company/PlacementRules.h"
#include "core/plan/PlanRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/util/Dates.h"
#include "ui/common/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {
constexpr int kDateRole = Qt::UserRole + 1;

void addFollowUp(QListWidget* list, const FollowUp& f)
{
    auto* item = new QListWidgetItem(formatDate(f.date), list);
    item->setData(kDateRole, f.date);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(f.done ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(PlacementDialog::tr("Ticked: the follow-up with the company was held"));
}
} // namespace

PlacementDialog::PlacementDialog(Database& db, const QString& citizenId, const QString& placementId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_citizenId(citizenId)
    , m_company(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_from(new DateEdit(this))
    , m_hasEnd(new QCheckBox(tr("Ends on"), this))
    , m_to(new DateEdit(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_tasks(new QPlainTextEdit(this))
    , m_accommodationNote(new QLineEdit(this))
    , m_contact(new QComboBox(this))
    , m_mentor(new QLineEdit(this))
    , m_followUps(new QListWidget(this))
    , m_followUpDate(new DateEdit(this))
    , m_goal(new QComboBox(this))
    , m_intervention(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_outcomeDate(new DateEdit(this))
    , m_outcomeReason(new QLineEdit(this))
    , m_consent(new QCheckBox(tr("The citizen consents to the company knowing:"), this))
    , m_consentText(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("placementDialog"));
    setWindowTitle(placementId.isEmpty() ? tr("New placement at a company") : tr("Placement at a company"));
    for (const auto& p : Accommodations::propose(NoteRepository(db).currentSigned(citizenId))) {
        m_proposed.insert(p.code, p.because);
    }
    m_message->setObjectName(QStringLiteral("placementMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; padding: 6px; }"));
    m_message->hide();

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(buildPlacement());
    left->addWidget(buildCompanySide());
    auto* right = new QVBoxLayout;
    right->addWidget(buildAccommodations(), 1);
    right->addWidget(buildConsent());
    right->addWidget(buildEnding());
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePlacementButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    fillCompanies();
    Placement start;
    start.from = db.clock().today();
    start.to = start.from.addDays(27); // four weeks, as the Hjørring model's praktik
    start.accommodations = m_proposed.keys();
    start.followUps = {{start.from.addDays(7), false}, {start.from.addDays(21), false}};
    if (!placementId.isEmpty()) {
        if (auto found = PlacementRepository(db).get(placementId); found && *found) {
            start = **found;
        }
    }
    load(start);
    resize(1000, 640);
}

QWidget* PlacementDialog::buildPlacement()
{
    auto* group = new QGroupBox(tr("Placement"), this);
    m_company->setObjectName(QStringLiteral("placementCompany"));
    m_kind->setObjectName(QStringLiteral("placementKind"));
    for (PlacementKind k : PlacementKinds::all()) {
        m_kind->addItem(PlacementKinds::label(k), PlacementKinds::code(k));
    }
    m_from->setObjectName(QStringLiteral("placementFrom"));
    m_to->setObjectName(QStringLiteral("placementTo"));
    m_hasEnd->setObjectName(QStringLiteral("placementHasEnd"));
    m_hours->setObjectName(QStringLiteral("placementHours"));
    m_hours->setRange(0, 60);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" hours/week"));
    m_tasks->setObjectName(QStringLiteral("placementTasks"));
    m_tasks->setPlaceholderText(tr("Concrete, well-defined tasks"));
    m_tasks->setMaximumHeight(70);
    m_goal->setObjectName(QStringLiteral("placementGoal"));
    connect(m_hasEnd, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_company, &QComboBox::currentIndexChanged, this, &PlacementDialog::companyChanged);

    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_hasEnd);
    period->addWidget(m_to);
    auto* form = new QFormLayout(group);
    form->addRow(tr("&Company"), m_company);
    form->addRow(tr("&Kind"), m_kind);
    auto* startLabel = new QLabel(tr("&Starts"), group);
    startLabel->setBuddy(m_from);
    form->addRow(startLabel, period);
    form->addRow(tr("&Hours"), m_hours);
    form->addRow(tr("&Tasks"), m_tasks);
    form->addRow(tr("Serves the plan &goal"), m_goal);
    m_intervention->setObjectName(QStringLiteral("placementIntervention"));
    form->addRow(tr("Part of the &intervention"), m_intervention);
    m_goal->addItem(tr("(no goal chosen)"), QString());
    m_intervention->addItem(tr("(no intervention chosen)"), QString());
    if (const auto plan = PlanRepository(m_db).current(m_citizenId)) {
        for (const PlanGoal& g : plan->goals) {
            m_goal->addItem(g.text.left(80), g.lineage);
        }
        for (const PlanIntervention& iv : plan->interventions) {
            m_intervention->addItem(iv.title.left(80), iv.lineage);
        }
    }
    return group;
}

QWidget* PlacementDialog::buildAccommodations()
{
    auto* group = new QGroupBox(tr("Skånehensyn (accommodations)"), this);
    auto* layout = new QVBoxLayout(group);
    auto* hint = new QLabel(m_proposed.isEmpty()
                                ? tr("The signed professional notes you may read propose no skånehensyn.")
                                : tr("Proposed from the signed professional notes (marked ●); choose what applies."),
                            group);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    for (const QString& code : Accommodations::codes()) {
        const bool proposed = m_proposed.contains(code);
        auto* box = new QCheckBox((proposed ? QStringLiteral("● ") : QString()) + Accommodations::label(code), group);
        box->setObjectName(QStringLiteral("accommodation-") + code);
        if (proposed) {
            box->setToolTip(tr("Proposed because of: %1").arg(m_proposed.value(code)));
        }
        m_accommodations.insert(code, box);
        layout->addWidget(box);
    }
    m_accommodationNote->setObjectName(QStringLiteral("accommodationNote"));
    m_accommodationNote->setPlaceholderText(tr("Further skånehensyn in your own words"));
    layout->addWidget(m_accommodationNote);
    layout->addStretch();
    return group;
}

QWidget* PlacementDialog::buildCompanySide()
{
    auto* group = new QGroupBox(tr("At the company"), this);
    m_contact->setObjectName(QStringLiteral("placementContact"));
    m_mentor->setObjectName(QStringLiteral("placementMentor"));
    m_mentor->setPlaceholderText(tr("Virksomhedsmentor, if any"));
    m_followUps->setObjectName(QStringLiteral("followUpList"));
    m_followUps->setMaximumHeight(90);
    m_followUpDate->setObjectName(QStringLiteral("followUpDate"));
    m_followUpDate->setDate(m_db.clock().today());
    auto* add = new QPushButton(tr("Add follow-up"), group);
    add->setObjectName(QStringLiteral("addFollowUpButton"));
    auto* remove = new QPushButton(tr("Remove"), group);
    connect(add, &QPushButton::clicked, this, [this] { addFollowUp(m_followUps, {m_followUpDate->date(), false}); });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_followUps->currentItem(); });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_followUpDate);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto* form = new QFormLayout(group);
    form->addRow(tr("Contact &person"), m_contact);
    form->addRow(tr("&Mentor"), m_mentor);
    form->addRow(tr("&Follow-ups with the company"), m_followUps);
    form->addRow(QString(), addRow);
    return group;
}

QWidget* PlacementDialog::buildEnding()
{
    auto* group = new QGroupBox(tr("How it ended"), this);
    m_outcome->setObjectName(QStringLiteral("placementOutcome"));
    m_outcome->addItem(tr("(not ended)"), QString());
    for (PlacementOutcome o : PlacementKinds::outcomes()) {
        m_outcome->addItem(PlacementKinds::outcomeLabel(o), PlacementKinds::outcomeCode(o));
    }
    m_outcomeDate->setObjectName(QStringLiteral("placementOutcomeDate"));
    m_outcomeReason->setObjectName(QStringLiteral("placementOutcomeReason"));
    m_outcomeReason->setPlaceholderText(tr("Why it ended early, what comes next"));
    auto sync = [this] {
        const bool ended = !m_outcome->currentData().toString().isEmpty();
        m_outcomeDate->setEnabled(ended);
        m_outcomeReason->setEnabled(ended);
    };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, sync);
    sync();
    auto* form = new QFormLayout(group);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("&Ended on"), m_outcomeDate);
    form->addRow(tr("&Why"), m_outcomeReason);
    return group;
}

QWidget* PlacementDialog::buildConsent()
{
    auto* group = new QGroupBox(tr("Health information for the company"), this);
    m_consent->setObjectName(QStringLiteral("companyConsentCheck"));
    m_consentText->setObjectName(QStringLiteral("companyConsentText"));
    m_consentText->setPlaceholderText(tr("Only what the citizen agrees to; never the professional notes"));
    m_consentText->setMaximumHeight(60);
    connect(m_consent, &QCheckBox::toggled, m_consentText, &QWidget::setEnabled);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentText);
    return group;
}

void PlacementDialog::loadConsent()
{
    const QString companyId = m_company->currentData().toString();
    auto consent = CompanyConsentRepository(m_db).current(m_citizenId, companyId);
    m_consentInForce = consent ? PlacementRules::healthForCompany(*consent, companyId, m_db.clock().today()) : QString();
    m_consent->setChecked(!m_consentInForce.isEmpty());
    m_consentText->setEnabled(!m_consentInForce.isEmpty());
    m_consentText->setPlainText(m_consentInForce);
}

Status PlacementDialog::saveConsent(const Placement& saved)
{
    CompanyConsentRepository consents(m_db);
    const QString words = m_consentText->toPlainText().trimmed();
    const QDate today = m_db.clock().today();
    if (m_consent->isChecked() && words != m_consentInForce) {
        CompanyConsent c;
        c.citizenId = saved.citizenId;
        c.companyId = saved.companyId;
        c.givenOn = today;
        c.sharedHealth = words;
        auto given = consents.give(c);
        return given ? Status{} : Status{Error{given.error()}};
    }
    if (!m_consent->isChecked() && !m_consentInForce.isEmpty()) {
        return consents.withdraw(saved.citizenId, saved.companyId, today);
    }
    return {};
}

void PlacementDialog::fillCompanies()
{
    auto companies = CompanyRepository(m_db).search();
    m_companies = companies ? *companies : QVector<Company>{};
    const QSignalBlocker block(m_company);
    m_company->clear();
    for (const Company& c : std::as_const(m_companies)) {
        m_company->addItem(c.name, c.id);
    }
}

void PlacementDialog::companyChanged()
{
    loadConsent();
    const QString keep = m_contact->currentData().toString();
    m_contact->clear();
    m_contact->addItem(tr("(none)"), QString());
    const int i = m_company->currentIndex();
    if (i < 0 || i >= m_companies.size()) {
        return;
    }
    const Company& c = m_companies.at(i);
    for (const CompanyContact& p : c.contacts) {
        m_contact->addItem(p.phone.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.phone), p.id);
    }
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(keep)));
    if (m_tasks->toPlainText().trimmed().isEmpty()) {
        const PlacementKind kind = PlacementKinds::fromCode(m_kind->currentData().toString()).value_or(PlacementKind::Praktik);
        for (const CompanyOffer& o : c.offers) {
            if (o.kind == kind) {
                m_tasks->setPlainText(o.tasks);
                break;
            }
        }
    }
}

void PlacementDialog::load(const Placement& p)
{
    m_loaded = p;
    m_company->setCurrentIndex(std::max(0, m_company->findData(p.companyId)));
    companyChanged();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(PlacementKinds::code(p.kind))));
    m_from->setDate(p.from);
    m_hasEnd->setChecked(p.to.isValid());
    m_to->setEnabled(p.to.isValid());
    m_to->setDate(p.to.isValid() ? p.to : p.from.addDays(27));
    m_hours->setValue(p.hoursPerWeek);
    if (!p.tasks.isEmpty()) {
        m_tasks->setPlainText(p.tasks);
    }
    for (auto it = m_accommodations.cbegin(); it != m_accommodations.cend(); ++it) {
        it.value()->setChecked(p.accommodations.contains(it.key()));
    }
    m_accommodationNote->setText(p.accommodationNote);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(p.contactId)));
    m_mentor->setText(p.mentor);
    m_followUps->clear();
    for (const FollowUp& f : p.followUps) {
        addFollowUp(m_followUps, f);
    }
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(p.goalLineage)));
    m_intervention->setCurrentIndex(std::max(0, m_intervention->findData(p.interventionId)));
    m_outcome->setCurrentIndex(p.outcome ? m_outcome->findData(PlacementKinds::outcomeCode(*p.outcome)) : 0);
    m_outcomeDate->setDate(p.outcomeDate.isValid() ? p.outcomeDate : m_db.clock().today());
    m_outcomeReason->setText(p.outcomeReason);
}

Placement PlacementDialog::fromForm() const
{
    Placement p = m_loaded;
    p.citizenId = m_citizenId;
    const QString companyId = m_company->currentData().toString();
    if (companyId != m_loaded.companyId) {
        p.offerId.clear();
    }
    p.companyId = companyId;
    p.kind = PlacementKinds::fromCode(m_kind->currentData().toString()).value_or(PlacementKind::Praktik);
    p.from = m_from->date();
    p.to = m_hasEnd->isChecked() ? m_to->date() : QDate();
    p.hoursPerWeek = m_hours->value();
    p.tasks = m_tasks->toPlainText();
    p.accommodations.clear();
    for (const QString& code : Accommodations::codes()) {
        if (m_accommodations.value(code)->isChecked()) {
            p.accommodations << code;
        }
    }
    p.accommodationNote = m_accommodationNote->text();
    p.contactId = m_contact->currentData().toString();
    p.mentor = m_mentor->text();
    p.followUps.clear();
    for (int i = 0; i < m_followUps->count(); ++i) {
        const QListWidgetItem* item = m_followUps->item(i);
        p.followUps.append({item->data(kDateRole).toDate(), item->checkState() == Qt::Checked});
    }
    p.goalLineage = m_goal->currentData().toString();
    p.interventionId = m_intervention->currentData().toString();
    p.outcome = PlacementKinds::outcomeFromCode(m_outcome->currentData().toString());
    p.outcomeDate = p.outcome ? m_outcomeDate->date() : QDate();
    p.outcomeReason = p.outcome ? m_outcomeReason->text() : QString();
    return p;
}

void PlacementDialog::accept()
{
    if (m_company->currentIndex() < 0) {
        m_message->setText(tr("Add the company under Team ▸ Companies first."));
        m_message->show();
        return;
    }
    auto saved = PlacementRepository(m_db).save(fromForm());
    if (!saved) {
        m_message->setText(saved.error());
        m_message->show();
        return;
    }
    m_saved = *saved;
    if (auto consent = saveConsent(m_saved); !consent) {
        m_message->setText(tr("The placement was saved, but not the consent: %1").arg(consent.error()));
        m_message->show();
        return;
    }
    QDialog::accept();
}

QString PlacementDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace samspil::ui
