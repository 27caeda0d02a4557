#pragma once

#include "core/domain/Citizen.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace samspil::ui {

class CaseloadModel;

/// Search as you type over the caseload (by name or CPR number, with or without the dash) and
/// filters by caseworker and status. Sorting uses the model's precomputed sort ranks, so a
/// keystroke over 20,000 citizens stays well below the 20 ms target.
class CaseloadFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// The caseworker filter value meaning "citizens without a caseworker".
    static QString noCaseworker();

    explicit CaseloadFilter(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    /// Words that must all occur in the name; a word of digits (and dashes) matches the CPR number.
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    /// A staff id, noCaseworker(), or empty for everyone.
    void setCaseworker(const QString& staffId);
    QString caseworker() const { return m_caseworker; }
    /// Only this status, or every status.
    void setStatus(std::optional<CitizenStatus> status);
    std::optional<CitizenStatus> status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter(bool narrower);

    CaseloadModel* m_caseload = nullptr;
    QString m_text;
    QStringList m_nameWords;
    QStringList m_cprParts;
    QString m_caseworker;
    std::optional<CitizenStatus> m_status;
};

} // namespace samspil::ui
