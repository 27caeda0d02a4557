#pragma once

namespace samspil::ui {

/// Registers every module's windows with the main window and the citizen page: tabs through
/// CitizenPage::registerTab(), menus and status widgets through MainWindow::registerExtension().
/// Each module has one registerXxxUi() in its own folder and one line here. Idempotent.
void registerUiModules();

} // namespace samspil::ui
