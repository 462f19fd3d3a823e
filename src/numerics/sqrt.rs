//! The square root, with nothing but `core`.
//!
//! Xavier and He initialization need one square root per layer, and
//! constnet is `#![no_std]`: `f64::sqrt` lives in `std`, and its `core`
//! twin `core::f64::math::sqrt` is still unstable (Rust 1.95). So the crate
//! computes it itself, exactly: the schoolbook digit-by-digit square root,
//! done in base 2 on the integer significand of the number. The result is
//! the correctly rounded root, the bits IEEE 754 asks of every `sqrt` and
//! that `std`'s gives; `tests/sqrt.rs` checks the two agree.

/// Bits in an `f64` significand, counting the implicit leading 1.
const SIGNIFICAND_BITS: u32 = 53;
/// The exponent of the smallest subnormal: it is `2^-1074`.
const MIN_EXPONENT: i32 = -1074;

/// The square root `√x`, correctly rounded to nearest: bit for bit what
/// `std`'s `f64::sqrt` returns.
///
/// `√0 = 0`, `√-0 = -0`, `√∞ = ∞`, and `√x` is NaN for NaN and for every
/// `x < 0`.
///
/// ```
/// use constnet::sqrt;
///
/// assert_eq!(sqrt(2.25), 1.5);
/// assert_eq!(sqrt(2.0), 1.4142135623730951);
/// assert!(sqrt(-1.0).is_nan());
/// ```
#[must_use]
pub fn sqrt(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 || x == f64::INFINITY {
        return x;
    }
    // x = m · 2^e with m an integer whose top bit is bit 52.
    let (mut m, mut e) = significand_and_exponent(x);
    // Make e even, so that √(2^e) = 2^(e/2) is exact; now m < 2^54.
    if e % 2 != 0 {
        m <<= 1;
        e -= 1;
    }
    // Scale m by 2^54 (an even power, so the exponent stays even). Then
    // M = m · 2^54 lies in [2^106, 2^108) and ⌊√M⌋ lies in [2^53, 2^54): 53
    // bits for the result and one more to round with.
    let (root, remainder) = integer_sqrt(u128::from(m) << 54);
    // Round to nearest by adding half of the last kept bit. There is never
    // a tie: a tie needs the extra bit set and remainder 0, but remainder 0
    // means root² = M, and M is even, so root is even and that bit is clear.
    debug_assert!(root & 1 == 0 || remainder != 0);
    let mut q = ((root + 1) >> 1) as u64;
    // √x ≈ root · 2^((e - 54) / 2) = q · 2^(e/2 - 26).
    let mut exponent = e / 2 - 26;
    if q == 1 << SIGNIFICAND_BITS {
        // Rounding carried into a new bit: 2^53 · 2^k = 2^52 · 2^(k+1).
        q >>= 1;
        exponent += 1;
    }
    // q · 2^exponent with q in [2^52, 2^53) is the normal double whose
    // biased exponent field is exponent + 52 + 1023. A root is always
    // normal: √(2^-1074) = 2^-537 and √(f64::MAX) < 2^512.
    let biased = (exponent + 1075) as u64;
    f64::from_bits((biased << 52) | (q & ((1 << 52) - 1)))
}

/// Splits a finite `x > 0` into `(m, e)` with `x = m · 2^e` and `m` in
/// `[2^52, 2^53)`, normalizing subnormal numbers.
fn significand_and_exponent(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        // Subnormal: x = fraction · 2^-1074. Shift the leading 1 up to bit 52.
        let shift = fraction.leading_zeros() - (64 - SIGNIFICAND_BITS);
        (fraction << shift, MIN_EXPONENT - shift as i32)
    } else {
        // Normal: the leading 1 is implicit in the bits.
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `(r, n - r²)` with `r = ⌊√n⌋`.
///
/// One bit of the root is decided per pass, highest first, the way long
/// division decides one digit of a quotient per pass: `bit` walks down the
/// powers of four, `root` holds the bits decided so far (kept shifted so that
/// `root + bit` is what adding the next bit would cost), and `remainder` is
/// what is left of `n`.
fn integer_sqrt(n: u128) -> (u128, u128) {
    let mut remainder = n;
    let mut root = 0;
    let mut bit = 1 << 126;
    while bit > n {
        bit >>= 2;
    }
    while bit != 0 {
        if remainder >= root + bit {
            remainder -= root + bit;
            root = (root >> 1) + bit;
        } else {
            root >>= 1;
        }
        bit >>= 2;
    }
    (root, remainder)
}
