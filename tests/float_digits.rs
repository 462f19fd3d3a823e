//! `constnet::numpy::digits` against `core`'s own float formatting, which is
//! exact and the same on every platform: the shortest digits against
//! `{:e}`, `{}` and `{:?}`, the rounded ones against `{:.Ne}` and `{:.N}`,
//! on random bit patterns (10,000 of each kind in a debug build, 1,000,000
//! in release) and on the edge cases: zeros, subnormals, every power of
//! two, the powers of ten and their neighbours, `f64::MAX`,
//! `f64::MIN_POSITIVE`, `5e-324` and exact ties.

use constnet::numpy::digits::{Decimal, Shortest, MAX_DIGITS};

/// Random draws per test: few in a debug build, many in release.
const DRAWS: usize = if cfg!(debug_assertions) {
    10_000
} else {
    1_000_000
};

/// SplitMix64: a fixed, seeded stream of test inputs.
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A finite `f64` from a uniformly random bit pattern.
    fn finite(&mut self) -> f64 {
        loop {
            let x = f64::from_bits(self.next());
            if x.is_finite() {
                return x;
            }
        }
    }

    /// A random mantissa times `2^e` with `e` uniform in `lo..hi`, random sign.
    fn scaled(&mut self, lo: i32, hi: i32) -> f64 {
        let bits = self.next();
        let e = lo + (bits % (hi - lo) as u64) as i32;
        let m = (self.next() >> 11) as f64 / (1u64 << 53) as f64 + 0.5;
        let x = m * 2f64.powi(e);
        if bits >> 63 == 1 {
            -x
        } else {
            x
        }
    }
}

/// `d` as `core`'s `{:e}` writes it, or `{:.Ne}` with `N = count - 1` (the
/// digits padded with zeros to `count`), with the sign of `x`.
fn as_exp(x: f64, d: &Decimal, count: Option<usize>) -> String {
    let mut digits: Vec<u8> = d.digits().to_vec();
    if digits.is_empty() {
        digits.push(0);
    }
    if let Some(n) = count {
        digits.resize(n, 0);
    }
    let text: String = digits.iter().map(|&c| char::from(b'0' + c)).collect();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let mantissa = if text.len() > 1 {
        format!("{}.{}", &text[..1], &text[1..])
    } else {
        text
    };
    format!("{sign}{mantissa}e{}", d.exp())
}

/// `d` as `core`'s `{:.N}` writes it, `N = places`, with the sign of `x`.
fn as_fixed(x: f64, d: &Decimal, places: usize) -> String {
    let mut text = String::new();
    if x.is_sign_negative() {
        text.push('-');
    }
    // Digit of the place 10^p, for p from the top integer place down to -places.
    let digit = |p: i32| {
        let i = d.exp() - p;
        usize::try_from(i)
            .ok()
            .and_then(|i| d.digits().get(i))
            .map_or('0', |&c| char::from(b'0' + c))
    };
    for p in (0..=d.exp().max(0)).rev() {
        text.push(digit(p));
    }
    if places > 0 {
        text.push('.');
        for p in 1..=places as i32 {
            text.push(digit(-p));
        }
    }
    text
}

/// Compares every digit function with `core` on `x`.
fn check(x: f64) {
    let d = Decimal::shortest(x).unwrap();
    assert_eq!(
        as_exp(x, &d, None),
        format!("{x:e}"),
        "shortest of {x:e} ({:#x})",
        x.to_bits()
    );
    assert_eq!(format!("{}", Shortest(x)), format!("{x}"), "{{}} of {x:e}");
    assert_eq!(
        format!("{:?}", Shortest(x)),
        format!("{x:?}"),
        "{{:?}} of {x:e}"
    );
    for count in [1, 2, 8, 9, 16, 17] {
        let r = Decimal::significant(x, count).unwrap();
        let n = count - 1;
        assert_eq!(
            as_exp(x, &r, Some(count)),
            format!("{x:.n$e}"),
            "{count} digits of {x:e}"
        );
    }
}

