#include "CitizenForm.h"
#include "ui/common/DateEdit.h"

#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace samspil::ui {

CitizenForm::CitizenForm(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_cpr(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_benefit(new QComboBox(this))
    , m_benefitStart(new DateEdit(this))
    , m_targetGroup(new QComboBox(this))
    , m_caseworker(new QComboBox(this))
{
    m_cpr->setObjectName(QStringLiteral("cprEdit"));
    m_cpr->setPlaceholderText(tr("DDMMYY-SSSS"));
    m_cpr->setMaxLength(11);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_benefit->setObjectName(QStringLiteral("benefitCombo"));
    m_benefitStart->setObjectName(QStringLiteral("benefitStartEdit"));
    m_benefitStart->setDisplayFormat(dateInputFormat());
    m_benefitStart->setCalendarPopup(true);
    m_targetGroup->setObjectName(QStringLiteral("targetGroupCombo"));
    m_caseworker->setObjectName(QStringLiteral("caseworkerCombo"));

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("CPR number"), m_cpr, QStringLiteral("cpr"));
    addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    addRow(form, tr("Phone"), m_phone, QStringLiteral("phone"));
    addRow(form, tr("E-mail"), m_email, QStringLiteral("email"));
    addRow(form, tr("Benefit"), m_benefit, QStringLiteral("benefit"));
    addRow(form, tr("Benefit started"), m_benefitStart, QStringLiteral("benefit_start"));
    addRow(form, tr("Target group"), m_targetGroup, QStringLiteral("target_group"));
    addRow(form, tr("Coordinating caseworker"), m_caseworker, QStringLiteral("caseworker_id"));

    for (auto* e : {m_cpr, m_name, m_phone, m_email}) {
        connect(e, &QLineEdit::textEdited, this, &CitizenForm::edited);
    }
    for (auto* c : {m_benefit, m_targetGroup, m_caseworker}) {
        connect(c, &QComboBox::activated, this, &CitizenForm::edited);
    }
    connect(m_benefitStart, &QDateEdit::dateChanged, this, &CitizenForm::edited);
    // A message goes once its field is fixed (and says what is still wrong while it is not).
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString key = it.key();
        if (auto* e = qobject_cast<QLineEdit*>(it.value())) {
            connect(e, &QLineEdit::textEdited, this, [this, key] { recheck(key); });
        } else if (auto* c = qobject_cast<QComboBox*>(it.value())) {
            connect(c, &QComboBox::activated, this, [this, key] { recheck(key); });
        } else if (auto* d = qobject_cast<QDateEdit*>(it.value())) {
            connect(d, &QDateEdit::dateChanged, this, [this, key] { recheck(key); });
        }
    }

    Citizen blank;
    blank.benefitStart = m_db.clock().today();
    setCitizen(blank);
}

void CitizenForm::addRow(QFormLayout* layout, const QString& label, QWidget* field, const QString& key)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto* issue = new QLabel(box);
    issue->setObjectName(key + QStringLiteral("Issue"));
    issue->setWordWrap(true);
    issue->setTextFormat(Qt::PlainText);
    issue->hide();
    v->addWidget(issue);
    layout->addRow(label, box);
    if (auto* l = qobject_cast<QLabel*>(layout->labelForField(box))) {
        l->setBuddy(field);
    }
    m_issueLabels.insert(key, issue);
    m_fields.insert(key, field);
}

void CitizenForm::fillBenefits(const QString& current)
{
    m_benefit->clear();
    const auto& catalogue = BenefitCatalogue::shipped();
    for (const auto& b : catalogue.benefits()) {
        // Benefits closed to new cases are kept for running courses only.
        if (b.closedToNew && b.code != current) {
            continue;
        }
        m_benefit->addItem(b.label(), b.code);
    }
    if (current.isEmpty()) {
        m_benefit->setCurrentIndex(-1);
        m_benefit->setPlaceholderText(tr("Choose a benefit"));
    } else {
        m_benefit->setCurrentIndex(m_benefit->findData(current));
    }

    m_targetGroup->clear();
    m_targetGroup->addItem(tr("(none)"), QString());
    for (const auto& g : catalogue.targetGroups()) {
        m_targetGroup->addItem(g.label(), g.code);
    }
}

void CitizenForm::fillCaseworkers(const QString& current)
{
    m_caseworker->clear();
    m_caseworker->addItem(tr("(none)"), QString());
    for (const auto& s : StaffRepository(m_db).all(true)) {
        const bool eligible = s.active && s.profession == Profession::Caseworker;
        if (eligible || s.id == current) {
            m_caseworker->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.id);
        }
    }
    m_caseworker->setCurrentIndex(std::max(0, m_caseworker->findData(current)));
}

