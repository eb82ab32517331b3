//! Numbers written and bounded without Rust's float formatting.
//!
//! Every number the app writes (SVG attributes, CSS, the URL) has a known number of
//! decimals, which integer formatting does in a few hundred bytes; Rust's float formatting
//! (Grisu and Dragon with their tables) is some 20 KB of wasm. `f64::clamp` would bring it
//! back by itself: its panic message formats the bounds with `{:?}`.

use std::fmt;

/// The largest number of decimals [`decimal`] writes; more would overflow the integers.
pub const MAX_DECIMALS: u8 = 9;

/// A number rounded to a fixed number of decimals, written without trailing zeros.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decimal {
    value: f64,
    decimals: u8,
}

/// `value` rounded to `decimals` places (at most [`MAX_DECIMALS`]), halves away from zero,
/// without trailing zeros: `12.5`, `3`, `-0.25`. Not-a-number and infinities are written as
/// `0`, so a bad computation can never put `NaN` into an SVG attribute or a URL.
pub fn decimal(value: f64, decimals: u8) -> Decimal {
    Decimal {
        value,
        decimals: decimals.min(MAX_DECIMALS),
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Beyond 2^53 an f64 has no fractional digits left; the app's numbers are far
        // smaller, and the clamp only keeps the cast below exact.
        const LIMIT: f64 = 9.0e15;
        let scale = 10_u64.pow(u32::from(self.decimals));
        #[allow(clippy::cast_precision_loss)] // 10^9 at most: exact.
        let units = (self.value * scale as f64).round();
        let units = if units.is_finite() {
            clamp(units, -LIMIT, LIMIT)
        } else {
            0.0
        };
        #[allow(clippy::cast_possible_truncation)] // whole and within ±9e15: exact.
        let units = units as i64;
        let magnitude = units.unsigned_abs();
        if units < 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", magnitude / scale)?;
        let mut fraction = magnitude % scale;
        if fraction == 0 {
            return Ok(());
        }
        let mut width = usize::from(self.decimals);
        while fraction.is_multiple_of(10) {
            fraction /= 10;
            width -= 1;
        }
        write!(f, ".{fraction:0width$}")
    }
}

/// `value` brought within `lo..=hi`; not-a-number becomes `lo`. Unlike `f64::clamp` it
/// never panics (bounds in the wrong order give `hi`), and it carries no float formatting.
pub fn clamp(value: f64, lo: f64, hi: f64) -> f64 {
    value.max(lo).min(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(value: f64, decimals: u8) -> String {
        decimal(value, decimals).to_string()
    }

    #[test]
    fn rounds_to_the_decimals_and_drops_trailing_zeros() {
        assert_eq!(s(12.345, 1), "12.3");
        assert_eq!(s(12.36, 1), "12.4");
        assert_eq!(s(12.0, 1), "12");
        assert_eq!(s(12.04, 1), "12");
        assert_eq!(s(0.05, 1), "0.1");
        assert_eq!(s(59.934_51, 5), "59.93451");
        assert_eq!(s(30.3, 5), "30.3");
        assert_eq!(s(0.000_01, 5), "0.00001");
        assert_eq!(s(1.0203, 4), "1.0203");
        assert_eq!(s(799.6, 0), "800");
    }

    #[test]
    fn negatives_keep_their_sign_and_negative_zero_has_none() {
        assert_eq!(s(-0.25, 2), "-0.25");
        assert_eq!(s(-12.34, 1), "-12.3");
        assert_eq!(s(-0.04, 1), "0");
        assert_eq!(s(-0.0, 3), "0");
        assert_eq!(s(-0.5, 0), "-1");
    }

    #[test]
    fn non_finite_values_are_written_as_zero() {
        assert_eq!(s(f64::NAN, 1), "0");
        assert_eq!(s(f64::INFINITY, 2), "0");
        assert_eq!(s(f64::NEG_INFINITY, 0), "0");
    }

    #[test]
    fn huge_values_are_clamped_and_decimals_capped() {
        assert_eq!(s(1e300, 0), "9000000000000000");
        assert_eq!(decimal(1.5, 30).decimals, MAX_DECIMALS);
    }

    /// The float formatter rounds the exact binary value; this rounds `value × 10^d`,
    /// which can land on the other side of a half. Both are then within one unit of the
    /// last decimal, and that is the only way they may differ.
    #[test]
    fn agrees_with_the_float_formatter_but_at_halves() {
        for i in -2000..2000 {
            let v = f64::from(i) * 0.123_7 + 0.011;
            for d in 0..=4u8 {
                let ours: f64 = s(v, d).parse().expect("a number");
                let std: f64 = format!("{v:.*}", usize::from(d)).parse().expect("a number");
                let unit = 10_f64.powi(-i32::from(d));
                if ours != std {
                    let half = ((v / unit).fract().abs() - 0.5).abs() < 1e-6;
                    assert!(
                        half && (ours - std).abs() <= unit * 1.000_001,
                        "{v} to {d} decimals"
                    );
                }
            }
        }
    }

    #[test]
    fn clamp_bounds_and_never_panics() {
        assert_eq!(clamp(5.0, 0.0, 1.0), 1.0);
        assert_eq!(clamp(-5.0, 0.0, 1.0), 0.0);
        assert_eq!(clamp(0.25, 0.0, 1.0), 0.25);
        assert_eq!(clamp(f64::NAN, 0.0, 1.0), 0.0);
        assert_eq!(clamp(0.5, 1.0, 0.0), 0.0);
    }
}
