//! Properties of the hand-written `exp` and of the sigmoid built on it,
//! checked against `std`'s `f64::exp` where one exists.

use constnet::{exp, sigmoid, sigmoid_derivative};

/// `e^x` overflows for every input above this one (the largest `x` with a
/// finite `e^x`).
const LAST_FINITE: f64 = 709.782712893384;

/// `e^x` rounds to zero for every input below this one (the smallest `x`
/// whose `e^x` rounds to the smallest subnormal, `5e-324`).
const LAST_NONZERO: f64 = -745.1332191019411;

/// `e^x = 2^-1022 = f64::MIN_POSITIVE` here: below, results are subnormal.
const SUBNORMAL_START: f64 = -708.3964185322641;

/// A position for `v` on a line where neighbouring `f64`s are 1 apart:
/// non-negative floats keep their bit pattern, negative ones are mirrored
/// below zero, so `-0.0` and `+0.0` share position 0 and `f64::MAX` and
/// `+∞` are neighbours.
fn ordered(v: f64) -> i128 {
    let bits = v.to_bits() as i64;
    if bits < 0 {
        i128::from(i64::MIN) - i128::from(bits)
    } else {
        i128::from(bits)
    }
}

/// How many representable `f64`s apart `a` and `b` are; 0 if both are NaN.
fn ulps_apart(a: f64, b: f64) -> u128 {
    if a.is_nan() && b.is_nan() {
        0
    } else if a.is_nan() || b.is_nan() {
        u128::MAX
    } else {
        (ordered(a) - ordered(b)).unsigned_abs()
    }
}

/// The next `f64` above `v` (for finite `v`; `f64::next_up` is newer than
/// this crate's minimum Rust).
fn next_up(v: f64) -> f64 {
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
fn two_pow(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1 << (e + 1074))
    }
}

/// A tiny deterministic random number generator (SplitMix64), so that the
/// sample points vary in all their bits yet every run checks the same ones.
struct SplitMix(u64);

impl SplitMix {
    /// A uniformly distributed `f64` in `[0, 1)`.
    fn next_unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A tally of how far `exp` is from `std`: how many points were checked,
/// how many differed by exactly 1 ulp, and the first point with the largest
/// distance seen.
struct Worst {
    points: u64,
    off_by_one: u64,
    ulps: u128,
    x: f64,
}

impl Worst {
    fn check(&mut self, x: f64) {
        let ulps = ulps_apart(exp(x), x.exp());
        if ulps == 1 {
            self.off_by_one += 1;
        }
        if ulps > self.ulps || self.points == 0 {
            self.ulps = ulps;
            self.x = x;
        }
        self.points += 1;
    }

    /// `count` points drawn uniformly from each of `count` equal slices of
    /// `[low, high]` (one per slice), so they cover it evenly.
    fn sweep(&mut self, rng: &mut SplitMix, low: f64, high: f64, count: u64) {
        let width = (high - low) / count as f64;
        for i in 0..count {
            self.check(low + (i as f64 + rng.next_unit()) * width);
        }
    }

