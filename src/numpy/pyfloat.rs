//! Printing one `f64` exactly as Python prints a float.
//!
//! The numpy program prints its errors with `str(np.mean(...))`, which for a
//! `float64` is the same text as Python's `repr(float)`. Rust's `{}` gives the
//! same digits but lays them out differently, so [`PyFloat`] lays them out
//! Python's way:
//!
//! 1. **Digits.** The shortest digits that read back as exactly that `f64`.
//!    When several are equally short, the nearest to the exact binary value;
//!    of two equally near, the one whose last digit is even
//!    (`1615274176887919.25` prints as `1615274176887919.2`).
//!    [`Decimal::shortest`] (Rust's shortest digits) finds the same number
//!    of digits but breaks such ties upwards (`.3`), so the digits are taken
//!    from [`Decimal::significant`] with that number, which rounds the
//!    exact value to nearest, ties to even, whenever those read back, and
//!    from [`Decimal::shortest`] otherwise. Those digits fail to read back
//!    only for a few powers of two, whose neighbours below lie twice as
//!    close as those above: of the ties, `2^-24` (`5.960464477539063e-08`)
//!    keeps Rust's upper digits.
//! 2. **Notation.** With `d.ddd × 10^e` the value's shortest digits,
//!    the value is written positionally when `-4 <= e < 16`
//!    (`0.0001`, `1234.5`) and in exponent form otherwise (`1e-05`,
//!    `1e+16`).
//! 3. **Positional form** always has a digit on each side of the point:
//!    whole numbers end in `.0` (`1.0`, `-0.0`), and values below 1 start
//!    with `0.`.
//! 4. **Exponent form** writes the digits as a mantissa with one digit before
//!    the point and none of it left over: `1e+16`, `1.5e-07`, never `1.0e+16`.
//!    The exponent has a sign and at least two digits (`e-05`, `e+16`,
//!    `e-324`).
//! 5. **nan and inf** are `nan`, `inf` and `-inf`, as Python and numpy print
//!    them.

use super::digits::{self, Decimal};
use core::fmt::{self, Write};

/// Python's exponent form begins below this decimal exponent...
const MIN_POSITIONAL_EXP: i32 = -4;
/// ... and at this one.
const MAX_POSITIONAL_EXP: i32 = 16;

/// An `f64` whose [`Display`](fmt::Display) prints what Python's `repr`
/// (and numpy's `str` of a `float64`) prints for it: the shortest digits
/// that read back as the same value, positional for `1e-4 <= |x| < 1e16`
/// and in exponent form otherwise. The module documentation lists the rules.
///
/// It allocates nothing: the digits are computed on the stack and go
/// straight to the formatter. Width, fill, precision and the
/// `#` flag of the format string are ignored.
///
/// ```
/// use constnet::numpy::PyFloat;
///
/// assert_eq!(PyFloat(1.0).to_string(), "1.0");
/// assert_eq!(PyFloat(0.1).to_string(), "0.1");
/// assert_eq!(PyFloat(1e-5).to_string(), "1e-05");
/// assert_eq!(PyFloat(1.5e-7).to_string(), "1.5e-07");
/// assert_eq!(PyFloat(1e16).to_string(), "1e+16");
/// assert_eq!(PyFloat(1.0000091298568936).to_string(), "1.0000091298568936");
/// assert_eq!(PyFloat(f64::NEG_INFINITY).to_string(), "-inf");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PyFloat(pub f64);

impl fmt::Display for PyFloat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.0;
        if x.is_nan() {
            return f.write_str("nan");
        }
        if x.is_infinite() {
            return f.write_str(if x > 0.0 { "inf" } else { "-inf" });
        }
        let shortest = Decimal::shortest(x).ok_or(fmt::Error)?;
        let count = shortest.digits().len().max(1);
        let digits = if nearest_reads_back(x, count) {
            Decimal::significant(x, count).ok_or(fmt::Error)?
        } else {
            shortest
        };
        if x.is_sign_negative() {
            f.write_char('-')?;
        }
        if (MIN_POSITIONAL_EXP..MAX_POSITIONAL_EXP).contains(&digits.exp()) {
            // Rule 3: `123.45`, `1000.0`, `0.00012`, `0.0`.
            digits::positional(f, &digits, 1)
        } else {
            exponent_form(f, &digits)
        }
    }
}

/// Whether `x`'s exact value rounded to `count` significant digits, ties to
/// even ([`Decimal::significant`], Rust's `{:.Ne}` with `N = count - 1`), reads back as `x`, where
/// `count` is the length of `x`'s shortest digits.
///
/// The floats that read back as `x` are those nearer to `x` than to its
/// neighbours. For most `x` that range reaches half a spacing either side,
/// and then the nearest `count`-digit decimal lies in it, since some
/// `count`-digit decimal does. Only a normal power of two has a neighbour
/// below at half the spacing above, so that the nearest decimal can fall
/// outside: it does whenever Rust's shortest digits differ from it, except
/// in a tie, where both are equally near. For `x = 2^-k` a tie means that
/// the exact value, the digits of `5^k`, has one digit more than the
/// shortest (the last is always 5); the lower decimal is then `5·10^-k`
/// below `x`, and it reads back when that is at most a quarter of the
/// spacing `2^(-k-52)`, that is when `5^(k-1) >= 2^54`. Of all powers of two,
/// only `2^-24` and `2^-25` are ties: `2^-25` reads back, `2^-24` does not
/// (`tests/pyfloat.rs` checks every power of two against Python).
fn nearest_reads_back(x: f64, count: usize) -> bool {
    let bits = x.abs().to_bits();
    let biased_exp = bits >> 52;
    let fraction = bits & ((1 << 52) - 1);
    if fraction != 0 || biased_exp <= 1 || biased_exp >= 1023 {
        // Not a power of two, the smallest normal one (whose neighbours
        // below are as close as those above), or one of at least 1, whose
        // exact value is a whole number ending in an even digit: no tie.
        return fraction != 0 || biased_exp <= 1;
    }
    let k = 1023 - biased_exp as u32;
    let tie = 5_u64
        .checked_pow(k)
        .is_some_and(|exact| exact.ilog10() as usize + 1 == count + 1);
    tie && 5_u64.pow(k - 1) >= 1 << 54
}

/// Rule 4: `1e+16`, `1.5e-07`, `5e-324`.
fn exponent_form(f: &mut fmt::Formatter<'_>, d: &Decimal) -> fmt::Result {
    let len = d.digits().len().max(1);
    digits::write_significant(f, d, 0..1)?;
    if len > 1 {
        f.write_char('.')?;
        digits::write_significant(f, d, 1..len)?;
    }
    f.write_str(if d.exp() < 0 { "e-" } else { "e+" })?;
    let magnitude = d.exp().unsigned_abs();
    if magnitude < 10 {
        f.write_char('0')?;
    }
    write!(f, "{magnitude}")
}