/// Compares the fixed-point rounding with `core` on `x`, for every number
/// of places that fits.
fn check_fixed(x: f64) {
    for places in [0, 1, 3, 8, 12] {
        match Decimal::fraction(x, places as u32) {
            Some(r) => assert_eq!(
                as_fixed(x, &r, places),
                format!("{x:.places$}"),
                "{x:e} to {places}"
            ),
            None => {
                // Only when core's text has more than MAX_DIGITS significant digits.
                let text = format!("{:.places$}", x.abs());
                let significant = text
                    .trim_start_matches(['0', '.'])
                    .chars()
                    .filter(char::is_ascii_digit)
                    .count();
                assert!(
                    significant > MAX_DIGITS,
                    "{x:e} to {places}: refused, but core's {text} fits"
                );
            }
        }
    }
}

#[test]
fn shortest_and_rounded_digits_match_core_on_random_bit_patterns() {
    let mut draws = Draws(1);
    for _ in 0..DRAWS {
        check(draws.finite());
    }
}

#[test]
fn shortest_and_rounded_digits_match_core_on_random_values_of_every_size_that_prints_positionally()
{
    let mut draws = Draws(2);
    for _ in 0..DRAWS {
        check(draws.scaled(-60, 60));
    }
}

#[test]
fn fixed_point_rounding_matches_core_where_it_fits_and_refuses_where_it_does_not() {
    let mut draws = Draws(3);
    for _ in 0..DRAWS {
        check_fixed(draws.scaled(-40, 60));
    }
}

#[test]
fn edge_cases_match_core() {
    let mut xs = vec![
        0.0,
        -0.0,
        5e-324,
        -5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        0.1,
        0.3,
        1.0,
        1.5,
        2.5,
        9.5,
        1e16,
        1e-4,
        1e-5,
        1e21,
        1e22,
        1e23,
        123456789012345680.0,
        1_615_274_176_887_919.2, // the double 1615274176887919.25, a tie in shortest digits
        5.960464477539063e-08,
        f64::MIN_POSITIVE - 5e-324,
    ];
    // Every power of two.
    xs.extend((-1074..1024).map(|e| 2f64.powi(e)));
    // Powers of ten (as parsed) and their neighbours.
    for e in -323..=308 {
        let p: f64 = format!("1e{e}").parse().unwrap();
        xs.extend([
            p,
            f64::from_bits(p.to_bits() - 1),
            f64::from_bits(p.to_bits() + 1),
        ]);
    }
    // The smallest and the largest subnormals, and the first normals.
    xs.extend((1..3_000).map(f64::from_bits));
    xs.extend((0..500).map(|k| f64::from_bits((1 << 52) - 1 - k)));
    xs.extend((0..500).map(|k| f64::from_bits((1 << 52) + k)));
    for x in xs {
        check(x);
        check(-x);
        check_fixed(x);
    }
}

#[test]
fn exact_ties_round_to_the_even_digit_as_core_does() {
    // k + 1/2 to 0 places, k/8 to 2 places, and (k + 1/2)·2^-20 to 6
    // significant digits' neighbourhood: each is exactly halfway.
    for k in 0..2000 {
        let half = k as f64 + 0.5;
        check_fixed(half);
        check_fixed(k as f64 / 8.0);
        check(half);
        check(half / 1024.0);
    }
    let tie = Decimal::fraction(0.125, 2).unwrap();
    assert_eq!((tie.digits(), tie.exp()), (&[1, 2][..], -1));
    let tie = Decimal::fraction(0.375, 2).unwrap();
    assert_eq!((tie.digits(), tie.exp()), (&[3, 8][..], -1));
    assert_eq!(Decimal::fraction(0.5, 0), Decimal::shortest(0.0));
    let up = Decimal::fraction(1.5, 0).unwrap();
    assert_eq!((up.digits(), up.exp()), (&[2][..], 0));
}

#[test]
fn non_finite_values_and_bad_counts_give_none_and_print_as_core_does() {
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(Decimal::shortest(x), None);
        assert_eq!(Decimal::significant(x, 3), None);
        assert_eq!(Decimal::fraction(x, 3), None);
        assert_eq!(format!("{}", Shortest(x)), format!("{x}"));
        assert_eq!(format!("{:?}", Shortest(x)), format!("{x:?}"));
    }
    assert_eq!(Decimal::significant(1.0, 0), None);
    assert_eq!(Decimal::significant(1.0, MAX_DIGITS + 1), None);
    assert_eq!(Decimal::fraction(1e9, 9), None);
    assert!(Decimal::fraction(1e8 - 1.0, 9).is_some());
}
