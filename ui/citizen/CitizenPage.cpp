#include "CitizenPage.h"

#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/MessageBox.h"
#include "ui/citizen/CitizenForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samspil::ui {

namespace {
QVector<CitizenPage::TabFactory>& factories()
{
    static QVector<CitizenPage::TabFactory> f;
    return f;
}
} // namespace

void CitizenPage::registerTab(TabFactory factory)
{
    auto& all = factories();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const TabFactory& f) { return f.key == factory.key; }),
              all.end());
    all.append(std::move(factory));
    std::stable_sort(all.begin(), all.end(), [](const TabFactory& a, const TabFactory& b) { return a.order < b.order; });
}

CitizenPage::CitizenPage(Database& db, const QString& citizenId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_citizenId(citizenId)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_standing(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new CitizenForm(db, this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_cancel(new QPushButton(tr("&Undo changes"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("citizenPage"));
    auto* back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back to caseload"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Back to the caseload (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &CitizenPage::backRequested);

    m_title->setObjectName(QStringLiteral("citizenTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("citizenSubtitle"));
    m_standing->setTextFormat(Qt::PlainText);
    m_standing->setObjectName(QStringLiteral("citizenStanding"));

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(12);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_standing);
    header->addLayout(titles, 1);

    // Stamdata: the form, its buttons and the message line.
    auto* basic = new QWidget(this);
    basic->setObjectName(QStringLiteral("basicDataTab"));
    auto* basicLayout = new QVBoxLayout(basic);
    m_form->setMaximumWidth(720);
    basicLayout->addWidget(m_form);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    basicLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    basicLayout->addLayout(buttons);
    basicLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(basic);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(QStringLiteral("citizenTabs"));
    m_tabs->addTab(scroll, tr("Basic data"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_save, &QPushButton::clicked, this, &CitizenPage::save);
    connect(m_cancel, &QPushButton::clicked, this, &CitizenPage::revert);
    connect(m_form, &CitizenForm::edited, this, &CitizenPage::updateButtons);

    revert();
    // Every table but the access log, for this citizen (and staff, whose names it shows).
    auto* watcher = new ChangeWatcher(m_db, {}, m_citizenId, this);
    connect(watcher, &ChangeWatcher::changed, this, [this](const DataChange& change) { onStoreChanged(change.tables); });
    for (const auto& f : std::as_const(factories())) {
        if (QWidget* w = f.create(m_db, m_citizenId, m_tabs)) {
            m_tabs->addTab(w, f.title());
        }
    }
}

int CitizenPage::addTab(QWidget* page, const QString& title)
{
    return m_tabs->addTab(page, title);
}

void CitizenPage::revert()
{
    const auto c = CitizenRepository(m_db).get(m_citizenId);
    if (!c) {
        setMessage(tr("This citizen no longer exists."), true);
        m_form->setEnabled(false);
        updateButtons();
        return;
    }
    m_form->setEnabled(true);
    m_form->setCitizen(*c);
    m_loadedUpdatedAt = c->updatedAt;
    setMessage({}, false);
    updateHeader();
    updateButtons();
}

void CitizenPage::onStoreChanged(const QSet<QString>& tables)
{
    // The risk and the next step draw on every module's tables; the access log never changes them.
    if (!(tables.size() == 1 && tables.contains(QStringLiteral("audit_log")))) {
        updateStanding();
    }
    if (m_saving || !(tables.contains(QStringLiteral("citizen")) || tables.contains(QStringLiteral("staff")))) {
        return;
    }
    const auto c = CitizenRepository(m_db).get(m_citizenId);
    if (!c) {
        setMessage(tr("This citizen was deleted on another PC."), true);
        m_form->setEnabled(false);
        updateButtons();
        return;
    }
    updateHeader();
    if (c->updatedAt == m_loadedUpdatedAt) {
        return;
    }
    if (!m_form->isModified()) {
        revert();
        setMessage(tr("Updated with changes made on another PC."), false);
        return;
    }
    // Never throw away what the person is typing: tell them, and let them choose.
    setMessage(tr("This citizen was changed on another PC while you were editing. Save keeps your values; "
                  "Undo changes shows the new ones."),
               false);
}

bool CitizenPage::save()
{
    QVector<FieldIssue> issues;
    if (!m_form->check(&issues)) {
        setMessage(tr("Nothing was saved. Correct the fields marked in red."), true);
        return false;
    }
    QStringList warnings;
    m_saving = true;
    auto r = CitizenRepository(m_db).update(m_form->citizen(), &warnings);
    m_saving = false;
    if (!r) {
        setMessage(tr("Nothing was saved: %1").arg(r.error()), true);
        return false;
    }
    const Citizen saved = CitizenRepository(m_db).get(m_citizenId).value_or(m_form->citizen());
    m_form->setCitizen(saved);
    m_loadedUpdatedAt = saved.updatedAt;
    m_form->showIssues(issues); // the warnings stay visible beside their fields
    setMessage(r.value().isEmpty() ? tr("No changes to save.") : tr("Saved."), false);
    updateHeader();
    updateButtons();
    emit this->saved(m_citizenId);
    return true;
}

bool CitizenPage::maybeLeave()
{
    // Tabs with their own unsaved work (the plan editor) answer through a maybeLeave() of their own.
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* tab = m_tabs->widget(i);
        bool canLeave = true;
        if (tab && tab->metaObject()->indexOfMethod("maybeLeave()") >= 0
            && QMetaObject::invokeMethod(tab, "maybeLeave", Q_RETURN_ARG(bool, canLeave)) && !canLeave) {
            return false;
        }
    }
    if (!m_form->isModified()) {
        return true;
    }
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("The basic data of %1 has been changed. Save the changes?").arg(m_title->text()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

QString CitizenPage::message() const
{
    return m_message->text();
}

void CitizenPage::updateHeader()
{
    const auto c = CitizenRepository(m_db).get(m_citizenId);
    if (!c) {
        return;
    }
    m_title->setText(c->name);
    QStringList parts{Cpr::format(c->cpr), BenefitCatalogue::shipped().benefitLabel(c->benefit),
                      CitizenRules::statusLabel(c->status)};
    if (const auto cw = StaffRepository(m_db).get(c->caseworkerId)) {
        parts << tr("Caseworker: %1").arg(cw->name);
    }
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    updateStanding();
}

void CitizenPage::updateStanding()
{
    const auto c = CitizenRepository(m_db).get(m_citizenId);
    if (!c) {
        m_standing->clear();
        return;
    }
    const QDate today = m_db.clock().today();
    QStringList parts;
    const auto screening = ScreeningRepository(m_db).latestDecided(m_citizenId);
    parts << (screening ? tr("Risk: %1").arg(Risks::label(screening->decidedRisk)) : tr("Not screened yet"));
    if (c->benefitStart.isValid()) {
        parts << tr("%n week(s) on support", nullptr, CitizenRules::weeksOnSupport(*c, today));
    }
    if (const auto step = Workflow::nextStepFor(m_db, m_citizenId)) {
        if (!step->due.isValid()) {
            parts << tr("Next step: %1").arg(step->label);
        } else if (step->overdue(today)) {
            parts << tr("Next step: %1 · overdue since %2").arg(step->label, formatDate(step->due));
        } else {
            parts << tr("Next step: %1 · due %2").arg(step->label, formatDate(step->due));
        }
    }
    m_standing->setText(parts.join(QStringLiteral(" · ")));
}

void CitizenPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void CitizenPage::updateButtons()
{
    const bool modified = m_form->isEnabled() && m_form->isModified();
    m_save->setEnabled(m_form->isEnabled());
    m_cancel->setEnabled(modified);
}

} // namespace samspil::ui
