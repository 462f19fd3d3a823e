//! The hand-written `exp`, judged against the true `e^x`: a committed table
//! of correctly rounded values made with mpmath (`tests/data/exp_reference.*`),
//! the special values, and monotone but for one-ulp steps back at a few
//! table boundaries. Nothing here depends on the host's libm except the last
//! check against `std`, which is written to hold for any accurate one.

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

/// One line of `tests/data/exp_reference.txt`: an input, `e^x` correctly
/// rounded to `f64`, and where the true `e^x` lies relative to that, in
/// ulps of it (`None` when `e^x` overflows).
struct Reference {
    section: &'static str,
    x: f64,
    rounded: f64,
    offset: Option<f64>,
}

/// The reference table, parsed; see `tests/data/exp_reference.py` for how
/// it was made.
fn reference() -> Vec<Reference> {
    let mut section = "";
    let mut points = Vec::new();
    for line in include_str!("data/exp_reference.txt").lines() {
        if let Some(name) = line.strip_prefix("# section ") {
            section = name;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(' ').collect();
        assert_eq!(fields.len(), 3, "bad reference line {line:?}");
        let bits = |hex| f64::from_bits(u64::from_str_radix(hex, 16).unwrap());
        points.push(Reference {
            section,
            x: bits(fields[0]),
            rounded: bits(fields[1]),
            offset: match fields[2] {
                "-" => None,
                offset => Some(offset.parse().unwrap()),
            },
        });
    }
    points
}

/// The gap from a finite `y >= 0` to the next `f64` above it: the ulp the
/// reference's offsets are counted in.
fn ulp(y: f64) -> f64 {
    if y < f64::MIN_POSITIVE {
        two_pow(-1074)
    } else {
        f64::from_bits(y.to_bits() & 0x7ff0_0000_0000_0000) * two_pow(-52)
    }
}

/// How far `exp` is from the true value over some reference points: how
/// many, how many are not correctly rounded, the largest distance from the
/// correctly rounded result in ulps, and the largest from the true value in
/// ulps of the correctly rounded result, with the input where it occurs.
#[derive(Default)]
struct Tally {
    points: usize,
    misrounded: usize,
    ulps: u128,
    from_true: f64,
    worst_x: f64,
}

impl Tally {
    fn check(&mut self, point: &Reference) {
        let mine = exp(point.x);
        let ulps = ulps_apart(mine, point.rounded);
        self.points += 1;
        if ulps > 0 {
            self.misrounded += 1;
        }
        self.ulps = self.ulps.max(ulps);
        if let Some(offset) = point.offset {
            // mine - rounded is exact (the two are within a factor of 2, or
            // rounded is 0), and so is the division by a power of two.
            let error = ((mine - point.rounded) / ulp(point.rounded) - offset).abs();
            if error > self.from_true {
                self.from_true = error;
                self.worst_x = point.x;
            }
        } else {
            assert_eq!(mine, f64::INFINITY, "exp({:?})", point.x);
        }
    }

    fn print(&self, name: &str) {
        println!(
            "{name}: {} points, {} not correctly rounded ({:.1} %), at most {} ulp from the \
             correctly rounded value and {:.4} ulp from the true value (x = {:?})",
            self.points,
            self.misrounded,
            100.0 * self.misrounded as f64 / self.points as f64,
            self.ulps,
            self.from_true,
            self.worst_x,
        );
    }
}

/// Measured on the 10,489 reference points (the numbers the module docs of
/// `src/numerics/exp.rs` state): `exp` is never more than 1 ulp from the
/// correctly rounded `e^x`, and at most 1.0052 ulp (of that result) from
/// the true `e^x`, at `x = 287.52541885373114`, the worst of 3,000,000
/// screened points (without the 50 worst, 0.9852 ulp, at `x = -11`).
/// 1,711 points (16.3 %) are not correctly rounded, and 766 (25.5 %) of the
/// 3,000 spread evenly over the whole range, but only 4 of the 2,150 tiny
/// `|x|` and none of the 250 near the underflow limit. The inputs are fixed
/// and the arithmetic is IEEE's, so the counts are exact on every platform.
/// Run with `--nocapture` to see each section of the table.
#[test]
fn exp_is_within_1_0052_ulp_of_the_true_value_and_misrounds_1711_of_10489_points() {
    let mut all = Tally::default();
    let mut sections: Vec<(&str, Tally)> = Vec::new();
    for point in &reference() {
        all.check(point);
        if sections.last().map(|(name, _)| *name) != Some(point.section) {
            sections.push((point.section, Tally::default()));
        }
        sections.last_mut().unwrap().1.check(point);
    }
    for (name, tally) in &sections {
        tally.print(name);
    }
    all.print("all");
    assert_eq!(all.points, 10_489);
    assert_eq!(all.ulps, 1);
    // The offsets have 4 decimals, so the measured error is exact to 0.00005.
    assert!(
        (1.00515..=1.00525).contains(&all.from_true),
        "{} at {:?}",
        all.from_true,
        all.worst_x
    );
    assert_eq!(all.worst_x, 287.52541885373114);
    assert_eq!(all.misrounded, 1711);
    // Without the 50 hardest inputs (the last section), the worst is 0.9852
    // ulp, at x = -11.
    let (name, _) = sections.last().unwrap();
    assert!(name.starts_with("the 50 largest errors"), "{name}");
    let (from_true, x) = sections[..sections.len() - 1]
        .iter()
        .map(|(_, tally)| (tally.from_true, tally.worst_x))
        .fold(
            (0.0, 0.0),
            |worst, next| if next.0 > worst.0 { next } else { worst },
        );
    assert!(
        (0.98515..=0.98525).contains(&from_true),
        "{from_true} at {x:?}"
    );
    assert_eq!(x, -11.0);
    // Section by section: (points, not correctly rounded). The spread over
    // the whole range misrounds 25.5 %; tiny |x| and results near the
    // underflow limit almost never.
    let counts: Vec<(usize, usize)> = sections
        .iter()
        .map(|(_, tally)| (tally.points, tally.misrounded))
        .collect();
    assert_eq!(
        counts,
        [
            (3000, 766), // the whole range
            (1455, 344), // every integer
            (2150, 4),   // |x| = (1 + u)·2^-e, e = 0..1074
            (1500, 407), // [-1, 1]
            (1200, 9),   // subnormal results
            (250, 63),   // results near 2^-1022
            (250, 68),   // near overflow
            (250, 0),    // near underflow
            (128, 0),    // across LAST_FINITE
            (128, 0),    // across LAST_NONZERO
            (128, 0),    // across SUBNORMAL_START
            (50, 50),    // the largest errors found
        ]
    );
}

/// The worst case, by hand: `e^287.52541885373114 =
/// 7.4251086863172415547...e124`, whose nearest `f64` is
/// `7.425108686317242e124` (the true value is 0.0052 ulp above it), while
/// `exp` gives the `f64` one below: 1.0052 ulp from the true value.
#[test]
fn exp_of_287_525_is_one_ulp_below_the_correctly_rounded_value() {
    let rounded = 7.425108686317242e124;
    assert_eq!(next_up(exp(287.52541885373114)), rounded);
}

/// The three limits, as the reference has them: `LAST_FINITE` is the last
/// input with a finite `e^x` and `LAST_NONZERO` the last with a nonzero
/// one, `SUBNORMAL_START` the first whose `e^x` is not subnormal; and on
/// the 128 consecutive `f64`s across each, `exp` is correctly rounded.
#[test]
fn exp_overflows_underflows_and_turns_subnormal_exactly_where_e_to_the_x_does() {
    let points = reference();
    let rounded = |x: f64| {
        points
            .iter()
            .find(|point| point.x.to_bits() == x.to_bits())
            .unwrap_or_else(|| panic!("{x:?} is not in the reference"))
            .rounded
    };
    assert_eq!(rounded(LAST_FINITE), 1.7976931348622732e308);
    assert_eq!(rounded(next_up(LAST_FINITE)), f64::INFINITY);
    assert_eq!(rounded(LAST_NONZERO), 5e-324);
    assert_eq!(rounded(-next_up(-LAST_NONZERO)), 0.0);
    assert!(rounded(SUBNORMAL_START) >= f64::MIN_POSITIVE);
    assert!(rounded(-next_up(-SUBNORMAL_START)) < f64::MIN_POSITIVE);
    let walks = points
        .iter()
        .filter(|point| point.section.starts_with("128 consecutive"));
    assert_eq!(walks.clone().count(), 3 * 128);
    for point in walks {
        assert_eq!(
            exp(point.x).to_bits(),
            point.rounded.to_bits(),
            "exp({:?})",
            point.x
        );
    }
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

/// Far beyond the limits the result stays `+∞` and `+0.0`.
#[test]
fn exp_is_infinity_above_the_overflow_limit_and_zero_below_the_underflow_limit() {
    assert!(exp(709.78).is_finite());
    assert_eq!(exp(709.79), f64::INFINITY);
    assert_eq!(exp(1000.0), f64::INFINITY);
    assert_eq!(exp(f64::MAX), f64::INFINITY);
    assert_eq!(exp(-745.13), 5e-324);
    assert_eq!(exp(-745.14).to_bits(), 0.0f64.to_bits());
    assert_eq!(exp(-1000.0).to_bits(), 0.0f64.to_bits());
    assert_eq!(exp(-f64::MAX).to_bits(), 0.0f64.to_bits());
}

/// Every 10⁻⁴ from the first input with a subnormal result down to the
/// last with a nonzero one, the result is subnormal and nonzero: nothing is
/// flushed to zero.
#[test]
fn exp_gives_subnormal_results_between_the_subnormal_and_underflow_limits() {
    let mut checked = 0;
    for i in 1.. {
        let x = SUBNORMAL_START - f64::from(i) * 1e-4;
        if x < LAST_NONZERO {
            break;
        }
        let y = exp(x);
        assert!(y > 0.0 && y < f64::MIN_POSITIVE, "exp({x:?}) = {y:?}");
        checked += 1;
    }
    assert!(checked > 360_000);
}

/// Walking consecutive doubles across every table boundary: `exp` steps
/// back at exactly 59 of them, each time by exactly one ulp, and only where
/// `|x| < 0.5`; the example in the module docs is one of them. This uses
/// `exp` alone, so it holds on every platform.
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

/// A second check, against `std`'s `f64::exp` (the platform's libm): since
/// both are within 1 ulp of the true `e^x` (as any accurate libm is), they
/// are at most 2 ulps apart. 12,575,000 points: an even random sweep of
/// `[-745.2, 709.8]`; `|x| = 2^-e·(1 + u)` for every `e` down to the
/// subnormals, both signs; a dense sweep of `[-1, 1]`; the results that are
/// subnormal or near `2^-1022`; and the 20,000 consecutive `f64`s across each
/// limit. Run with `--nocapture` to see how often the two differ here.
#[test]
fn exp_is_within_two_ulps_of_std_exp() {
    let mut rng = SplitMix(2024);
    let mut points = 0u64;
    let mut differ = 0u64;
    let mut check = |x: f64| {
        let ulps = ulps_apart(exp(x), x.exp());
        assert!(
            ulps <= 2,
            "exp({x:?}) = {:?} but std says {:?}",
            exp(x),
            x.exp()
        );
        points += 1;
        differ += u64::from(ulps > 0);
    };
    // `count` points, one drawn uniformly from each of `count` equal slices
    // of `[low, high)`.
    let mut sweep = |check: &mut dyn FnMut(f64), low: f64, high: f64, count: u32| {
        let width = (high - low) / f64::from(count);
        for i in 0..count {
            check(low + (f64::from(i) + rng.next_unit()) * width);
        }
    };
    sweep(&mut check, -745.2, 709.8, 10_000_000);
    sweep(&mut check, -1.0, 1.0, 1_000_000);
    sweep(&mut check, -745.2, SUBNORMAL_START, 1_000_000);
    sweep(&mut check, -709.0, -707.5, 100_000);
    sweep(&mut check, 709.0, 709.8, 100_000);
    sweep(&mut check, -745.2, -744.0, 100_000);
    let mut rng = SplitMix(7);
    for e in 0..1075 {
        for _ in 0..100 {
            let x = (1.0 + rng.next_unit()) * two_pow(-e);
            check(x);
            check(-x);
        }
    }
    for limit in [LAST_FINITE, LAST_NONZERO, SUBNORMAL_START] {
        let mut x = limit;
        for _ in 0..10_000 {
            x = -next_up(-x);
        }
        for _ in 0..20_000 {
            check(x);
            x = next_up(x);
        }
    }
    println!("{points} points; exp and std differ at {differ}");
    assert_eq!(points, 12_575_000);
}
