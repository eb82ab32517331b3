//! One file per way of moving the map by hand, as in Leaflet's `map/handler/`. Every one
//! of them turns follow off: the app never fights the reader's own choice of view. They
//! are the `on:` handlers of the map's `<svg>`, which owns the gestures.

pub mod dblclick;
pub mod keyboard;
pub mod pointer;
pub mod wheel;

use wasm_bindgen::JsCast;

use crate::logic::geo::Point;

/// The element a handler is installed on (the map's `<svg>`).
pub fn owner(e: &web_sys::Event) -> Option<web_sys::Element> {
    e.current_target()?.dyn_into().ok()
}

/// A mouse or pointer event's position in the map's own pixels (`el` being the map).
pub fn local_point(el: &web_sys::Element, e: &web_sys::MouseEvent) -> Point {
    let r = el.get_bounding_client_rect();
    Point::new(
        f64::from(e.client_x()) - r.left(),
        f64::from(e.client_y()) - r.top(),
    )
}
