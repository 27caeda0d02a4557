#include "MyTasksDialog.h"

#include "core/citizen/CitizenRepository.h"
#include "core/teamday/TeamDayModule.h"
#include "core/util/Dates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samspil::ui {

MyTasksDialog::MyTasksDialog(Database& db, const QString& staffId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("myTasks"));
    setWindowTitle(tr("My tasks"));
    resize(640, 420);
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("tasks"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Citizen"), tr("Next step"), tr("Due")});
    const QDate today = db.clock().today();
    CitizenRepository citizens(db);
    const auto tasks = MyTasks::forStaff(db, staffId);
    for (const auto& t : tasks) {
        const auto c = citizens.get(t.citizenId);
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, t.citizenId);
        item->setText(0, c ? c->name : QString());
        item->setText(1, t.step.label);
        item->setText(2, t.step.overdue(today) ? tr("%1 (overdue)").arg(formatDate(t.step.due)) : formatDate(t.step.due));
        if (t.step.overdue(today)) {
            for (int col = 0; col < 3; ++col) {
                item->setForeground(col, QColor(0xb0, 0x00, 0x20));
            }
        }
    }
    for (int col = 0; col < 3; ++col) {
        m_list->resizeColumnToContents(col);
    }
    layout->addWidget(new QLabel(tasks.isEmpty() ? tr("Nothing is waiting for you.")
                                                 : tr("Double-click a citizen to open the page."),
                                 this));
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit openCitizen(item->data(0, Qt::UserRole).toString());
        accept();
    });
}

} // namespace samspil::ui
