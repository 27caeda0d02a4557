#include "ScaleInput.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace samspil::ui {

ScaleInput::ScaleInput(const InstrumentItem& item, QWidget* parent)
    : QWidget(parent)
    , m_itemId(item.id)
    , m_min(item.min)
    , m_max(item.max)
    , m_group(new QButtonGroup(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(QStringLiteral("scale_") + item.id);
    m_group->setExclusive(false); // so that "no answer" can be shown again
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(0);
    const bool many = item.max - item.min > 6;
    for (int v = item.min; v <= item.max; ++v) {
        const int col = v - item.min;
        auto* radio = new QRadioButton(QString::number(v), this);
        radio->setFocusPolicy(Qt::NoFocus); // the scale itself takes focus and keys
        radio->setObjectName(QStringLiteral("answer_%1_%2").arg(item.id).arg(v));
        m_group->addButton(radio, v);
        grid->addWidget(radio, 0, col, Qt::AlignHCenter);
        if (item.labels.contains(v)) {
            const bool end = many && (v == item.min || v == item.max);
            auto* anchor = new QLabel(item.labels.value(v).text(), this);
            anchor->setWordWrap(!end);
            anchor->setAlignment(many ? (v == item.min ? Qt::AlignLeft : Qt::AlignRight) : Qt::AlignHCenter);
            QFont f = anchor->font();
            f.setPointSizeF(f.pointSizeF() * 0.9);
            anchor->setFont(f);
            if (!end) {
                anchor->setMinimumWidth(70);
                anchor->setMaximumWidth(120);
            }
            if (end) {
                // End anchors of a long scale span a few columns so their text has room.
                const int span = std::min(4, (item.max - item.min + 1) / 2);
                grid->addWidget(anchor, 1, v == item.min ? col : col - span + 1, 1, span,
                                v == item.min ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignRight | Qt::AlignTop);
            } else {
                grid->addWidget(anchor, 1, col, Qt::AlignHCenter | Qt::AlignTop);
            }
        }
    }
    grid->setColumnStretch(item.max - item.min + 1, 1);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        setFocus(Qt::MouseFocusReason);
        setValue(id);
    });
}

void ScaleInput::setValue(std::optional<int> value)
{
    if (value && (*value < m_min || *value > m_max)) {
        value.reset();
    }
    for (auto* b : m_group->buttons()) {
        b->setChecked(value && m_group->id(b) == *value);
    }
    if (value == m_value) {
        return;
    }
    m_value = value;
    emit valueChanged();
}

void ScaleInput::keyPressEvent(QKeyEvent* event)
{
    const int current = m_value.value_or(m_min - 1);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
    case Qt::Key_Minus:
        setValue(m_value ? std::max(m_min, current - 1) : m_min);
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Plus:
        setValue(std::min(m_max, current + 1));
        return;
    case Qt::Key_Home:
        setValue(m_min);
        return;
    case Qt::Key_End:
        setValue(m_max);
        return;
    case Qt::Key_Space:
        if (!m_value) {
            setValue(m_min);
        }
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        setValue(std::nullopt);
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.front().isDigit()) {
        int v = text.front().digitValue();
        // On a 0–10 scale, "1" then "0" typed quickly means 10.
        if (v == 0 && m_value == 1 && m_max >= 10 && m_lastOne.isValid() && m_lastOne.elapsed() < 1000) {
            v = 10;
        }
        if (v == 1) {
            m_lastOne.start();
        } else {
            m_lastOne.invalidate();
        }
        if (v >= m_min && v <= m_max) {
            setValue(v);
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

void ScaleInput::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (hasFocus()) {
        QStylePainter p(this);
        QStyleOptionFocusRect o;
        o.initFrom(this);
        o.rect = rect().adjusted(1, 1, -1, -1);
        p.drawPrimitive(QStyle::PE_FrameFocusRect, o);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRoundedRect(rect().adjusted(1, 1, -1, -1), 4, 4);
    }
}

void ScaleInput::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void ScaleInput::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace samspil::ui
