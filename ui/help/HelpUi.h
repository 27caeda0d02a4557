#pragma once

namespace samspil::ui {

/// The user guide in the main window: Hjælp ▸ Brugervejledning (the guide from its start) and
/// F1 anywhere (the section of the window, dialog or tab in front, HelpContext).
void registerHelpUi();

} // namespace samspil::ui
