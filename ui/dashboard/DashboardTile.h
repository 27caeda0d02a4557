#pragma once

#include <QPushButton>
#include <QStringList>

class QLabel;

namespace samspil::ui {

/// A key number on the dashboard: a big value over a caption; clicking it lists the citizens.
class DashboardTile : public QPushButton
{
public:
    DashboardTile(const QString& code, const QString& caption, QWidget* parent);
    /// The number shown, what the list of its citizens is called, the citizens and the tooltip.
    void set(const QString& value, const QString& what, const QStringList& ids, const QString& tip);
    QString value() const;
    const QString& what() const { return m_what; }
    const QStringList& ids() const { return m_ids; }

private:
    QLabel* m_value;
    QLabel* m_caption;
    QString m_what;
    QStringList m_ids;
};

} // namespace samspil::ui
