#include "CaseloadFilter.h"

#include "ui/caseload/CaseloadModel.h"

#include <QRegularExpression>

namespace samspil::ui {

QString CaseloadFilter::noCaseworker()
{
    return QStringLiteral("-");
}

CaseloadFilter::CaseloadFilter(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void CaseloadFilter::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    m_caseload = qobject_cast<CaseloadModel*>(model);
    Q_ASSERT(model == nullptr || m_caseload != nullptr);
    QAbstractProxyModel::setSourceModel(m_caseload);
    if (m_caseload) {
        connect(m_caseload, &QAbstractItemModel::modelAboutToBeReset, this, &CaseloadFilter::onSourceAboutToBeReset);
        connect(m_caseload, &QAbstractItemModel::modelReset, this, &CaseloadFilter::onSourceReset);
        connect(m_caseload, &QAbstractItemModel::dataChanged, this,
                [this] { refresh(); }); // rows may now pass or fail the filters, or sort elsewhere
        // CaseloadModel only ever resets; rows inserted or removed are handled as a reset, to be safe.
        auto reset = [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        };
        connect(m_caseload, &QAbstractItemModel::rowsInserted, this, reset);
        connect(m_caseload, &QAbstractItemModel::rowsRemoved, this, reset);
        connect(m_caseload, &QAbstractItemModel::layoutChanged, this, &CaseloadFilter::refresh);
    }
    rebuild();
    endResetModel();
}

void CaseloadFilter::setSearchText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_nameWords.clear();
    m_cprParts.clear();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression cprLike(QStringLiteral("^[0-9][0-9-]*$"));
    for (const QString& word : text.split(space, Qt::SkipEmptyParts)) {
        if (cprLike.match(word).hasMatch()) {
            QString digits = word;
            digits.remove(QLatin1Char('-'));
            m_cprParts << digits;
        } else {
            m_nameWords << word.toCaseFolded();
        }
    }
    refresh();
}

void CaseloadFilter::setCaseworker(const QString& staffId)
{
    if (staffId != m_caseworker) {
        m_caseworker = staffId;
        refresh();
    }
}

void CaseloadFilter::setStatus(std::optional<CitizenStatus> status)
{
    if (status != m_status) {
        m_status = status;
        refresh();
    }
}

void CaseloadFilter::setRisks(const QStringList& codes)
{
    if (codes != m_risks) {
        m_risks = codes;
        refresh();
    }
}

void CaseloadFilter::setOverdueOnly(bool on)
{
    if (on != m_overdueOnly) {
        m_overdueOnly = on;
        refresh();
    }
}

void CaseloadFilter::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount()) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

bool CaseloadFilter::accepts(int sourceRow) const
{
    const auto& r = m_caseload->row(sourceRow);
    if (m_status && r.status != *m_status) {
        return false;
    }
    if (!m_risks.isEmpty() && !m_risks.contains(r.riskCode)) {
        return false;
    }
    if (m_overdueOnly && !r.overdue) {
        return false;
    }
    if (!m_caseworker.isEmpty()) {
        if (m_caseworker == noCaseworker() ? !r.caseworkerId.isEmpty() : r.caseworkerId != m_caseworker) {
            return false;
        }
    }
    for (const QString& w : m_nameWords) {
        if (!r.nameFolded.contains(w)) {
            return false;
        }
    }
    for (const QString& d : m_cprParts) {
        if (!r.cprDigits.contains(d)) {
            return false;
        }
    }
    return true;
}

void CaseloadFilter::rebuild()
{
    m_rows.clear();
    m_proxyOf.clear();
    if (!m_caseload) {
        return;
    }
    const int n = m_caseload->rowCount();
    m_proxyOf.fill(-1, n);
    m_rows.reserve(n);
    auto take = [&](int source) {
        if (accepts(source)) {
            m_proxyOf[source] = int(m_rows.size());
            m_rows.append(source);
        }
    };
    if (m_sortColumn < 0) {
        for (int i = 0; i < n; ++i) {
            take(i);
        }
    } else {
        const QVector<int>& order = m_caseload->sortOrder(m_sortColumn);
        if (m_sortOrder == Qt::AscendingOrder) {
            for (int i = 0; i < n; ++i) {
                take(order[i]);
            }
        } else {
            for (int i = n - 1; i >= 0; --i) {
                take(order[i]);
            }
        }
    }
}

void CaseloadFilter::refresh()
{
    if (!m_caseload || m_inSourceReset) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> sources;
    sources.reserve(before.size());
    for (const QModelIndex& p : before) {
        sources.append(p.row() >= 0 && p.row() < m_rows.size() ? m_rows[p.row()] : -1);
    }
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int proxyRow = sources[i] >= 0 ? m_proxyOf[sources[i]] : -1;
        after.append(proxyRow >= 0 ? createIndex(proxyRow, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CaseloadFilter::onSourceAboutToBeReset()
{
    // The source reloads (a change in the database): keep the selection by citizen id.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_inSourceReset = true;
    m_pendingPersistent.clear();
    for (const QModelIndex& p : persistentIndexList()) {
        const int source = p.row() >= 0 && p.row() < m_rows.size() ? m_rows[p.row()] : -1;
        m_pendingPersistent.append({source >= 0 ? m_caseload->row(source).id : QString(), p.column()});
    }
}

void CaseloadFilter::onSourceReset()
{
    m_inSourceReset = false;
    const QModelIndexList before = persistentIndexList();
    rebuild();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const auto& [id, column] = i < m_pendingPersistent.size() ? m_pendingPersistent[i] : qMakePair(QString(), 0);
        const int source = id.isEmpty() ? -1 : m_caseload->rowOf(id);
        const int proxyRow = source >= 0 ? m_proxyOf[source] : -1;
        after.append(proxyRow >= 0 ? createIndex(proxyRow, column) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    m_pendingPersistent.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QVariant CaseloadFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's, whether or not any row is shown.
    if (!m_caseload) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole && section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    }
    return m_caseload->headerData(section, orientation, role);
}

QModelIndex CaseloadFilter::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex CaseloadFilter::parent(const QModelIndex& /*child*/) const
{
    return {};
}

int CaseloadFilter::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseloadFilter::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_caseload ? 0 : m_caseload->columnCount();
}

bool CaseloadFilter::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty() && columnCount() > 0;
}

QModelIndex CaseloadFilter::sibling(int row, int column, const QModelIndex& idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QModelIndex CaseloadFilter::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_caseload || !proxyIndex.isValid() || proxyIndex.row() >= m_rows.size()) {
        return {};
    }
    return m_caseload->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex CaseloadFilter::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_caseload || !sourceIndex.isValid() || sourceIndex.row() >= m_proxyOf.size()) {
        return {};
    }
    const int row = m_proxyOf[sourceIndex.row()];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

} // namespace samspil::ui
