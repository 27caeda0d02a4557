#include "StatusLine.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace samspil::ui {

QLabel* StatusLine::install(QStatusBar* bar)
{
    auto* label = new QLabel(bar);
    label->setObjectName(QStringLiteral("statusMessage"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps to the room there is
    bar->addWidget(label, 1);
    auto* timer = new QTimer(label);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, label, &QLabel::clear);
    QObject::connect(bar, &QStatusBar::messageChanged, label, [bar, label, timer](const QString& message) {
        if (message.isEmpty()) {
            return; // our own clearMessage() below, or a message's time running out
        }
        label->setText(message);
        // The bar would hide the label while it shows a message itself: take the message over.
        bar->clearMessage();
        // Long enough to read: at least eight seconds, more for a long message.
        timer->start(std::max(8000, int(message.size()) * 80));
    });
    return label;
}

} // namespace samspil::ui
