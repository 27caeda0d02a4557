#include "DashboardTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace samspil::ui {

DashboardTile::DashboardTile(const QString& code, const QString& caption, QWidget* parent)
    : QPushButton(parent)
    , m_value(new QLabel(this))
    , m_caption(new QLabel(caption, this))
{
    setObjectName(QStringLiteral("tile_") + code);
    setMinimumSize(150, 84);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_caption->setWordWrap(true);
    for (QLabel* l : {m_value, m_caption}) {
        l->setAlignment(Qt::AlignCenter);
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void DashboardTile::set(const QString& value, const QString& what, const QStringList& ids, const QString& tip)
{
    m_value->setText(value);
    m_what = what;
    m_ids = ids;
    setToolTip(tip);
    setAccessibleName(QStringLiteral("%1: %2").arg(m_caption->text(), value));
}

QString DashboardTile::value() const
{
    return m_value->text();
}

} // namespace samspil::ui
