//! The hand-written `exp`, checked against `std`'s `f64::exp`: within one
//! ulp everywhere, the same special values, and monotone but for one-ulp
//! steps back at a few table boundaries.

mod common;

use common::{falls_at_table_boundaries, next_up, two_pow, ulps_apart, SplitMix};
use constnet::exp;

/// `e^x` overflows for every input above this one (the largest `x` with a
/// finite `e^x`).
const LAST_FINITE: f64 = 709.782712893384;

/// `e^x` rounds to zero for every input below this one (the smallest `x`
/// whose `e^x` rounds to the smallest subnormal, `5e-324`).
const LAST_NONZERO: f64 = -745.1332191019411;

/// `e^x = 2^-1022 = f64::MIN_POSITIVE` here: below, results are subnormal.
const SUBNORMAL_START: f64 = -708.3964185322641;

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
    // The module docs say about 22% differ by one ulp.
    let share = worst.off_by_one as f64 / worst.points as f64;
    assert!((0.2..0.25).contains(&share), "{share}");
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

/// Walking consecutive doubles across every table boundary: `exp` steps
/// back at exactly 59 of them, each time by exactly one ulp, and only where
/// `|x| < 0.5`; the example in the module docs is one of them.
#[test]
fn exp_falls_only_by_one_ulp_at_59_table_boundaries_near_zero() {
    let falls = falls_at_table_boundaries(exp);
    assert_eq!(falls.len(), 59, "{falls:?}");
    assert!(
        falls.iter().all(|&(x, ulps)| ulps == 1 && x.abs() < 0.5),
        "{falls:?}"
    );
    let x = -0.49210742213582054;
    assert_eq!(exp(x), 0.6113366912119425);
    assert_eq!(exp(next_up(x)), 0.6113366912119423);
    assert!(falls.contains(&(next_up(x), 1)));
}

/// Away from the boundaries `exp` never falls: a million random pairs of
/// consecutive doubles in `[-1, 1)`, where one ulp of `x` moves `e^x` least.
#[test]
fn exp_never_falls_between_consecutive_doubles_inside_a_table_interval() {
    let mut rng = SplitMix(99);
    for _ in 0..1_000_000 {
        let x = 2.0 * rng.next_unit() - 1.0;
        assert!(exp(next_up(x)) >= exp(x), "exp falls after {x:?}");
    }
}
