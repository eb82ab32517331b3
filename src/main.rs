//! Mounts the app on the page; everything else lives in the library.

/// Counts live heap bytes for the soak benchmark (see `ui::diagnostics`).
#[global_allocator]
static ALLOCATOR: petrograd1917::ui::diagnostics::CountingAllocator =
    petrograd1917::ui::diagnostics::CountingAllocator;

fn main() {
    petrograd1917::ui::start();
}
