//! One file per way of moving the map by hand, as in Leaflet's `map/handler/`. Every one
//! of them turns follow off: the app never fights the reader's own choice of view.

pub mod keyboard;
pub mod pointer;
pub mod wheel;

use crate::logic::geo::Point;

/// A mouse or pointer event's position in the map's own pixels.
pub fn local_point(el: &web_sys::Element, e: &web_sys::MouseEvent) -> Point {
    let r = el.get_bounding_client_rect();
    Point::new(
        f64::from(e.client_x()) - r.left(),
        f64::from(e.client_y()) - r.top(),
    )
}
