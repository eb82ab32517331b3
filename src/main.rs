//! Starts the app in the page; everything else lives in the library.

/// Counts live heap bytes for the soak benchmark (see `ui::diagnostics`); only in builds
/// with the `diagnostics` feature, which production has no use for.
#[cfg(feature = "diagnostics")]
#[global_allocator]
static ALLOCATOR: &stats_alloc::StatsAlloc<std::alloc::System> =
    petrograd1917::ui::diagnostics::ALLOCATOR;

fn main() {
    petrograd1917::ui::start();
}
