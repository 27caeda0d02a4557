#include "RcWindow.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/DateEdit.h"

#include "core/rc/RcRepository.h"
#include "core/util/Dates.h"
#include "ui/common/WindowKeys.h"
#include "ui/rc/RcMatrixView.h"
#include "ui/rc/RcResponseForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {

const QString kWeakKey = QStringLiteral("rc/weakBelow");
const QString kStrongKey = QStringLiteral("rc/strongAbove");
const QString kWordingKey = QStringLiteral("rc/wordingFile");

} // namespace

RcWindow::RcWindow(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_surveys(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_matrix(new RcMatrixView(this))
    , m_form(new RcResponseForm(db, this))
{
    setWindowTitle(tr("Relational coordination"));
    m_surveys->setObjectName(QStringLiteral("surveyPicker"));
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_tabs->setObjectName(QStringLiteral("rcTabs"));
    m_surveys->setMinimumContentsLength(24);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* top = new QHBoxLayout;
    auto* surveyLabel = new QLabel(tr("Survey round:"), this);
    surveyLabel->setBuddy(m_surveys);
    top->addWidget(surveyLabel);
    top->addWidget(m_surveys);
    auto* newButton = new QPushButton(tr("New round…"), this);
    newButton->setObjectName(QStringLiteral("newSurvey"));
    auto* importButton = new QPushButton(tr("Import answers (CSV)…"), this);
    importButton->setObjectName(QStringLiteral("importCsv"));
    auto* wordingButton = new QPushButton(tr("Load question wording…"), this);
    wordingButton->setObjectName(QStringLiteral("loadWording"));
    top->addWidget(newButton);
    top->addWidget(importButton);
    top->addStretch();
    top->addWidget(wordingButton);

    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_tabs->addTab(m_form, tr("Fill in the questionnaire"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(WindowKeys::closable(this));

    QSettings settings;
    const RcThresholds t{settings.value(kWeakKey, 3.5).toDouble(), settings.value(kStrongKey, 4.0).toDouble()};
    m_matrix->setThresholds(t.valid() ? t : RcThresholds{});
    const QString wordingFile = settings.value(kWordingKey).toString();
    if (!wordingFile.isEmpty()) {
        if (auto s = loadWording(wordingFile); !s) {
            showMessage(tr("Samspil's own question wording is used: %1").arg(s.error()), true);
        }
    }

    connect(m_surveys, &QComboBox::currentIndexChanged, this, &RcWindow::showSurvey);
    connect(newButton, &QPushButton::clicked, this, &RcWindow::newSurveyDialog);
    connect(importButton, &QPushButton::clicked, this, &RcWindow::importCsvDialog);
    connect(wordingButton, &QPushButton::clicked, this, &RcWindow::loadWordingDialog);
    connect(m_matrix, &RcMatrixView::comparisonRequested, this, &RcWindow::compareWith);
    connect(m_matrix, &RcMatrixView::problem, this, [this](const QString& m) { showMessage(m, true); });
    connect(m_matrix, &RcMatrixView::thresholdsChanged, this, [](const RcThresholds& th) {
        QSettings s;
        s.setValue(kWeakKey, th.weakBelow);
        s.setValue(kStrongKey, th.strongAbove);
    });
    auto* watcher = new ChangeWatcher(m_db, {QStringLiteral("rc_survey"), QStringLiteral("rc_response")}, {}, this);
    connect(watcher, &ChangeWatcher::changed, this, [this] { refresh(); });
    refresh();
}

QString RcWindow::roundLabel(const RcSurvey& s)
{
    return QStringLiteral("%1 (%2)").arg(s.name, formatDate(s.heldOn));
}

QString RcWindow::currentSurveyId() const
{
    return m_surveys->currentData().toString();
}

void RcWindow::selectSurvey(const QString& surveyId)
{
    const int i = m_surveys->findData(surveyId);
    if (i >= 0) {
        m_surveys->setCurrentIndex(i);
    }
}

QString RcWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void RcWindow::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #e3f1e3; color: #1d4d1d; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

void RcWindow::refresh()
{
    const QString keep = currentSurveyId();
    const auto surveys = RcRepository(m_db).surveys();
    {
        const QSignalBlocker block(m_surveys);
        m_surveys->clear();
        for (const auto& s : surveys) {
            m_surveys->addItem(roundLabel(s), s.id);
        }
        int i = m_surveys->findData(keep);
        if (i < 0) {
            i = m_surveys->count() - 1; // the newest round
        }
        m_surveys->setCurrentIndex(i);
    }
    showSurvey();
}

void RcWindow::showSurvey()
{
    RcRepository repo(m_db);
    const auto survey = repo.survey(currentSurveyId());
    if (!survey) {
        m_matrix->setResult(QString(), RcMeasure::measure({}, {}));
        m_matrix->setCompareCandidates({});
        m_form->setSurvey({});
        return;
    }
    m_matrix->setResult(roundLabel(*survey), RcMeasure::measure(survey->groups, repo.responses(survey->id)));
    QVector<QPair<QString, QString>> others;
    for (const auto& s : repo.surveys()) {
        if (s.id != survey->id) {
            others.append({s.id, roundLabel(s)});
        }
    }
    m_matrix->setCompareCandidates(others);
    compareWith(m_matrix->compareSurveyId());
    if (m_form->property("surveyId").toString() != survey->id) {
        m_form->setSurvey(*survey);
        m_form->setProperty("surveyId", survey->id);
    }
}

void RcWindow::compareWith(const QString& surveyId)
{
    m_compareId = surveyId;
    if (surveyId.isEmpty()) {
        m_matrix->setComparison(std::nullopt);
        return;
    }
    RcRepository repo(m_db);
    const auto earlier = repo.survey(surveyId);
    if (!earlier) {
        m_compareId.clear();
        m_matrix->setComparison(std::nullopt);
        return;
    }
    m_matrix->setComparison(RcMeasure::measure(earlier->groups, repo.responses(earlier->id)), roundLabel(*earlier));
}

Result<QString> RcWindow::createSurvey(const QString& name, const QDate& heldOn, const QStringList& groups)
{
    auto s = RcRepository(m_db).createSurvey(name, heldOn, groups);
    if (!s) {
        showMessage(s.error(), true);
        return Error{s.error()};
    }
    refresh();
    selectSurvey(s->id);
    showMessage(tr("The round “%1” is created. Respondents can fill in the questionnaire now.").arg(s->name), false);
    return s->id;
}

Result<RcImportReport> RcWindow::importCsv(const QString& surveyName, const QString& path)
{
    auto report = RcCsvImport(m_db).importFile(surveyName, path);
    if (!report) {
        showMessage(report.error(), true);
        return report;
    }
    refresh();
    selectSurvey(report->surveyId);
    QString text = tr("Answer rows imported: %1.").arg(report->imported);
    if (!report->rejected.isEmpty()) {
        text += QLatin1Char(' ') + tr("Rows rejected: %1.").arg(report->rejected.size());
        const int shown = std::min<int>(int(report->rejected.size()), 8);
        for (int i = 0; i < shown; ++i) {
            text += QLatin1Char('\n') + tr("line %1: %2").arg(report->rejected[i].line).arg(report->rejected[i].reason);
        }
        if (report->rejected.size() > shown) {
            text += QLatin1Char('\n') + tr("… and %1 more.").arg(report->rejected.size() - shown);
        }
    }
    showMessage(text, !report->rejected.isEmpty());
    return report;
}

Status RcWindow::loadWording(const QString& path)
{
    auto w = RcWording::load(path);
    if (!w) {
        showMessage(w.error(), true);
        return Error{w.error()};
    }
    m_form->setWording(w.value());
    QSettings().setValue(kWordingKey, path);
    showMessage(tr("The questionnaire now uses the wording from %1.").arg(path), false);
    return {};
}

void RcWindow::newSurveyDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New survey round"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("surveyName"));
    auto* date = new DateEdit(m_db.clock().today(), &dialog);
    date->setDisplayFormat(dateInputFormat());
    date->setCalendarPopup(true);
    auto* groups = new QPlainTextEdit(&dialog);
    groups->setObjectName(QStringLiteral("surveyGroups"));
    // Start from the previous round's groups, or the usual ones in a job centre.
    const auto previous = RcRepository(m_db).surveys();
    const QStringList usual = previous.isEmpty() ? QStringList{tr("Caseworkers"),
                                                               tr("Physiotherapists"),
                                                               tr("Psychologists"),
                                                               tr("Nurses"),
                                                               tr("Mentors"),
                                                               tr("Company consultants"),
                                                               tr("Managers")}
                                                 : previous.back().groups;
    groups->setPlainText(usual.join(QLatin1Char('\n')));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Held on:"), date);
    form->addRow(tr("Groups, one per line:"), groups);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (createSurvey(name->text(), date->date(), groups->toPlainText().split(QLatin1Char('\n')))) {
            dialog.accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void RcWindow::importCsvDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import answers"), QString(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty()) {
        return;
    }
    const auto current = RcRepository(m_db).survey(currentSurveyId());
    bool ok = false;
    const QString name
        = QInputDialog::getText(this,
                                tr("Import answers"),
                                tr("The survey round the answers belong to (a new name creates a round):"),
                                QLineEdit::Normal,
                                current ? current->name : QString(),
                                &ok);
    if (ok) {
        (void)importCsv(name, path);
    }
}

void RcWindow::loadWordingDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Load question wording"), QString(), tr("Text files (*.txt)"));
    if (!path.isEmpty()) {
        (void)loadWording(path);
    }
}

} // namespace samspil::ui
