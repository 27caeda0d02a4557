#include "ui/models/CaseloadFilter.h"

#include "ui/models/CaseloadModel.h"

#include <QRegularExpression>

namespace samspil::ui {

QString CaseloadFilter::noCaseworker()
{
    return QStringLiteral("-");
}

CaseloadFilter::CaseloadFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setDynamicSortFilter(true);
}

void CaseloadFilter::setSourceModel(QAbstractItemModel* model)
{
    m_caseload = qobject_cast<CaseloadModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseloadFilter::setSearchText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    const QStringList oldNames = m_nameWords;
    const QStringList oldCpr = m_cprParts;
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
    // Typing one more character only narrows the result; Qt then removes rows without re-sorting.
    bool narrower = oldNames.size() == m_nameWords.size() && oldCpr.size() == m_cprParts.size();
    for (int i = 0; narrower && i < m_nameWords.size(); ++i) {
        narrower = m_nameWords[i].contains(oldNames[i]);
    }
    for (int i = 0; narrower && i < m_cprParts.size(); ++i) {
        narrower = m_cprParts[i].contains(oldCpr[i]);
    }
    refilter(narrower);
}

void CaseloadFilter::setCaseworker(const QString& staffId)
{
    if (staffId != m_caseworker) {
        const bool narrower = m_caseworker.isEmpty();
        m_caseworker = staffId;
        refilter(narrower);
    }
}

void CaseloadFilter::setStatus(std::optional<CitizenStatus> status)
{
    if (status != m_status) {
        const bool narrower = !m_status.has_value();
        m_status = status;
        refilter(narrower);
    }
}

void CaseloadFilter::refilter(bool narrower)
{
    if (narrower) {
        // Only rows go away: removing them from the mapping is cheaper than rebuilding it.
        invalidateFilter();
    } else {
        // Rows come back: rebuilding the mapping and sorting by precomputed ranks beats inserting
        // thousands of rows one range at a time.
        invalidate();
    }
}

bool CaseloadFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_caseload) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    const auto& r = m_caseload->row(sourceRow);
    if (m_status && r.status != *m_status) {
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

bool CaseloadFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_caseload) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    return m_caseload->sortRank(left.column(), left.row()) < m_caseload->sortRank(right.column(), right.row());
}

} // namespace samspil::ui
