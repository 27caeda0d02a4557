#include "RcResponseForm.h"

#include "core/rc/RcRepository.h"
#include "core/util/Language.h"
#include "core/util/Uuid.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace samspil::ui {

RcResponseForm::RcResponseForm(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_wording(RcWording::shipped())
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_ownGroup(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
{
    m_ownGroup->setObjectName(QStringLiteral("ownGroup"));
    m_language->setObjectName(QStringLiteral("questionLanguage"));
    m_tabs->setObjectName(QStringLiteral("ratedGroups"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_intro->setObjectName(QStringLiteral("formIntro"));

    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();

    // The names of the languages are written in the language itself, so anyone can find theirs.
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(Language::isDanish() ? 0 : 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Questions in:"), m_language);
    form->addRow(tr("Your own professional group:"), m_ownGroup);

    auto* next = new QPushButton(tr("Next group"), this);
    next->setObjectName(QStringLiteral("nextGroup"));
    auto* clearButton = new QPushButton(tr("Start over"), this);
    clearButton->setObjectName(QStringLiteral("clear"));
    auto* saveButton = new QPushButton(tr("Save my answers"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(clearButton);
    buttons->addStretch();
    buttons->addWidget(next);
    buttons->addWidget(saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &RcResponseForm::retranslateQuestions);
    connect(m_ownGroup, &QComboBox::currentIndexChanged, this, [this] {
        // Mark the respondent's own group, which they rate too.
        const QString own = m_ownGroup->currentData().toString();
        for (int i = 0; i < m_tabs->count(); ++i) {
            const QString g = m_survey.groups.value(i);
            m_tabs->setTabText(i, g == own ? tr("%1 (your own group)").arg(g) : g);
        }
    });
    connect(next, &QPushButton::clicked, this, [this] {
        if (m_tabs->count() > 0) {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
        }
    });
    connect(clearButton, &QPushButton::clicked, this, &RcResponseForm::clear);
    connect(saveButton, &QPushButton::clicked, this, &RcResponseForm::save);
    rebuild();
}

void RcResponseForm::setSurvey(const RcSurvey& survey)
{
    m_survey = survey;
    rebuild();
}

void RcResponseForm::setWording(const RcWording& wording)
{
    m_wording = wording;
    retranslateQuestions();
}

void RcResponseForm::setQuestionLanguage(const QString& code)
{
    const int i = m_language->findData(code);
    if (i >= 0) {
        m_language->setCurrentIndex(i);
    }
}

QString RcResponseForm::questionLanguage() const
{
    return m_language->currentData().toString();
}

std::optional<int> RcResponseForm::answer(int groupIndex, RcDimension d) const
{
    if (groupIndex < 0 || groupIndex >= m_answers.size()) {
        return std::nullopt;
    }
    const int id = m_answers[groupIndex][int(d)]->checkedId();
    return id >= 1 && id <= 5 ? std::optional(id) : std::nullopt;
}

void RcResponseForm::rebuild()
{
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page; // now, so that no stale question is found or answered
    }
    m_answers.clear();
    m_questionLabels.clear();
    m_scaleLabels.clear();
    m_ownGroup->clear();
    m_ownGroup->addItem(tr("Choose your group…"), QString());
    for (const auto& g : m_survey.groups) {
        m_ownGroup->addItem(g, g);
    }

    for (int gi = 0; gi < m_survey.groups.size(); ++gi) {
        auto* page = new QWidget;
        auto* grid = new QGridLayout(page);
        QVector<QLabel*> scale;
        for (int v = 1; v <= 5; ++v) {
            auto* l = new QLabel(page);
            l->setAlignment(Qt::AlignCenter);
            l->setWordWrap(true);
            l->setMinimumWidth(70);
            grid->addWidget(l, 0, v);
            scale << l;
        }
        auto* skipHeader = new QLabel(page);
        skipHeader->setAlignment(Qt::AlignCenter);
        grid->addWidget(skipHeader, 0, 6);
        scale << skipHeader;
        QVector<QButtonGroup*> groups;
        QVector<QLabel*> questions;
        for (auto d : RcDimensions::all()) {
            const int row = int(d) + 1;
            auto* q = new QLabel(page);
            q->setWordWrap(true);
            q->setMinimumWidth(320);
            grid->addWidget(q, row, 0);
            questions << q;
            auto* bg = new QButtonGroup(page);
            bg->setExclusive(true);
            for (int v = 0; v <= 5; ++v) {
                auto* rb = new QRadioButton(v == 0 ? QString() : QString::number(v), page);
                if (v == 0) {
                    rb->setAccessibleName(tr("Skip"));
                }
                rb->setObjectName(
                    QStringLiteral("answer_%1_%2_%3")
                        .arg(gi)
                        .arg(RcDimensions::code(d), v == 0 ? QStringLiteral("skip") : QString::number(v)));
                bg->addButton(rb, v);
                grid->addWidget(rb, row, v == 0 ? 6 : v, Qt::AlignCenter);
            }
            bg->button(0)->setChecked(true);
            groups << bg;
        }
        grid->setColumnStretch(0, 1);
        grid->setRowStretch(kRcDimensionCount + 1, 1);
        auto* scroll = new QScrollArea;
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        m_tabs->addTab(scroll, m_survey.groups[gi]);
        m_answers << groups;
        m_questionLabels << questions;
        m_scaleLabels << scale;
    }
    retranslateQuestions();
}

void RcResponseForm::retranslateQuestions()
{
    const QString lang = questionLanguage();
    m_title->setText(m_wording.title(lang)
                     + (m_survey.name.isEmpty() ? QString() : QStringLiteral(" – ") + m_survey.name));
    m_intro->setText(m_wording.intro(lang));
    for (int gi = 0; gi < m_questionLabels.size(); ++gi) {
        for (auto d : RcDimensions::all()) {
            m_questionLabels[gi][int(d)]->setText(m_wording.question(d, lang, m_survey.groups.value(gi)));
        }
        for (int v = 1; v <= 5; ++v) {
            m_scaleLabels[gi][v - 1]->setText(QStringLiteral("%1\n%2").arg(v).arg(m_wording.scaleLabel(v, lang)));
        }
        m_scaleLabels[gi][5]->setText(m_wording.skipLabel(lang));
    }
}

void RcResponseForm::clear()
{
    for (auto& groups : m_answers) {
        for (auto* bg : groups) {
            bg->button(0)->setChecked(true);
        }
    }
    m_ownGroup->setCurrentIndex(0);
    if (m_tabs->count() > 0) {
        m_tabs->setCurrentIndex(0);
    }
}

void RcResponseForm::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #e3f1e3; color: #1d4d1d; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

bool RcResponseForm::save()
{
    if (m_survey.id.isEmpty()) {
        showMessage(tr("Choose a survey first."), true);
        return false;
    }
    const QString own = m_ownGroup->currentData().toString();
    if (own.isEmpty()) {
        showMessage(tr("Choose your own professional group before saving."), true);
        m_ownGroup->setFocus();
        return false;
    }
    const QString respondent = newUuid();
    QVector<RcResponse> rows;
    for (int gi = 0; gi < m_answers.size(); ++gi) {
        RcResponse r;
        r.surveyId = m_survey.id;
        r.respondentId = respondent;
        r.respondentGroup = own;
        r.ratedGroup = m_survey.groups.value(gi);
        for (auto d : RcDimensions::all()) {
            r.setAnswer(d, answer(gi, d));
        }
        if (r.answeredCount() > 0) {
            rows << r;
        }
    }
    if (rows.isEmpty()) {
        showMessage(tr("Answer at least one question before saving."), true);
        return false;
    }
    auto saved = RcRepository(m_db).addResponses(rows);
    if (!saved) {
        showMessage(saved.error(), true);
        return false;
    }
    clear();
    showMessage(tr("Thank you. Your answers are saved, and the form is ready for the next person."), false);
    emit this->saved(int(rows.size()));
    return true;
}

} // namespace samspil::ui
