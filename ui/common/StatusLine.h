#pragma once

class QLabel;
class QStatusBar;

namespace samspil::ui {

/// The status bar's messages in full. QStatusBar draws a message on one line and cuts it off
/// beside the permanent widgets (the sync status); this shows every message (showMessage, from any
/// caller) in a label that wraps instead, for as long as the message was meant to stay.
class StatusLine
{
public:
    /// Takes over the messages of `bar`; returns the label (objectName "statusMessage").
    static QLabel* install(QStatusBar* bar);
};

} // namespace samspil::ui
