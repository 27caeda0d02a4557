#include "PlacementsTab.h"

#include "core/company/Accommodations.h"
#include "core/company/CompanyRepository.h"
#include "core/company/Matching.h"
#include "core/company/PlacementRepository.h"
#include "core/company/PlacementRules.h"
#include "core/plan/PlanRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/util/Dates.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/MessageBox.h"
#include "ui/company/PlacementAgreement.h"
#include "ui/company/PlacementDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samspil::ui {

PlacementsTab::PlacementsTab(Database& db, const QString& citizenId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_citizenId(citizenId)
    , m_watcher(new ChangeWatcher(db,
                                  {QStringLiteral("placement"), QStringLiteral("company"), QStringLiteral("company_contact"),
                                   QStringLiteral("company_offer"), QStringLiteral("plan")},
                                  citizenId, this))
    , m_table(new QTableWidget(0, 7, this))
    , m_empty(new QLabel(tr("No placements at companies yet."), this))
    , m_edit(new QPushButton(tr("&Open placement…"), this))
    , m_print(new QPushButton(tr("&Print agreement…"), this))
    , m_matches(new QListWidget(this))
{
    setObjectName(QStringLiteral("placementsTab"));
    m_table->setObjectName(QStringLiteral("placementsTable"));
    m_table->setHorizontalHeaderLabels({tr("Company"), tr("Kind"), tr("Period"), tr("Hours/week"), tr("Skånehensyn"),
                                        tr("Next follow-up"), tr("How it ended")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("&New placement…"), this);
    add->setObjectName(QStringLiteral("newPlacementButton"));
    m_edit->setObjectName(QStringLiteral("openPlacementButton"));
    m_print->setObjectName(QStringLiteral("printAgreementButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_print);
    buttons->addStretch();
    m_matches->setObjectName(QStringLiteral("matchList"));
    m_matches->setWordWrap(true);
    m_matches->setMaximumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Companies whose offers fit the plan's goal and the skånehensyn:"), this));
    layout->addWidget(m_matches);

    connect(add, &QPushButton::clicked, this, [this] { edit({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedId()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { edit(selectedId()); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (auto s = PlacementAgreement::printPreview(m_db, selectedId(), this); !s) {
            MessageBox::warning(this, tr("Print agreement"), s.error());
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(!selectedId().isEmpty());
        m_print->setEnabled(!selectedId().isEmpty());
    });
    connect(m_watcher, &ChangeWatcher::changed, this, &PlacementsTab::refresh);
    refresh();
}

QString PlacementsTab::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_placements.size() && m_table->selectionModel()->hasSelection() ? m_placements.at(row).id
                                                                                                : QString();
}

void PlacementsTab::refresh()
{
    const QString keep = selectedId();
    auto placements = PlacementRepository(m_db).forCitizen(m_citizenId);
    m_placements = placements ? *placements : QVector<Placement>{};
    m_table->setRowCount(int(m_placements.size()));
    const QDate today = m_db.clock().today();
    for (int row = 0; row < m_placements.size(); ++row) {
        const Placement& p = m_placements.at(row);
        QStringList accommodations;
        for (const QString& code : p.accommodations) {
            accommodations << Accommodations::label(code);
        }
        const QDate next = p.nextFollowUp();
        QString nextText = next.isValid() ? formatDate(next) : QString();
        if (!PlacementRules::dueFollowUps(p, today).isEmpty()) {
            nextText += tr(" (due)");
        }
        QString ended = p.outcome ? PlacementKinds::outcomeLabel(*p.outcome) : QString();
        if (PlacementRules::endedWithoutOutcome(p, today)) {
            ended = tr("ended — record how");
        }
        const QStringList cells{p.companyName, PlacementKinds::label(p.kind),
                                p.to.isValid() ? tr("%1 to %2").arg(formatDate(p.from), formatDate(p.to))
                                               : tr("from %1").arg(formatDate(p.from)),
                                p.hoursPerWeek > 0 ? QLocale().toString(p.hoursPerWeek) : QString(),
                                accommodations.join(QStringLiteral(", ")), nextText, ended};
        for (int col = 0; col < cells.size(); ++col) {
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
        if (p.id == keep) {
            m_table->selectRow(row);
        }
    }
    m_empty->setVisible(m_placements.isEmpty());
    m_edit->setEnabled(!selectedId().isEmpty());
    m_print->setEnabled(!selectedId().isEmpty());
    refreshSuggestions();
}

void PlacementsTab::refreshSuggestions()
{
    m_matches->clear();
    auto companies = CompanyRepository(m_db).search();
    if (!companies) {
        return;
    }
    // The skånehensyn chosen for the newest placement, else those the signed notes propose.
    QStringList accommodations;
    if (!m_placements.isEmpty()) {
        accommodations = m_placements.front().accommodations;
    } else {
        for (const auto& p : Accommodations::propose(NoteRepository(m_db).currentSigned(m_citizenId))) {
            accommodations << p.code;
        }
    }
    const auto matches =
        Matching::forCitizen(*companies, PlanRepository(m_db).current(m_citizenId), accommodations, m_db.clock().today());
    for (const OfferMatch& m : matches) {
        m_matches->addItem(m.explanation);
    }
    if (matches.isEmpty()) {
        m_matches->addItem(tr("No company's offer fits yet."));
    }
}

QStringList PlacementsTab::suggestions() const
{
    QStringList out;
    for (int i = 0; i < m_matches->count(); ++i) {
        out << m_matches->item(i)->text();
    }
    return out;
}

void PlacementsTab::edit(const QString& placementId)
{
    PlacementDialog dialog(m_db, m_citizenId, placementId, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
    }
}

} // namespace samspil::ui