void CitizenForm::setCitizen(const Citizen& c)
{
    m_original = c;
    m_cpr->setText(c.cpr.isEmpty() ? QString() : Cpr::format(c.cpr));
    m_name->setText(c.name);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    fillBenefits(c.benefit);
    {
        const QSignalBlocker block(m_benefitStart);
        m_benefitStart->setDate(c.benefitStart.isValid() ? c.benefitStart : m_db.clock().today());
    }
    m_targetGroup->setCurrentIndex(std::max(0, m_targetGroup->findData(c.targetGroup)));
    fillCaseworkers(c.caseworkerId);
    clearIssues();
}

Citizen CitizenForm::citizen() const
{
    Citizen c = m_original;
    c.cpr = m_cpr->text().trimmed();
    c.name = m_name->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.benefit = m_benefit->currentData().toString();
    c.benefitStart = m_benefitStart->date();
    c.targetGroup = m_targetGroup->currentData().toString();
    c.caseworkerId = m_caseworker->currentData().toString();
    return c;
}

bool CitizenForm::isModified() const
{
    const Citizen now = citizen();
    const Citizen& o = m_original;
    return Cpr::digitsOf(now.cpr) != o.cpr || now.name != o.name || now.phone != o.phone || now.email != o.email
        || now.benefit != o.benefit || now.benefitStart != o.benefitStart || now.targetGroup != o.targetGroup
        || now.caseworkerId != o.caseworkerId;
}

bool CitizenForm::check(QVector<FieldIssue>* out)
{
    const auto issues = CitizenRepository(m_db).validate(citizen());
    showIssues(issues);
    if (out) {
        *out = issues;
    }
    return !CitizenRules::hasBlocking(issues);
}

void CitizenForm::showIssues(const QVector<FieldIssue>& issues)
{
    clearIssues();
    QHash<QString, QStringList> texts;
    QHash<QString, bool> blocking;
    for (const auto& i : issues) {
        texts[i.field] << i.message;
        blocking[i.field] = blocking.value(i.field) || i.blocking;
    }
    static const QStringList order = {QStringLiteral("cpr"),           QStringLiteral("name"),
                                      QStringLiteral("phone"),         QStringLiteral("email"),
                                      QStringLiteral("benefit"),       QStringLiteral("benefit_start"),
                                      QStringLiteral("target_group"),  QStringLiteral("caseworker_id")};
    // A message about a field the form does not show goes under the name.
    for (auto it = texts.begin(); it != texts.end();) {
        if (!m_issueLabels.contains(it.key())) {
            texts[QStringLiteral("name")] << it.value();
            blocking[QStringLiteral("name")] = blocking.value(QStringLiteral("name")) || blocking.value(it.key());
            it = texts.erase(it);
        } else {
            ++it;
        }
    }
    bool focused = false;
    for (const QString& key : order) {
        if (!texts.contains(key)) {
            continue;
        }
        QLabel* label = m_issueLabels.value(key);
        const bool block = blocking.value(key);
        label->setText(texts.value(key).join(QLatin1Char('\n')));
        label->setStyleSheet(block ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
        label->show();
        if (block && !focused) {
            m_fields.value(key)->setFocus();
            focused = true;
        }
    }
    fitIssueLabels();
}

void CitizenForm::fitIssueLabels()
{
    // A wrapped label asks for one line's height; ask for all its lines at the field's width, so
    // the form (and a dialog around it) makes room for the whole message.
    for (auto it = m_issueLabels.cbegin(); it != m_issueLabels.cend(); ++it) {
        QLabel* label = it.value();
        const int width = std::max(label->width(), m_fields.value(it.key())->width());
        label->setMinimumHeight(label->isHidden() || label->text().isEmpty() ? 0 : label->heightForWidth(width));
    }
}

void CitizenForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitIssueLabels();
}

void CitizenForm::recheck(const QString& key)
{
    QLabel* label = m_issueLabels.value(key);
    if (!label || label->isHidden()) {
        return; // nothing shown to take back; new problems are shown when the form is checked
    }
    QStringList texts;
    bool block = false;
    for (const auto& i : CitizenRepository(m_db).validate(citizen())) {
        if (i.field == key) {
            texts << i.message;
            block = block || i.blocking;
        }
    }
    if (texts.isEmpty()) {
        label->clear();
        label->hide();
    } else {
        label->setText(texts.join(QLatin1Char('\n')));
        label->setStyleSheet(block ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
    }
    fitIssueLabels();
}

void CitizenForm::clearIssues()
{
    for (auto* l : std::as_const(m_issueLabels)) {
        l->clear();
        l->hide();
    }
}

QString CitizenForm::issueText(const QString& field) const
{
    const QLabel* l = m_issueLabels.value(field);
    return l ? l->text() : QString();
}

} // namespace samspil::ui
