//! Helpers the tests share: stepping through consecutive `f64`s, counting
//! ulps, building exact powers of two, a small random generator for test
//! points, comparing (or rewriting) a committed file, the bit-pattern lines
//! the firmware prints, and a hidden unit's weights as bits.

// Each test file uses only some of these helpers.
#![allow(dead_code)]

/// A position for `v` on a line where neighbouring `f64`s are 1 apart:
/// non-negative floats keep their bit pattern, negative ones are mirrored
/// below zero, so `-0.0` and `+0.0` share position 0 and `f64::MAX` and
/// `+∞` are neighbours.
pub fn ordered(v: f64) -> i128 {
    let bits = v.to_bits() as i64;
    if bits < 0 {
        i128::from(i64::MIN) - i128::from(bits)
    } else {
        i128::from(bits)
    }
}

/// How many representable `f64`s apart `a` and `b` are; 0 if both are NaN.
pub fn ulps_apart(a: f64, b: f64) -> u128 {
    if a.is_nan() && b.is_nan() {
        0
    } else if a.is_nan() || b.is_nan() {
        u128::MAX
    } else {
        (ordered(a) - ordered(b)).unsigned_abs()
    }
}

/// The next `f64` above `v` (for finite `v`; `f64::next_up` is newer than
/// this crate's minimum Rust, 1.84).
pub fn next_up(v: f64) -> f64 {
    if v == 0.0 {
        f64::from_bits(1)
    } else if v > 0.0 {
        f64::from_bits(v.to_bits() + 1)
    } else {
        f64::from_bits(v.to_bits() - 1)
    }
}

/// `2^e` exactly, for `-1074 <= e <= 1023`, from its bit pattern (normal
/// powers of two have the biased exponent `e + 1023`; subnormal ones a single
/// set significand bit).
pub fn two_pow(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1 << (e + 1074))
    }
}

/// The next `f64` below `v` (for finite `v`).
pub fn next_down(v: f64) -> f64 {
    -next_up(-v)
}

/// `512/ln2`, the `STEPS_PER_UNIT` of `src/numerics/exp.rs`: `exp` picks its table
/// entry from `n = round(x · STEPS_PER_UNIT)`, so it moves from one entry
/// to the next where `x · STEPS_PER_UNIT = n + ½`.
const STEPS_PER_UNIT: f64 = 738.6598609351493;

/// Where `f` falls between consecutive inputs near `exp`'s table
/// boundaries: for every boundary from `x = -746` to `x = 710`, the 17
/// consecutive `f64`s around `(n + ½) / STEPS_PER_UNIT` are walked (the
/// product and its rounding put the true boundary within an ulp or two of
/// that), and each `(x, ulps)` where `f(x)` is below `f` of the previous
/// double is returned.
pub fn falls_at_table_boundaries(f: fn(f64) -> f64) -> Vec<(f64, u128)> {
    let first = (-746.0 * STEPS_PER_UNIT).floor() as i64;
    let last = (710.0 * STEPS_PER_UNIT).ceil() as i64;
    let mut falls = Vec::new();
    for n in first..=last {
        let mut x = (n as f64 + 0.5) / STEPS_PER_UNIT;
        for _ in 0..8 {
            x = next_down(x);
        }
        let mut previous = f(x);
        for _ in 0..16 {
            x = next_up(x);
            let y = f(x);
            if y < previous {
                falls.push((x, ulps_apart(y, previous)));
            }
            previous = y;
        }
    }
    falls
}

/// A tiny deterministic random number generator (SplitMix64), so that test
/// points vary in all their bits yet every run checks the same ones.
pub struct SplitMix(pub u64);

impl SplitMix {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniformly distributed `f64` in `[0, 1)`: the top 53 bits of the
    /// next draw, scaled.
    pub fn next_unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Asserts `committed == expected`; with `CONSTNET_BLESS` set, writes
/// `expected` to `path` (relative to the crate root) instead.
pub fn check_or_bless(path: &str, committed: &str, expected: &str) {
    if std::env::var_os("CONSTNET_BLESS").is_some() {
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        std::fs::write(full, expected).unwrap();
    } else {
        assert_eq!(
            committed, expected,
            "{path} is stale: rerun with CONSTNET_BLESS=1 and review the diff"
        );
    }
}

/// Appends one line as the firmware prints it: `label`, then the 16
/// lower-case hex digits of each value's bit pattern, separated by spaces.
pub fn hex_line(text: &mut String, label: &str, row: &[f64]) {
    text.push_str(label);
    for x in row {
        text.push_str(&format!(" {:016x}", x.to_bits()));
    }
    text.push('\n');
}

/// The weights of hidden unit `h` of a 3-4-1 network: column `h` of `W1`,
/// then row `h` of `W2`, as bit patterns so that equality is exact.
pub fn unit_bits(net: &constnet::TwoLayer<3, 4, 1>, h: usize) -> [u64; 4] {
    let w1 = net.w1();
    let w2 = net.w2();
    [w1[(0, h)], w1[(1, h)], w1[(2, h)], w2[(h, 0)]].map(f64::to_bits)
}
