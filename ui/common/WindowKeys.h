#pragma once

#include <QCoreApplication>

class QHBoxLayout;
class QWidget;

namespace samspil::ui {

/// A window of its own (Overblik, Relationel koordinering) closes as a dialog does: with Esc,
/// with Ctrl+W and with a "Close" button at the bottom right.
class WindowKeys
{
    Q_DECLARE_TR_FUNCTIONS(WindowKeys)
public:
    /// Adds the two keys to `window` and returns a row with its "Close" button (objectName
    /// "closeButton") for the window's layout to add at the bottom.
    static QHBoxLayout* closable(QWidget* window);
};

} // namespace samspil::ui
