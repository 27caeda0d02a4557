#include "WindowKeys.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QWidget>

namespace samspil::ui {

QHBoxLayout* WindowKeys::closable(QWidget* window)
{
    // Ctrl+W by name: the platform's Close key is Ctrl+F4 on some desktops, and two shortcuts on one
    // key would cancel each other out.
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        auto* shortcut = new QShortcut(key, window);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
    }
    auto* button = new QPushButton(tr("Close"), window);
    button->setObjectName(QStringLiteral("closeButton"));
    button->setAutoDefault(false);
    QObject::connect(button, &QPushButton::clicked, window, &QWidget::close);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(button);
    return row;
}

} // namespace samspil::ui
