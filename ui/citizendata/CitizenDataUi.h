#pragma once

namespace samspil::ui {

class MainWindow;

/// The citizen's data in the desktop client: Citizen ▸ "Export everything about the citizen…"
/// and "Erase the citizen's data…", Team ▸ "Erasure of closed cases…".
void registerCitizenDataUi();

/// What the menu items do (tests call them too).
void exportCurrentCitizen(MainWindow& window);
void eraseCurrentCitizen(MainWindow& window);
void showRetention(MainWindow& window);

} // namespace samspil::ui
