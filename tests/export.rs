//! Weight export (`TwoLayer::rust_const`): every weight reads back to the
//! same bits, and a printed item compiles to them. (That the firmware runs
//! exactly the exported network is `tests/firmware.rs`.)
//!
//! After a deliberate change to the printer, run these tests with
//! `CONSTNET_BLESS=1` to rewrite `tests/data/special_const.rs`, then review
//! the diff.

mod common;

use common::{check_or_bless, SplitMix};
use constnet::{Matrix, TwoLayer};

/// A random `f64` bit pattern. One in four is forced to be subnormal and
/// one in eight to have the largest finite exponent, so both ends of the
/// range are covered far more often than uniform bits would manage; the
/// rest are uniform bits, NaNs and infinities included.
fn random_bits(rng: &mut SplitMix) -> u64 {
    let bits = rng.next_u64();
    match rng.next_u64() % 8 {
        0 | 1 => bits & 0x800f_ffff_ffff_ffff,
        2 => (bits & 0x800f_ffff_ffff_ffff) | 0x7fe0_0000_0000_0000,
        _ => bits,
    }
}

/// The weight literals of a printed item, in order: `W1` row by row, then
/// `W2` row by row.
fn literals(item: &str) -> Vec<&str> {
    let (_, body) = item
        .split_once("= constnet::TwoLayer::from_weights(")
        .expect("the item calls from_weights");
    body.split(|c: char| "[](),;".contains(c) || c.is_whitespace())
        .filter(|token| !token.is_empty() && *token != "constnet::Matrix::new")
        .collect()
}

/// The weights of `net` in the order `literals` returns them.
fn weights<const I: usize, const H: usize, const O: usize>(net: &TwoLayer<I, H, O>) -> Vec<f64> {
    let w1 = net.w1().rows().iter().flatten();
    let w2 = net.w2().rows().iter().flatten();
    w1.chain(w2).copied().collect()
}

/// Checks that `literal`, as printed for `x`, denotes `x` bit for bit (NaN:
/// `f64::NAN`), and that it is a float literal rustc types as `f64` (an
/// integer literal such as `2` would not compile where an `f64` is
/// expected).
fn assert_denotes(literal: &str, x: f64) {
    if x.is_nan() {
        assert_eq!(literal, "f64::NAN");
    } else if x == f64::INFINITY {
        assert_eq!(literal, "f64::INFINITY");
    } else if x == f64::NEG_INFINITY {
        assert_eq!(literal, "f64::NEG_INFINITY");
    } else {
        let digits = literal.strip_prefix('-').unwrap_or(literal);
        assert!(
            digits.contains(['.', 'e'])
                && digits
                    .chars()
                    .all(|c| c.is_ascii_digit() || ".e-".contains(c)),
            "{literal} is not a float literal"
        );
        let back: f64 = literal.parse().unwrap();
        assert_eq!(
            back.to_bits(),
            x.to_bits(),
            "{literal} does not read back as {x:?}"
        );
    }
}

fn assert_round_trip<const I: usize, const H: usize, const O: usize>(net: &TwoLayer<I, H, O>) {
    let item = net.rust_const("NET").to_string();
    assert!(item.starts_with(&format!(
        "pub const NET: constnet::TwoLayer<{I}, {H}, {O}> = constnet::TwoLayer::from_weights(\n"
    )));
    assert!(item.ends_with("\n);"));
    let printed = literals(&item);
    let expected = weights(net);
    assert_eq!(printed.len(), expected.len());
    for (literal, x) in printed.into_iter().zip(expected) {
        assert_denotes(literal, x);
    }
}

#[test]
fn random_bit_patterns_read_back_bit_for_bit() {
    let mut rng = SplitMix(2024);
    for _ in 0..2_000 {
        let w1 = Matrix::<5, 8>::from_fn(|_, _| f64::from_bits(random_bits(&mut rng)));
        let w2 = Matrix::<8, 3>::from_fn(|_, _| f64::from_bits(random_bits(&mut rng)));
        assert_round_trip(&TwoLayer::from_weights(w1, w2));
    }
}

/// 24 values where a careless printer goes wrong: both zeros, the
/// subnormal extremes, the normal and finite extremes, values with 17
/// significant digits, NaNs of any sign and payload, both infinities.
fn special() -> [f64; 24] {
    [
        0.0,
        -0.0,
        f64::from_bits(1), // 5e-324, the smallest subnormal
        -f64::from_bits(1),
        f64::from_bits(0x000f_ffff_ffff_ffff), // the largest subnormal
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        1.0 / 3.0,
        0.1,
        1e16,
        2.0,
        -1.5,
        1e-300,
        0.1 + 0.2, // 0.30000000000000004
        -1.0 / 7.0,
        9_007_199_254_740_992.0, // 2^53
        f64::NAN,
        f64::from_bits(0xfff8_0000_0000_0000), // -NaN
        f64::from_bits(0x7ff0_0000_0000_0001), // a signalling NaN with a payload
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::from_bits(0x7fef_ffff_ffff_fffe), // just below f64::MAX
    ]
}

fn special_network() -> TwoLayer<4, 4, 2> {
    let special = special();
    TwoLayer::from_weights(
        Matrix::from_fn(|r, c| special[4 * r + c]),
        Matrix::from_fn(|r, c| special[16 + 2 * r + c]),
    )
}

#[test]
fn special_values_read_back_bit_for_bit() {
    assert_round_trip(&special_network());
    let item = special_network().rust_const("SPECIAL").to_string();
    let printed = literals(&item);
    assert_eq!(&printed[..3], ["0.0", "-0.0", "5e-324"]);
    assert_eq!(printed[6], "1.7976931348623157e308");
    assert_eq!(
        &printed[18..23],
        [
            "f64::NAN",
            "f64::NAN",
            "f64::NAN",
            "f64::INFINITY",
            "f64::NEG_INFINITY"
        ]
    );
}

/// The committed paste of `special_network()`, compiled here by rustc.
mod special {
    include!("data/special_const.rs");
}

#[test]
fn a_printed_item_compiles_to_the_same_bits() {
    let path = "tests/data/special_const.rs";
    let item = format!("{}\n", special_network().rust_const("SPECIAL"));
    check_or_bless(path, include_str!("data/special_const.rs"), &item);
    for (compiled, x) in weights(&special::SPECIAL)
        .into_iter()
        .zip(weights(&special_network()))
    {
        if x.is_nan() {
            assert_eq!(compiled.to_bits(), f64::NAN.to_bits());
        } else {
            assert_eq!(compiled.to_bits(), x.to_bits(), "{x:?}");
        }
    }
}

#[test]
fn rust_const_writes_each_row_on_its_own_line_and_handles_empty_shapes() {
    let net =
        TwoLayer::<1, 2, 1>::from_weights(Matrix::new([[1.0, -2.0]]), Matrix::new([[0.5], [0.25]]));
    assert_eq!(
        net.rust_const("N").to_string(),
        "pub const N: constnet::TwoLayer<1, 2, 1> = constnet::TwoLayer::from_weights(\n    \
         constnet::Matrix::new([\n        [1.0, -2.0],\n    ]),\n    \
         constnet::Matrix::new([\n        [0.5],\n        [0.25],\n    ]),\n);"
    );
    let empty = TwoLayer::<0, 2, 1>::from_weights(Matrix::new([]), Matrix::new([[0.0], [0.0]]));
    assert!(empty
        .rust_const("E")
        .to_string()
        .contains("(\n    constnet::Matrix::new([]),\n    constnet::Matrix::new([\n"));
}
