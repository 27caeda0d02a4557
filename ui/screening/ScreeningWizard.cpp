#include "ScreeningWizard.h"
#include "ui/common/DateEdit.h"

#include "core/citizen/CitizenRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/screening/ScaleInput.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel { color: #a00000; font-weight: bold; }"));
    l->hide();
    return l;
}

QString scoreText(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

/// Page 1: the questionnaire.
class AnswersPageWidget : public QWizardPage
{
public:
    AnswersPageWidget(const Instrument& in, QVector<ScaleInput*>& inputs)
        : m_inputs(inputs)
    {
        setObjectName(QStringLiteral("answersPage"));
        setTitle(in.title.text());
        setSubTitle(ScreeningWizard::tr("The citizen's answers. Tab moves to the next question; the arrow keys, "
                                        "Home, End or a digit choose the answer."));
        auto* content = new QWidget;
        auto* rows = new QVBoxLayout(content);
        int n = 0;
        for (const auto& item : in.items) {
            ++n;
            auto* question = new QLabel(QStringLiteral("<b>%1.</b> %2").arg(n).arg(item.text.text().toHtmlEscaped()), content);
            question->setWordWrap(true);
            auto* input = new ScaleInput(item, content);
            question->setBuddy(input);
            input->setAccessibleName(item.text.text());
            rows->addWidget(question);
            rows->addWidget(input);
            rows->addSpacing(6);
            m_inputs.append(input);
            QObject::connect(input, &ScaleInput::valueChanged, this, [this] {
                updateProgress();
                emit completeChanged();
            });
        }
        rows->addStretch(1);
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_progress = new QLabel(this);
        m_progress->setObjectName(QStringLiteral("progressLabel"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(scroll, 1);
        layout->addWidget(m_progress);
        updateProgress();
        // Keep the focused question in view while tabbing through them.
        for (auto* input : m_inputs) {
            input->installEventFilter(this);
        }
        m_scroll = scroll;
    }

    void initializePage() override
    {
        // After QWizard has placed its own focus on the buttons.
        if (!m_inputs.isEmpty()) {
            QTimer::singleShot(0, m_inputs.front(), [input = m_inputs.front()] { input->setFocus(Qt::TabFocusReason); });
        }
    }

    bool isComplete() const override
    {
        return std::all_of(m_inputs.begin(), m_inputs.end(), [](const ScaleInput* i) { return i->value().has_value(); });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusIn) {
            if (auto* w = qobject_cast<QWidget*>(watched)) {
                m_scroll->ensureWidgetVisible(w, 10, 60);
            }
        }
        return QWizardPage::eventFilter(watched, event);
    }

private:
    void updateProgress()
    {
        const auto answered = std::count_if(m_inputs.begin(), m_inputs.end(), [](const ScaleInput* i) { return i->value().has_value(); });
        m_progress->setText(ScreeningWizard::tr("%1 of %2 questions answered.").arg(answered).arg(m_inputs.size()));
    }

    QVector<ScaleInput*>& m_inputs;
    QLabel* m_progress = nullptr;
    QScrollArea* m_scroll = nullptr;
};

/// Page 2: what the score proposes, and the scores behind it.
class ProposalPageWidget : public QWizardPage
{
public:
    explicit ProposalPageWidget(ScreeningWizard* wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("proposalPage"));
        setTitle(ScreeningWizard::tr("Proposed risk"));
        setSubTitle(ScreeningWizard::tr("The questionnaire proposes a risk; you decide on the next page, together with "
                                        "what you learned in the first conversation."));
        m_risk = new QLabel(this);
        m_risk->setObjectName(QStringLiteral("proposedRisk"));
        QFont f = m_risk->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        m_risk->setFont(f);
        m_table = new QTableWidget(0, 3, this);
        m_table->setObjectName(QStringLiteral("scoreTable"));
        m_table->setHorizontalHeaderLabels({ScreeningWizard::tr("Score"), ScreeningWizard::tr("Value"), ScreeningWizard::tr("Possible")});
        m_table->setFocusPolicy(Qt::NoFocus);
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->setTabKeyNavigation(false);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_risk);
        layout->addWidget(m_table, 1);
    }

    void initializePage() override
    {
        const auto r = m_wizard->scoring();
        if (!r) {
            return;
        }
        m_risk->setText(ScreeningWizard::tr("Proposed risk: %1").arg(Risks::label(r->proposed)));
        const auto& defs = m_wizard->instrument().scores;
        m_table->setRowCount(int(defs.size()));
        for (int i = 0; i < defs.size(); ++i) {
            m_table->setItem(i, 0, new QTableWidgetItem(defs[i].label()));
            auto* value = new QTableWidgetItem(scoreText(r->scores.value(defs[i].id)));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, 1, value);
            const auto [lo, hi] = m_wizard->instrument().scoreRange(defs[i].id);
            auto* range = new QTableWidgetItem(QStringLiteral("%1–%2").arg(scoreText(lo), scoreText(hi)));
            range->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, 2, range);
        }
    }

