#pragma once

namespace samspil::ui {

/// The screening tab on every citizen page and "New screening…" in the Citizen menu.
void registerScreeningUi();

} // namespace samspil::ui
