//! The running app's state: one struct of signals shared as context, and its URL form.
//!
//! [`lang`] and [`url`] are pure (tested natively); [`app_state`] holds the signals.

pub mod app_state;
pub mod lang;
pub mod url;

pub use app_state::AppState;
pub use lang::Lang;
pub use url::{Panel, Reading, UrlState};
