#pragma once

namespace samspil::ui {

/// Gives the memory freed after a large piece of work back to the operating system. The C
/// library keeps what a program frees for its next allocations, and after the caseload's next
/// steps or the dashboard's figures that is over a hundred megabytes at 20,000 citizens (the
/// worker's rows and facts, its connection's page cache, the results they replaced), held in
/// pieces it does not return by itself. glibc's malloc_trim hands back every whole free page of
/// every arena; elsewhere this does nothing. Measured by bench_memory.
void returnFreedMemory();

} // namespace samspil::ui
