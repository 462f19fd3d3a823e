//! `PyFloat` against the text Python itself prints.
//!
//! Every expected string here was printed by `repr(float)` in Python 3.11.7
//! for the same `f64`; the table `data/pyfloat_repr.txt` was written by
//! `data/pyfloat_repr.py`, which also checks that numpy 2.4.6's
//! `str(np.float64(x))` prints the same.

use constnet::numpy::PyFloat;

fn py(x: f64) -> String {
    PyFloat(x).to_string()
}

/// Whole numbers and zeros keep `.0`, where Rust's `{}` prints `1`.
#[test]
fn whole_numbers_and_zeros_end_in_point_zero() {
    assert_eq!(py(0.0), "0.0");
    assert_eq!(py(-0.0), "-0.0");
    assert_eq!(py(1.0), "1.0");
    assert_eq!(py(100.0), "100.0");
    assert_eq!(py(-3.0), "-3.0");
    assert_eq!(py(9007199254740992.0), "9007199254740992.0");
    assert_eq!(py(1e15), "1000000000000000.0");
    assert_eq!(format!("{}", 1.0), "1", "Rust's own text, which differs");
}

/// The upper threshold: the largest float below 1e16 is positional, 1e16
/// itself and everything above take the exponent form with a `+` sign.
#[test]
fn from_1e16_up_the_exponent_form_is_used() {
    assert_eq!(py(9999999999999998.0), "9999999999999998.0");
    assert_eq!(py(1e16), "1e+16");
    assert_eq!(py(-1e16), "-1e+16");
    assert_eq!(py(123456789012345680.0), "1.2345678901234568e+17");
    assert_eq!(py(1e22), "1e+22");
    assert_eq!(py(1e100), "1e+100");
    assert_eq!(py(f64::MAX), "1.7976931348623157e+308");
}

/// The lower threshold: 1e-4 is positional, anything smaller takes the
/// exponent form, whose exponent has at least two digits.
#[test]
fn below_1e_minus_4_the_exponent_form_is_used() {
    assert_eq!(py(1e-4), "0.0001");
    assert_eq!(py(-1e-4), "-0.0001");
    assert_eq!(py(0.00012345), "0.00012345");
    assert_eq!(py(9.999999999999999e-5), "9.999999999999999e-05");
    assert_eq!(py(9.9e-5), "9.9e-05");
    assert_eq!(py(1e-5), "1e-05");
    assert_eq!(py(1.5e-7), "1.5e-07");
    assert_eq!(py(-1e-7), "-1e-07");
    assert_eq!(py(f64::MIN_POSITIVE), "2.2250738585072014e-308");
    assert_eq!(py(5e-324), "5e-324");
}

/// Positional values between the thresholds carry the shortest digits that
/// read back as the same float.
#[test]
fn positional_values_have_the_shortest_round_trip_digits() {
    assert_eq!(py(0.1), "0.1");
    assert_eq!(py(1.0 / 3.0), "0.3333333333333333");
    assert_eq!(py(-2.5), "-2.5");
    assert_eq!(py(123.456), "123.456");
    assert_eq!(py(1.0000091298568936), "1.0000091298568936");
    assert_eq!(py(0.1 + 0.2), "0.30000000000000004");
}

/// When two equally short digit strings are equally near the exact value,
/// Python takes the one ending in an even digit; Rust's `{}` rounds up.
/// 1615274176887919.25 is exact (the spacing of floats there is 0.25), and
/// 17 digits are the fewest that read back. Between 2^50 and 2^51 every
/// float ending in .25 or .75 is such a tie: both write .8 for .75, but for
/// .25 Python writes .2 and Rust .3.
#[test]
fn ties_between_equally_short_digits_go_to_the_even_digit() {
    let tie = 1615274176887919.0 + 0.25;
    assert_eq!(py(tie), "1615274176887919.2");
    assert_eq!(format!("{tie}"), "1615274176887919.3", "Rust's own text");
    assert_eq!(py(1125899906842624.0 + 0.75), "1125899906842624.8");
    assert_eq!(py(-(2251799813685247.0 + 0.25)), "-2251799813685247.2");
    for k in 0..1000 {
        let whole = 1125899906842624.0 + 1000.0 * f64::from(k);
        assert_eq!(py(whole + 0.25), format!("{}.2", whole as u64));
        assert_eq!(py(whole + 0.75), format!("{}.8", whole as u64));
    }
}

/// The two powers of two whose exact value is a tie between equally short
/// digits. Below a power of two the floats lie twice as close, so the lower
/// digits read back only if near enough: for 2^-25 they do and Python takes
/// them (even), for 2^-24 they do not and Python takes the upper (odd).
#[test]
fn power_of_two_ties_take_the_lower_digits_only_where_they_read_back() {
    let (x24, x25) = (1.0 / 16_777_216.0, 1.0 / 33_554_432.0);
    assert_eq!(py(x24), "5.960464477539063e-08");
    assert_eq!(py(x25), "2.9802322387695312e-08");
    assert_eq!(format!("{x25:e}"), "2.9802322387695313e-8", "Rust's own");
    assert_ne!("5.960464477539062e-08".parse::<f64>(), Ok(x24));
}

/// `nan` and the infinities as Python and numpy spell them.
#[test]
fn nan_and_infinities_are_spelled_as_in_python() {
    assert_eq!(py(f64::NAN), "nan");
    assert_eq!(py(-f64::NAN), "nan");
    assert_eq!(py(f64::INFINITY), "inf");
    assert_eq!(py(f64::NEG_INFINITY), "-inf");
}

/// The format string's width, fill, precision and `#` flag change nothing,
/// as the docs say.
#[test]
fn format_options_are_ignored() {
    assert_eq!(format!("{:>12}", PyFloat(1.0)), "1.0");
    assert_eq!(format!("{:*<12.2}", PyFloat(0.1)), "0.1");
    assert_eq!(format!("{:#}", PyFloat(1e-5)), "1e-05");
}

/// Every line of the committed table, 4614 floats from all over the line
/// and every power of two,
/// prints exactly as Python printed it.
#[test]
fn every_float_in_the_python_table_prints_as_python_printed_it() {
    let table = include_str!("data/pyfloat_repr.txt");
    let mut checked = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let (hex, expected) = line.split_once(' ').unwrap();
        let x = f64::from_bits(u64::from_str_radix(hex, 16).unwrap());
        assert_eq!(py(x), expected, "bits {hex}");
        checked += 1;
    }
    assert_eq!(checked, 4614);
}
