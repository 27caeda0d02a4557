#pragma once

#include <QHBoxLayout>
#include <QWidget>

#include <initializer_list>

namespace samspil::ui {

/// A row of widgets (buttons, say) on the left, with the rest of the line left empty. The
/// widgets get `parent`; the layout is for the caller to add.
inline QHBoxLayout* row(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* l = new QHBoxLayout;
    for (auto* w : widgets) {
        w->setParent(parent);
        l->addWidget(w);
    }
    l->addStretch(1);
    return l;
}

} // namespace samspil::ui
