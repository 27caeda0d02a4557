#include "ScreeningHistoryWidget.h"

#include "core/screening/InstrumentLoader.h"
#include "core/screening/ScreeningRepository.h"
#include "core/util/Dates.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/screening/ScreeningHistoryModel.h"
#include "ui/screening/ScreeningWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace samspil::ui {

ScreeningHistoryWidget::ScreeningHistoryWidget(Database& db, const QString& staffId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_staffId(staffId)
    , m_instrument(InstrumentLoader::defaultInstrument())
    , m_model(new ScreeningHistoryModel(db, this))
{
    setObjectName(QStringLiteral("screeningHistory"));
    m_latest = new QLabel(this);
    m_latest->setObjectName(QStringLiteral("latestRisk"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("screeningTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ScreeningHistoryModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    m_new = new QPushButton(tr("&New screening…"), this);
    m_new->setObjectName(QStringLiteral("newScreening"));
    m_correct = new QPushButton(tr("&Correct…"), this);
    m_correct->setObjectName(QStringLiteral("correctScreening"));
    m_correct->setToolTip(tr("Record a correction of the selected screening; the original is kept."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_latest, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_correct);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("screeningDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_detail);

    connect(m_new, &QPushButton::clicked, this, &ScreeningHistoryWidget::newScreening);
    connect(m_correct, &QPushButton::clicked, this, &ScreeningHistoryWidget::correctSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateActions();
    });
    auto* watcher = new ChangeWatcher(m_db, {QStringLiteral("screening")}, {}, this);
    connect(watcher, &ChangeWatcher::changed, this, [this](const DataChange& change) {
        if (change.concerns(m_model->citizenId())) {
            m_model->reload();
        }
    });
    updateActions();
}

void ScreeningHistoryWidget::setCitizen(const QString& citizenId)
{
    m_model->setCitizen(citizenId);
}

void ScreeningHistoryWidget::newScreening()
{
    if (m_model->citizenId().isEmpty()) {
        return;
    }
    ScreeningWizard wizard(m_db, m_instrument, m_model->citizenId(), m_staffId, this);
    connect(&wizard, &ScreeningWizard::screeningSaved, this, &ScreeningHistoryWidget::screeningSaved);
    if (wizard.exec() == QDialog::Accepted) {
        m_model->reload();
    }
}

void ScreeningHistoryWidget::correctSelected()
{
    const auto rows = m_view->selectionModel()->selectedRows();
    const Screening* original = rows.isEmpty() ? nullptr : m_model->screening(rows.front().row());
    if (!original || !original->supersededBy.isEmpty()) {
        return;
    }
    // A correction is scored with the instrument the screening used, when Samspil has it.
    const Instrument* used = InstrumentLoader::findShipped(original->instrumentId, original->instrumentVersion);
    Instrument instrument = used ? *used : m_instrument;
    if (instrument.id != original->instrumentId) {
        QMessageBox::information(this, tr("Correct screening"),
                                 tr("This screening used the questionnaire “%1” version %2, which is not available; "
                                    "the correction uses “%3”.")
                                     .arg(original->instrumentId)
                                     .arg(original->instrumentVersion)
                                     .arg(instrument.title.text()));
    }
    ScreeningWizard wizard(m_db, instrument, m_model->citizenId(), m_staffId, this);
    wizard.setCorrecting(*original);
    connect(&wizard, &ScreeningWizard::screeningSaved, this, &ScreeningHistoryWidget::screeningSaved);
    if (wizard.exec() == QDialog::Accepted) {
        m_model->reload();
    }
}

void ScreeningHistoryWidget::updateActions()
{
    const auto rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList{};
    const Screening* selected = rows.isEmpty() ? nullptr : m_model->screening(rows.front().row());
    m_new->setEnabled(!m_model->citizenId().isEmpty());
    m_correct->setEnabled(selected && selected->supersededBy.isEmpty());
    const auto latest = m_model->citizenId().isEmpty() ? std::nullopt : ScreeningRepository(m_db).latestDecided(m_model->citizenId());
    m_latest->setText(latest ? tr("Latest decided risk: %1 (%2)").arg(Risks::label(latest->decidedRisk),
                                                                      formatDate(latest->screenedAt.toLocalTime().date()))
                             : tr("Not screened yet."));
    // The chosen screening, or else the newest: the assessment is read here, not only in a tooltip.
    const Screening* shown = selected ? selected : m_model->screening(0);
    if (!shown) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<b>%1</b> %2")
                       .arg(tr("Reason for the decision:").toHtmlEscaped(),
                            (shown->reason.isEmpty() ? QStringLiteral("–") : shown->reason).toHtmlEscaped());
    html += QStringLiteral("<br><b>%1</b> %2")
                .arg(tr("Assessment from the first conversation:").toHtmlEscaped(),
                     (shown->assessment.isEmpty() ? tr("none written") : shown->assessment)
                         .toHtmlEscaped()
                         .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_detail->setText(html);
}

} // namespace samspil::ui