    /// `count` consecutive `f64`s starting at `start`.
    fn walk(&mut self, start: f64, count: u64) {
        let mut x = start;
        for _ in 0..count {
            self.check(x);
            x = next_up(x);
        }
    }
}

/// `exp` is at most 1 ulp from `std`'s `f64::exp` (which is itself within
/// about half an ulp of the true value; `exp` is within about one).
///
/// The points: an even random sweep of the whole interesting range
/// `[-745.2, 709.8]`; tiny inputs of every size down to the smallest
/// subnormal, both signs; a dense sweep of `[-1, 1]`; the whole range whose
/// results are subnormal, and the stretches either side of the overflow
/// limit, the underflow limit and the start of the subnormal results, where
/// thousands of consecutive `f64`s are checked one by one.
///
/// About 12.6 million points in all; even a debug build checks them in a
/// couple of seconds. Run with `--nocapture` to see the worst case found.
#[test]
fn exp_is_within_one_ulp_of_std_exp() {
    let mut rng = SplitMix(2024);
    let mut worst = Worst {
        points: 0,
        off_by_one: 0,
        ulps: 0,
        x: 0.0,
    };

    // The whole range, evenly.
    worst.sweep(&mut rng, -745.2, 709.8, 10_000_000);
    // Near 0: |x| = 2^-e·(1 + u) for every e down to the subnormals, and
    // a dense sweep of [-1, 1].
    for e in 0..1075 {
        for _ in 0..100 {
            let x = (1.0 + rng.next_unit()) * two_pow(-e);
            worst.check(x);
            worst.check(-x);
        }
    }
    worst.sweep(&mut rng, -1.0, 1.0, 1_000_000);
    // Every result subnormal, and the region where e^x is near 2^-1022.
    worst.sweep(&mut rng, -745.2, SUBNORMAL_START, 1_000_000);
    worst.sweep(&mut rng, -709.0, -707.5, 100_000);
    // Consecutive f64s across the three limits.
    let run = 20_000;
    for limit in [LAST_FINITE, LAST_NONZERO, SUBNORMAL_START] {
        let mut start = limit;
        for _ in 0..run / 2 {
            start = -next_up(-start);
        }
        worst.walk(start, run);
    }
    // Just inside the overflow and underflow limits, more widely.
    worst.sweep(&mut rng, 709.0, 709.8, 100_000);
    worst.sweep(&mut rng, -745.2, -744.0, 100_000);

    let x = worst.x;
    println!(
        "{} points, {} of them exactly 1 ulp from std; worst: exp({x:?}) = {:?}, std {:?}, {} ulp",
        worst.points,
        worst.off_by_one,
        exp(x),
        x.exp(),
        worst.ulps
    );
    assert!(worst.points >= 10_000_000);
    assert!(
        worst.ulps <= 1,
        "exp({x:?}) = {:?} but std says {:?}: {} ulp apart",
        exp(x),
        x.exp(),
        worst.ulps
    );
}

#[test]
fn exp_of_nan_is_nan() {
    assert!(exp(f64::NAN).is_nan());
    assert!(exp(-f64::NAN).is_nan());
}

#[test]
fn exp_of_plus_infinity_is_infinity_and_of_minus_infinity_is_zero() {
    assert_eq!(exp(f64::INFINITY), f64::INFINITY);
    assert_eq!(exp(f64::NEG_INFINITY).to_bits(), 0.0f64.to_bits());
}

#[test]
fn exp_of_zero_is_exactly_one() {
    assert_eq!(exp(0.0), 1.0);
    assert_eq!(exp(-0.0), 1.0);
}

#[test]
fn exp_overflows_to_infinity_exactly_where_std_does() {
    assert!(exp(709.78).is_finite());
    assert_eq!(exp(709.79), f64::INFINITY);
    assert_eq!(exp(LAST_FINITE), LAST_FINITE.exp());
    assert_eq!(exp(LAST_FINITE), 1.7976931348622732e308);
    assert_eq!(exp(next_up(LAST_FINITE)), f64::INFINITY);
    assert_eq!(exp(1000.0), f64::INFINITY);
    assert_eq!(exp(f64::MAX), f64::INFINITY);
}

#[test]
fn exp_underflows_to_zero_exactly_where_std_does() {
    assert_eq!(exp(-745.14).to_bits(), 0.0f64.to_bits());
    assert_eq!(exp(-745.13), 5e-324);
    assert_eq!(exp(LAST_NONZERO), 5e-324);
    assert_eq!(exp(-next_up(-LAST_NONZERO)).to_bits(), 0.0f64.to_bits());
    assert_eq!(exp(-1000.0).to_bits(), 0.0f64.to_bits());
    assert_eq!(exp(-f64::MAX).to_bits(), 0.0f64.to_bits());
}

/// Every 10⁻⁴ from the first input with a subnormal result down to the
/// last with a nonzero one: the result is subnormal and at most 1 ulp
/// (of the subnormal spacing, `5e-324`) from `std`.
#[test]
fn exp_subnormal_results_are_within_one_ulp_of_std() {
    let mut checked = 0;
    for i in 1.. {
        let x = SUBNORMAL_START - f64::from(i) * 1e-4;
        if x < LAST_NONZERO {
            break;
        }
        let (mine, theirs) = (exp(x), x.exp());
        assert!(
            mine > 0.0 && mine < f64::MIN_POSITIVE,
            "exp({x:?}) = {mine:?}"
        );
        assert!(
            ulps_apart(mine, theirs) <= 1,
            "exp({x:?}) = {mine:?} but std says {theirs:?}"
        );
        checked += 1;
    }
    assert!(checked > 360_000);
}

/// Inputs of every size, including `±f64::MAX`, `±1e300` and subnormals.
fn finite_inputs() -> impl Iterator<Item = f64> {
    let sizes = (-1074..=1023).map(two_pow);
    let specials = [
        0.0,
        f64::MIN_POSITIVE,
        5e-324,
        1e-300,
        1e300,
        f64::MAX,
        f64::EPSILON,
        1.0,
        36.0,
        37.0,
        709.0,
        710.0,
        745.0,
        746.0,
    ];
    let grid = (-100_000..=100_000).map(|i| f64::from(i) / 100.0);
    sizes
        .chain(specials)
        .chain(grid)
        .flat_map(|x| [x, -x, x * 1.5, -x * 1.5])
        .filter(|x| x.is_finite())
}

#[test]
fn sigmoid_is_never_nan_and_stays_in_zero_one_for_finite_inputs() {
    for x in finite_inputs() {
        let y = sigmoid(x);
        assert!((0.0..=1.0).contains(&y), "sigmoid({x:?}) = {y:?}");
    }
}

/// Every 1/1024 from -800 to 800 (exact multiples, so no drift), plus the
/// ten thousand `f64`s either side of 0.
#[test]
fn sigmoid_is_monotone_non_decreasing() {
    let mut previous = sigmoid(-800.0);
    for i in -800 * 1024..=800 * 1024 {
        let x = f64::from(i) / 1024.0;
        let y = sigmoid(x);
        assert!(
            y >= previous,
            "sigmoid falls at {x:?}: {previous:?} > {y:?}"
        );
        previous = y;
    }
    let mut x = -1e-12;
    let mut previous = sigmoid(x);
    for _ in 0..20_000 {
        x = next_up(x);
        let y = sigmoid(x);
        assert!(
            y >= previous,
            "sigmoid falls at {x:?}: {previous:?} > {y:?}"
        );
        previous = y;
    }
}

#[test]
fn sigmoid_of_zero_is_exactly_one_half() {
    assert_eq!(sigmoid(0.0), 0.5);
    assert_eq!(sigmoid(-0.0), 0.5);
}

/// `σ(-x) = 1 - σ(x)` up to rounding, every 10⁻⁴ on `[-30, 30]`.
#[test]
fn sigmoid_is_symmetric_about_one_half() {
    for i in -300_000..=300_000 {
        let x = f64::from(i) / 10_000.0;
        let gap = (sigmoid(-x) - (1.0 - sigmoid(x))).abs();
        assert!(gap <= 2.3e-16, "at {x:?} the halves differ by {gap:e}");
    }
}

#[test]
fn sigmoid_saturates_to_exactly_zero_and_one() {
    assert_eq!(sigmoid(-800.0), 0.0);
    assert_eq!(sigmoid(-f64::MAX), 0.0);
    assert_eq!(sigmoid(f64::NEG_INFINITY), 0.0);
    assert_eq!(sigmoid(40.0), 1.0);
    assert_eq!(sigmoid(f64::MAX), 1.0);
    assert_eq!(sigmoid(f64::INFINITY), 1.0);
}

/// Exact values, including two where the algebraically equal `y - y·y`
/// rounds differently: the training must round exactly as numpy's
/// `y * (1 - y)` does.
#[test]
fn sigmoid_derivative_is_y_times_one_minus_y() {
    assert_eq!(sigmoid_derivative(0.1), 0.09000000000000001);
    assert_eq!(sigmoid_derivative(0.2), 0.16000000000000003);
    assert_eq!(sigmoid_derivative(0.5), 0.25);
    assert_eq!(sigmoid_derivative(0.25), 0.1875);
    assert_eq!(sigmoid_derivative(0.75), 0.1875);
    assert_eq!(sigmoid_derivative(0.0), 0.0);
    assert_eq!(sigmoid_derivative(1.0), 0.0);
}
