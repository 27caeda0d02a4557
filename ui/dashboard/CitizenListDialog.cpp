#include "CitizenListDialog.h"

#include "ui/dashboard/CitizenListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QScreen>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace samspil::ui {

CitizenListDialog::CitizenListDialog(Database& db, const QString& what, const QStringList& citizenIds, OpenCitizen open,
                                     QWidget* parent)
    : QDialog(parent)
    , m_model(new CitizenListModel(db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_open(new QPushButton(tr("&Open the citizen's page"), this))
    , m_openCitizen(std::move(open))
{
    setObjectName(QStringLiteral("citizenListDialog"));
    setWindowTitle(tr("Citizens behind the number"));
    m_model->setCitizens(citizenIds);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortLocaleAware(true);
    m_view->setObjectName(QStringLiteral("citizenList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CitizenListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The next step and its due date beside the status, where a list of overdue steps is read.
    m_view->horizontalHeader()->moveSection(CitizenListModel::NextStepColumn, CitizenListModel::Status + 1);
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
    auto* heading = new QLabel(tr("%1: %n citizen(s)", nullptr, m_model->rowCount()).arg(what), this);
    heading->setObjectName(QStringLiteral("citizenListHeading"));
    heading->setWordWrap(true);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    m_open->setObjectName(QStringLiteral("openCitizenButton"));
    m_open->setEnabled(m_model->rowCount() > 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &CitizenListDialog::openSelected);
    connect(m_view, &QTableView::activated, this, &CitizenListDialog::openSelected);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // Wide enough for every column (the next step and its date included), within the screen.
    const int columns = m_view->horizontalHeader()->length() + m_view->verticalScrollBar()->sizeHint().width() + 48;
    int width = std::max(720, columns);
    if (const QScreen* screen = this->screen()) {
        width = std::min(width, int(screen->availableGeometry().width() * 0.9));
    }
    resize(width, 460);
}

void CitizenListDialog::openSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_openCitizen) {
        return;
    }
    m_openCitizen(index.data(CitizenListModel::IdRole).toString());
}

} // namespace samspil::ui
