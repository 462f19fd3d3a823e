//! `constnet::sqrt`, written with `core` alone, gives the same bits as
//! `std`'s `f64::sqrt` (which IEEE 754 requires to be correctly rounded).

mod common;

use common::two_pow;
use constnet::{sqrt, Mt19937};

fn assert_same_bits_as_std(x: f64) {
    assert_eq!(
        sqrt(x).to_bits(),
        x.sqrt().to_bits(),
        "sqrt({x:e}) = {:e}, std says {:e}",
        sqrt(x),
        x.sqrt()
    );
}

#[test]
fn special_values_follow_ieee_754() {
    assert_eq!(sqrt(0.0).to_bits(), 0.0_f64.to_bits());
    assert_eq!(sqrt(-0.0).to_bits(), (-0.0_f64).to_bits());
    assert_eq!(sqrt(f64::INFINITY), f64::INFINITY);
    for x in [f64::NAN, -f64::MIN_POSITIVE, -1.0, f64::NEG_INFINITY] {
        assert!(sqrt(x).is_nan(), "sqrt({x}) should be NaN");
    }
}

#[test]
fn perfect_squares_are_exact() {
    for n in 1..=10_000_u32 {
        let root = f64::from(n);
        assert_eq!(sqrt(root * root), root, "sqrt({n}²)");
    }
}

#[test]
fn the_xavier_and_he_bounds_match_std() {
    for fans in 1..=4096_u32 {
        assert_same_bits_as_std(6.0 / f64::from(fans));
    }
}

#[test]
fn extremes_and_subnormals_match_std() {
    let extremes = [
        f64::MIN_POSITIVE,
        f64::MIN_POSITIVE * (1.0 - f64::EPSILON),
        f64::from_bits(1),
        f64::from_bits(2),
        f64::from_bits(3),
        f64::from_bits((1 << 52) - 1),
        f64::MAX,
        1.0 - f64::EPSILON / 2.0,
        1.0 + f64::EPSILON,
        2.0,
        3.0,
    ];
    for x in extremes {
        assert_same_bits_as_std(x);
    }
    // From the bit patterns: `2.0_f64.powi(k)` is 0 below k = -1023, so it
    // cannot reach the subnormal powers.
    for k in -1074..1024 {
        let x = two_pow(k);
        assert!(x > 0.0 && x.is_finite(), "2^{k}");
        assert_same_bits_as_std(x);
    }
}

#[test]
fn random_bit_patterns_match_std() {
    let mut rng = Mt19937::new(2024);
    let mut tested = 0;
    while tested < 200_000 {
        let bits = (u64::from(rng.next_u32()) << 32) | u64::from(rng.next_u32());
        let x = f64::from_bits(bits & !(1 << 63));
        if x.is_finite() {
            assert_same_bits_as_std(x);
            tested += 1;
        }
    }
}

#[test]
fn random_numbers_near_one_match_std() {
    let mut rng = Mt19937::new(7);
    for _ in 0..200_000 {
        assert_same_bits_as_std(0.5 + 4.0 * rng.next_f64());
    }
}
