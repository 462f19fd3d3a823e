//! The sigmoid and its slope: never NaN, within `[0, 1]`, monotone but for
//! one-ulp steps back where `exp` has them, symmetric, and saturating to
//! exactly 0 and 1.

mod common;

use common::{falls_at_table_boundaries, next_up, two_pow};
use constnet::{sigmoid, sigmoid_derivative};

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
fn sigmoid_never_falls_over_steps_of_1_over_1024_or_near_zero() {
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

/// `σ(x) = 1 / (1 + exp(-x))` inherits `exp`'s one-ulp steps back at its
/// table boundaries (which are symmetric about 0). Below `σ = 0.5` an ulp
/// of the sigmoid is smaller than an ulp of `1 + exp(-x)`, so a step there
/// can cost two. Walking consecutive doubles across all the boundaries, the
/// sigmoid falls at exactly 25, by one ulp at 19 and by two at 6, all with
/// `|x| < 0.5`. Only the crate's `exp` and IEEE arithmetic are involved, so
/// the counts hold on every platform.
#[test]
fn sigmoid_falls_by_at_most_two_ulps_at_25_table_boundaries_near_zero() {
    let falls = falls_at_table_boundaries(sigmoid);
    assert_eq!(falls.len(), 25, "{falls:?}");
    assert!(falls.iter().all(|&(x, _)| x.abs() < 0.5), "{falls:?}");
    let by_two = falls.iter().filter(|&&(_, ulps)| ulps == 2).count();
    let by_one = falls.iter().filter(|&&(_, ulps)| ulps == 1).count();
    assert_eq!((by_one, by_two), (19, 6), "{falls:?}");
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
