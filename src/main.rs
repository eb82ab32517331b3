//! Mounts the app on the page; everything else lives in the library.

use petrograd1917::ui::diagnostics;
use stats_alloc::StatsAlloc;

/// Counts live heap bytes for the soak benchmark (see `ui::diagnostics`).
#[global_allocator]
static ALLOCATOR: &StatsAlloc<std::alloc::System> = diagnostics::ALLOCATOR;

fn main() {
    petrograd1917::ui::start();
}