private:
    ScreeningWizard* m_wizard;
    QLabel* m_risk = nullptr;
    QTableWidget* m_table = nullptr;
};

/// Page 3: the caseworker's assessment and decision.
class DecisionPageWidget : public QWizardPage
{
public:
    DecisionPageWidget(ScreeningWizard* wizard, Database& db, const QString& citizenId, const QString& staffId)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("decisionPage"));
        setTitle(ScreeningWizard::tr("Assessment and decision"));
        setSubTitle(ScreeningWizard::tr("Write your assessment from the first conversation and decide the risk. A "
                                        "decision that differs from the proposal needs a reason."));
        assessment = new QPlainTextEdit(this);
        assessment->setObjectName(QStringLiteral("assessment"));
        assessment->setTabChangesFocus(true);
        assessment->setPlaceholderText(ScreeningWizard::tr("What the citizen told you, and your own assessment."));
        risk = new QComboBox(this);
        risk->setObjectName(QStringLiteral("decidedRisk"));
        for (Risk r : Risks::all()) {
            risk->addItem(Risks::label(r), Risks::code(r));
        }
        reason = new QPlainTextEdit(this);
        reason->setObjectName(QStringLiteral("reason"));
        reason->setTabChangesFocus(true);
        reason->setMaximumHeight(90);
        m_reasonLabel = new QLabel(ScreeningWizard::tr("&Reason:"), this);
        m_reasonLabel->setBuddy(reason);
        screenedBy = new QComboBox(this);
        screenedBy->setObjectName(QStringLiteral("screenedBy"));
        QString preferred = staffId;
        if (preferred.isEmpty()) {
            if (const auto c = CitizenRepository(db).get(citizenId)) {
                preferred = c->caseworkerId;
            }
        }
        for (const auto& s : StaffRepository(db).all(false)) {
            screenedBy->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.id);
        }
        screenedBy->setCurrentIndex(std::max(0, screenedBy->findData(preferred)));
        date = new DateEdit(this);
        date->setObjectName(QStringLiteral("screenedOn"));
        date->setDisplayFormat(dateInputFormat());
        date->setCalendarPopup(true);
        date->setMaximumDate(db.clock().today());
        date->setDate(db.clock().today());
        error = errorLabel(this);

        auto* form = new QFormLayout;
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        form->addRow(ScreeningWizard::tr("&Assessment from the first conversation:"), assessment);
        form->addRow(ScreeningWizard::tr("&Decided risk:"), risk);
        form->addRow(m_reasonLabel, reason);
        form->addRow(ScreeningWizard::tr("Screened &by:"), screenedBy);
        form->addRow(ScreeningWizard::tr("Screened &on:"), date);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form, 1);
        layout->addWidget(error);
        setTabOrder(assessment, risk);
        setTabOrder(risk, reason);
        setTabOrder(reason, screenedBy);
        setTabOrder(screenedBy, date);

        QObject::connect(risk, &QComboBox::currentIndexChanged, this, [this] { updateReasonRule(); });
        QObject::connect(risk, &QComboBox::activated, this, [this] { m_decidedByUser = true; });
        QObject::connect(reason, &QPlainTextEdit::textChanged, this, [this] { emit completeChanged(); });
    }

    void initializePage() override
    {
        const auto r = m_wizard->scoring();
        m_proposed = r ? r->proposed : Risk::Low;
        if (!m_decidedByUser) {
            risk->setCurrentIndex(risk->findData(Risks::code(m_proposed)));
        }
        error->hide();
        updateReasonRule();
        QTimer::singleShot(0, assessment, [this] { assessment->setFocus(Qt::TabFocusReason); });
    }

    bool isComplete() const override
    {
        return !differs() || !reason->toPlainText().trimmed().isEmpty();
    }

    bool validatePage() override { return m_wizard->save(); }

    std::optional<Risk> decided() const { return Risks::fromCode(risk->currentData().toString()); }
    bool differs() const { return decided() != m_proposed; }
    void preset(const Screening& s)
    {
        assessment->setPlainText(s.assessment);
        risk->setCurrentIndex(risk->findData(Risks::code(s.decidedRisk)));
        reason->setPlainText(s.reason);
        m_decidedByUser = true;
    }
    void showError(const QString& message)
    {
        error->setText(message);
        error->setVisible(!message.isEmpty());
    }

    QPlainTextEdit* assessment = nullptr;
    QComboBox* risk = nullptr;
    QPlainTextEdit* reason = nullptr;
    QComboBox* screenedBy = nullptr;
    QDateEdit* date = nullptr;
    QLabel* error = nullptr;

