//! Numbers as the app writes them (SVG attributes, CSS, the URL): a fixed number of
//! decimals, without trailing zeros, and never `NaN`.

use std::fmt;

/// The largest number of decimals [`decimal`] writes: a tenth of a micro-degree, or of a
/// pixel, is below anything the app can show.
pub const MAX_DECIMALS: u8 = 9;

/// A number rounded to a fixed number of decimals, written without trailing zeros.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decimal {
    value: f64,
    decimals: u8,
}

/// `value` rounded to `decimals` places (at most [`MAX_DECIMALS`]) by Rust's float
/// formatting, without trailing zeros: `12.5`, `3`, `-0.25`. Not-a-number and infinities
/// are written as `0`, so a bad computation can never put `NaN` into an SVG attribute or a
/// URL; minus zero is written `0`.
pub fn decimal(value: f64, decimals: u8) -> Decimal {
    Decimal {
        value,
        decimals: decimals.min(MAX_DECIMALS),
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.value.is_finite() {
            return f.write_str("0");
        }
        let fixed = format!("{:.*}", usize::from(self.decimals), self.value);
        let trimmed = if fixed.contains('.') {
            fixed.trim_end_matches('0').trim_end_matches('.')
        } else {
            &fixed
        };
        f.write_str(if trimmed == "-0" { "0" } else { trimmed })
    }
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
    }

    #[test]
    fn non_finite_values_are_written_as_zero() {
        assert_eq!(s(f64::NAN, 1), "0");
        assert_eq!(s(f64::INFINITY, 2), "0");
        assert_eq!(s(f64::NEG_INFINITY, 0), "0");
    }

    #[test]
    fn decimals_are_capped() {
        assert_eq!(decimal(1.5, 30).decimals, MAX_DECIMALS);
    }
}
