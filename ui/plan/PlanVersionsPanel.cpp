#include "PlanVersionsPanel.h"

#include "PlanTab.h"
#include "core/plan/PlanDiff.h"
#include "core/util/Dates.h"

#include <QListWidget>
#include <QTextBrowser>

namespace samspil::ui {

PlanVersionsPanel::PlanVersionsPanel(const QVector<Staff>& staff, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_staff(staff)
    , m_versionList(new QListWidget)
    , m_diff(new QTextBrowser)
{
    // Named before they join the splitter, which names its handles after them.
    m_versionList->setObjectName(QStringLiteral("versions"));
    m_diff->setObjectName(QStringLiteral("diff"));
    addWidget(m_versionList);
    addWidget(m_diff);
    setStretchFactor(1, 2);
    connect(m_versionList, &QListWidget::currentRowChanged, this, &PlanVersionsPanel::showChanges);
}

void PlanVersionsPanel::setStaff(const QVector<Staff>& staff)
{
    m_staff = staff;
    const int row = m_versionList->currentRow();
    if (row >= 0 && row < m_versions.size()) {
        showChanges(row);
    }
}

void PlanVersionsPanel::showVersions(const QVector<Plan>& versions)
{
    m_versions = versions;
    QSignalBlocker block(m_versionList);
    m_versionList->clear();
    for (const auto& v : m_versions) {
        // "Version 1 – agreed 20-10-2026", not "Agreed, agreed 20-10-2026".
        QString text;
        if (v.status == PlanStatus::Agreed && v.agreedOn.isValid()) {
            text = PlanTab::tr("Version %1 – agreed %2").arg(v.version).arg(formatDate(v.agreedOn));
        } else if (v.agreedOn.isValid()) {
            text = PlanTab::tr("Version %1 – %2 (agreed %3)")
                       .arg(v.version)
                       .arg(PlanText::statusLabel(v.status).toLower(), formatDate(v.agreedOn));
        } else {
            text = PlanTab::tr("Version %1 – %2").arg(v.version).arg(PlanText::statusLabel(v.status).toLower());
        }
        m_versionList->addItem(text);
    }
    m_diff->clear();
    if (!m_versions.isEmpty()) {
        m_versionList->setCurrentRow(0);
        block.unblock();
        emit m_versionList->currentRowChanged(0);
    }
}

void PlanVersionsPanel::showChanges(int row)
{
    if (row < 0 || row >= m_versions.size()) {
        m_diff->clear();
        return;
    }
    const Plan& v = m_versions[row];
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(PlanTab::tr("Version %1 (%2)").arg(v.version).arg(PlanText::statusLabel(v.status).toLower()));
    if (v.agreedOn.isValid()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(PlanTab::tr("Agreed on %1 (%2). Present: %3.")
                             .arg(formatDate(v.agreedOn), PlanText::methodLabel(v.agreedHow).toLower(), v.agreedPresent)
                             .toHtmlEscaped());
    }
    if (row + 1 < m_versions.size()) {
        const auto changes = PlanDiff::diff(m_versions[row + 1], v, [this](const QString& id) {
            for (const auto& s : m_staff) {
                if (s.id == id) {
                    return s.name;
                }
            }
            return id;
        });
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(PlanTab::tr("Changed since version %1:").arg(m_versions[row + 1].version));
        for (const auto& c : changes) {
            html += QStringLiteral("<li>%1</li>").arg(c.describe().toHtmlEscaped());
        }
        if (changes.isEmpty()) {
            html += QStringLiteral("<li>%1</li>").arg(PlanTab::tr("No changes."));
        }
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(PlanTab::tr("The first version."));
    }
    m_diff->setHtml(html);
}

} // namespace samspil::ui
