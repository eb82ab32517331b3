//! Mounts the app on the page; everything else lives in the library.

fn main() {
    petrograd1917::ui::start();
}
