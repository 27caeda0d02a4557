#pragma once

#include "core/staff/Staff.h"
#include "core/plan/Plan.h"

#include <QSplitter>

class QListWidget;
class QTextBrowser;

namespace samspil::ui {

/// The "Versions" page of the plan tab: the plan's versions, newest first, beside what changed
/// in the chosen one since the version before it. Its texts are the plan tab's (PlanTab::tr), so
/// they keep their translations.
class PlanVersionsPanel : public QSplitter
{
    Q_OBJECT
public:
    /// `staff`: the names shown when who is responsible changed.
    explicit PlanVersionsPanel(const QVector<Staff>& staff, QWidget* parent = nullptr);

    /// Lists the versions (newest first) and shows what changed in the newest.
    void showVersions(const QVector<Plan>& versions);
    /// The staff changed: what changed is told with their names as they are now.
    void setStaff(const QVector<Staff>& staff);

private:
    void showChanges(int row);

    QVector<Staff> m_staff;
    QVector<Plan> m_versions;
    QListWidget* m_versionList;
    QTextBrowser* m_diff;
};

} // namespace samspil::ui