private:
    void updateReasonRule()
    {
        m_reasonLabel->setText(differs() ? ScreeningWizard::tr("&Reason (required: the decision differs from the proposed %1):")
                                               .arg(Risks::label(m_proposed))
                                         : ScreeningWizard::tr("&Reason:"));
        emit completeChanged();
    }

    ScreeningWizard* m_wizard;
    QLabel* m_reasonLabel = nullptr;
    Risk m_proposed = Risk::Low;
    bool m_decidedByUser = false;
};

ScreeningWizard::ScreeningWizard(Database& db, const Instrument& instrument, const QString& citizenId, const QString& staffId, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_instrument(instrument)
    , m_citizenId(citizenId)
    , m_staffId(staffId)
{
    setObjectName(QStringLiteral("screeningWizard"));
    setWindowTitle(tr("New screening"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(AnswersPage, new AnswersPageWidget(m_instrument, m_inputs));
    setPage(ProposalPage, new ProposalPageWidget(this));
    m_decision = new DecisionPageWidget(this, db, citizenId, staffId);
    setPage(DecisionPage, m_decision);
    setButtonText(QWizard::FinishButton, tr("&Save screening"));
    resize(760, 640);
}

void ScreeningWizard::setCorrecting(const Screening& original)
{
    m_correctsId = original.id;
    m_original = original;
    setWindowTitle(tr("Correct screening of %1").arg(formatDate(original.screenedAt.toLocalTime().date())));
    for (auto* input : m_inputs) {
        const auto it = original.answers.constFind(input->itemId());
        input->setValue(it == original.answers.cend() ? std::nullopt : std::optional<int>(it.value()));
    }
    m_decision->preset(original);
    m_decision->date->setDate(original.screenedAt.toLocalTime().date());
}

Answers ScreeningWizard::answers() const
{
    Answers a;
    for (const auto* input : m_inputs) {
        if (input->value()) {
            a.insert(input->itemId(), *input->value());
        }
    }
    return a;
}

std::optional<ScoringResult> ScreeningWizard::scoring() const
{
    auto r = m_instrument.score(answers());
    return r ? std::optional<ScoringResult>(r.value()) : std::nullopt;
}

bool ScreeningWizard::save()
{
    ScreeningDraft d;
    d.citizenId = m_citizenId;
    d.answers = answers();
    d.decidedRisk = m_decision->decided();
    d.reason = m_decision->reason->toPlainText();
    d.assessment = m_decision->assessment->toPlainText();
    d.screenedBy = m_decision->screenedBy->currentData().toString();
    const QDate day = m_decision->date->date();
    const QDateTime now = m_db.clock().now();
    // Today: now. An earlier day (a screening entered afterwards): noon that day.
    d.screenedAt = day == m_db.clock().today() ? now : QDateTime(day, QTime(12, 0)).toUTC();
    ScreeningRepository repo(m_db);
    auto r = m_correctsId.isEmpty() ? repo.save(m_instrument, d) : repo.correct(m_correctsId, m_instrument, d);
    if (!r) {
        m_decision->showError(r.error());
        return false;
    }
    m_decision->showError({});
    m_saved = r.value();
    emit screeningSaved(m_saved->id);
    return true;
}

} // namespace samspil::ui
