//! `Display` for `Matrix` against the exact text numpy 2.x prints.
//!
//! Every expected string below was printed by `print(np.array(...))` with
//! numpy's default options, for the same `float64` values.

use constnet::Matrix;

/// Zeros keep their decimal point: `0.`.
#[test]
fn zero_matrix_prints_like_numpy() {
    let m = Matrix::<2, 3>::zeros();
    let expected = "\
[[0. 0. 0.]
 [0. 0. 0.]]";
    assert_eq!(format!("{m}"), expected);
}

/// W1 after training the classic experiment from weights all 2: the first row needs
/// only 7 fractional digits, so it gets a trailing space to line up.
#[test]
fn classic_weights_from_constant_init_print_like_numpy() {
    let rows = [2.0085157039908745, 2.022056825651833, 2.0395385672468356];
    let m = Matrix::<3, 4>::from_fn(|r, _| rows[r]);
    let expected = "\
[[2.0085157  2.0085157  2.0085157  2.0085157 ]
 [2.02205683 2.02205683 2.02205683 2.02205683]
 [2.03953857 2.03953857 2.03953857 2.03953857]]";
    assert_eq!(format!("{m}"), expected);
}

/// W1 after training the classic experiment from uniform weights, seed 1.
#[test]
fn mixed_signs_pad_positives_with_a_space() {
    let m = Matrix::new([
        [
            0.08581782584523821,
            1.080393975673392,
            -1.1653604413527312,
            0.2739606244267598,
        ],
        [
            -0.485848436598718,
            0.29602971620264124,
            -0.8613682318183555,
            0.5446974416984484,
        ],
        [
            0.24509318847692033,
            2.235002840509108,
            -0.541231598555184,
            2.2367339331877782,
        ],
    ]);
    let expected = "\
[[ 0.08581783  1.08039398 -1.16536044  0.27396062]
 [-0.48584844  0.29602972 -0.86136823  0.54469744]
 [ 0.24509319  2.23500284 -0.5412316   2.23673393]]";
    assert_eq!(format!("{m}"), expected);
}

/// W2 after training the classic experiment from uniform weights, seed 1.
#[test]
fn one_column_prints_one_element_per_row() {
    let m = Matrix::new([
        [1.2373112287942052],
        [6.408889631931222],
        [0.09966753413379818],
        [5.785416424154056],
    ]);
    let expected = "\
[[1.23731123]
 [6.40888963]
 [0.09966753]
 [5.78541642]]";
    assert_eq!(format!("{m}"), expected);
}

/// Shortest digits that read back as the value, capped at 8 decimals.
#[test]
fn shortest_round_trip_digits_are_printed() {
    let m = Matrix::new([
        [0.1, 0.2, 0.30000000000000004],
        [0.3333333333333333, 0.6666666666666666, 0.7],
    ]);
    let expected = "\
[[0.1        0.2        0.3       ]
 [0.33333333 0.66666667 0.7       ]]";
    assert_eq!(format!("{m}"), expected);
}

/// 0.001953125 and 0.005859375 are exact binary values halfway between two
/// 8-decimal numbers; numpy rounds them to the even digit.
#[test]
fn exact_binary_ties_round_half_to_even() {
    let m = Matrix::new([[0.001953125, 0.005859375, 0.5]]);
    let expected = "[[0.00195312 0.00585938 0.5       ]]";
    assert_eq!(format!("{m}"), expected);
}

/// These look like decimal ties but are not: their exact binary values lie
/// just above or below, and that decides the rounding.
#[test]
fn eighth_decimal_is_rounded_from_the_exact_binary_value() {
    let m = Matrix::new([[0.123456785, 0.123456775, 0.123456795]]);
    let expected = "[[0.12345678 0.12345678 0.12345679]]";
    assert_eq!(format!("{m}"), expected);
}

/// A value below 1e-4 puts the whole matrix in scientific notation.
#[test]
fn tiny_values_switch_to_scientific_like_numpy() {
    let m = Matrix::new([[1e-5, 1.23456789e-5, -3e-7]]);
    let expected = "[[ 1.00000000e-05  1.23456789e-05 -3.00000000e-07]]";
    assert_eq!(format!("{m}"), expected);
}

/// A value of 1e8 or more puts the whole matrix in scientific notation.
#[test]
fn huge_values_switch_to_scientific_like_numpy() {
    let m = Matrix::new([[1e8, -1.5e10]]);
    let expected = "[[ 1.0e+08 -1.5e+10]]";
    assert_eq!(format!("{m}"), expected);
}

/// Largest over smallest nonzero magnitude above 1000: scientific.
#[test]
fn magnitude_ratio_above_1000_switches_to_scientific() {
    let m = Matrix::new([[1.0, 1000.5]]);
    let expected = "[[1.0000e+00 1.0005e+03]]";
    assert_eq!(format!("{m}"), expected);
}

/// A ratio of exactly 1000 is not above 1000: positional.
#[test]
fn magnitude_ratio_of_exactly_1000_stays_positional() {
    let m = Matrix::new([[0.001, 1.0]]);
    let expected = "[[0.001 1.   ]]";
    assert_eq!(format!("{m}"), expected);
}

/// Zeros do not count for the notation, but follow it: `0.e+00`.
#[test]
fn zeros_beside_tiny_values_print_in_scientific() {
    let m = Matrix::new([[0.0, 1e-5], [-0.0, 2e-5]]);
    let expected = "\
[[ 0.e+00  1.e-05]
 [-0.e+00  2.e-05]]";
    assert_eq!(format!("{m}"), expected);
}

/// `-0.0` prints as `-0.`, and the positive zero gets a leading space.
#[test]
fn negative_zero_keeps_its_sign() {
    let m = Matrix::new([[-0.0, 0.0]]);
    let expected = "[[-0.  0.]]";
    assert_eq!(format!("{m}"), expected);
}

/// `nan`, `inf` and `-inf` right-align in the common width.
#[test]
fn nan_and_inf_are_padded_to_the_common_width() {
    let m = Matrix::new([
        [f64::NAN, f64::NEG_INFINITY, 0.5],
        [f64::INFINITY, 1.25, -2.0],
    ]);
    let expected = "\
[[  nan  -inf  0.5 ]
 [  inf  1.25 -2.  ]]";
    assert_eq!(format!("{m}"), expected);
}

/// With no finite element the width is that of `nan` or `-inf`.
#[test]
fn non_finite_values_alone_print_at_their_own_width() {
    let m = Matrix::new([[f64::NAN, f64::INFINITY], [f64::NEG_INFINITY, f64::NAN]]);
    let expected = "\
[[ nan  inf]
 [-inf  nan]]";
    assert_eq!(format!("{m}"), expected);
}

/// One exponent of 100 or more gives every exponent three digits.
#[test]
fn three_digit_exponents_widen_every_exponent() {
    let m = Matrix::new([[1e-100, 1.0, 1e5]]);
    let expected = "[[1.e-100 1.e+000 1.e+005]]";
    assert_eq!(format!("{m}"), expected);
}

/// A short mantissa gets the digits of its exact value, not zeros; they
/// differ only for a subnormal such as 5e-324.
#[test]
fn subnormal_mantissas_are_widened_with_exact_digits() {
    let m = Matrix::new([[5e-324, 1.23456789]]);
    let expected = "[[4.94065646e-324 1.23456789e+000]]";
    assert_eq!(format!("{m}"), expected);
}

/// A 1 x 30 row continues on indented lines.
#[test]
fn wide_rows_wrap_at_75_columns_like_numpy() {
    let m = Matrix::<1, 30>::from_fn(|_, c| c as f64 * 1.1);
    let expected = "\
[[ 0.   1.1  2.2  3.3  4.4  5.5  6.6  7.7  8.8  9.9 11.  12.1 13.2 14.3
  15.4 16.5 17.6 18.7 19.8 20.9 22.  23.1 24.2 25.3 26.4 27.5 28.6 29.7
  30.8 31.9]]";
    assert_eq!(format!("{m}"), expected);
}

/// The 18th element ends at column 73, the last one allowed; the 19th wraps.
#[test]
fn rows_fill_exactly_to_column_73_before_wrapping() {
    let m = Matrix::<1, 19>::from_fn(|_, c| (c % 10) as f64 + 0.5);
    let expected = "\
[[0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5 8.5 9.5 0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5
  8.5]]";
    assert_eq!(format!("{m}"), expected);
}

/// Each wrapped line ends without the padding of its last element.
#[test]
fn a_wrapped_line_drops_the_trailing_padding() {
    let m = Matrix::<1, 12>::from_fn(|_, c| if c == 5 { 0.5 } else { 1.0 / (c + 3) as f64 });
    let expected = "\
[[0.33333333 0.25       0.2        0.16666667 0.14285714 0.5
  0.11111111 0.1        0.09090909 0.08333333 0.07692308 0.07142857]]";
    assert_eq!(format!("{m}"), expected);
}

/// Wrapping applies row by row.
#[test]
fn every_row_of_a_wide_matrix_wraps_the_same_way() {
    let m = Matrix::<3, 9>::from_fn(|r, c| 1.0 / (r * 9 + c + 1) as f64);
    let expected = "\
[[1.         0.5        0.33333333 0.25       0.2        0.16666667
  0.14285714 0.125      0.11111111]
 [0.1        0.09090909 0.08333333 0.07692308 0.07142857 0.06666667
  0.0625     0.05882353 0.05555556]
 [0.05263158 0.05       0.04761905 0.04545455 0.04347826 0.04166667
  0.04       0.03846154 0.03703704]]";
    assert_eq!(format!("{m}"), expected);
}

/// Over 1000 elements: only the first and last 3 rows and columns.
#[test]
fn large_matrix_is_summarized_with_ellipsis() {
    let m = Matrix::<40, 40>::from_fn(|r, c| (40 * r + c) as f64);
    let expected = "\
[[0.000e+00 1.000e+00 2.000e+00 ... 3.700e+01 3.800e+01 3.900e+01]
 [4.000e+01 4.100e+01 4.200e+01 ... 7.700e+01 7.800e+01 7.900e+01]
 [8.000e+01 8.100e+01 8.200e+01 ... 1.170e+02 1.180e+02 1.190e+02]
 ...
 [1.480e+03 1.481e+03 1.482e+03 ... 1.517e+03 1.518e+03 1.519e+03]
 [1.520e+03 1.521e+03 1.522e+03 ... 1.557e+03 1.558e+03 1.559e+03]
 [1.560e+03 1.561e+03 1.562e+03 ... 1.597e+03 1.598e+03 1.599e+03]]";
    assert_eq!(format!("{m}"), expected);
}

/// The 64 x 128 case, with a positional layout.
#[test]
fn summarized_64_by_128_matrix_prints_like_numpy() {
    let m = Matrix::<64, 128>::from_fn(|r, c| 1.0 / (r + c + 1) as f64);
    let expected = "\
[[1.         0.5        0.33333333 ... 0.00793651 0.00787402 0.0078125 ]
 [0.5        0.33333333 0.25       ... 0.00787402 0.0078125  0.00775194]
 [0.33333333 0.25       0.2        ... 0.0078125  0.00775194 0.00769231]
 ...
 [0.01612903 0.01587302 0.015625   ... 0.00534759 0.00531915 0.00529101]
 [0.01587302 0.015625   0.01538462 ... 0.00531915 0.00529101 0.00526316]
 [0.015625   0.01538462 0.01515152 ... 0.00529101 0.00526316 0.0052356 ]]";
    assert_eq!(format!("{m}"), expected);
}

/// The huge element sits in the elided middle, so it changes nothing.
#[test]
fn hidden_elements_do_not_affect_the_widths() {
    let m = Matrix::<40, 40>::from_fn(|r, c| if (r, c) == (20, 20) { 1e20 } else { 0.5 });
    let expected = "\
[[0.5 0.5 0.5 ... 0.5 0.5 0.5]
 [0.5 0.5 0.5 ... 0.5 0.5 0.5]
 [0.5 0.5 0.5 ... 0.5 0.5 0.5]
 ...
 [0.5 0.5 0.5 ... 0.5 0.5 0.5]
 [0.5 0.5 0.5 ... 0.5 0.5 0.5]
 [0.5 0.5 0.5 ... 0.5 0.5 0.5]]";
    assert_eq!(format!("{m}"), expected);
}

/// A 1 x 2000 row keeps 3 elements at each end.
#[test]
fn long_single_row_is_summarized_across_columns() {
    let m = Matrix::<1, 2000>::from_fn(|_, c| c as f64 / 4.0);
    let expected = "[[0.0000e+00 2.5000e-01 5.0000e-01 ... 4.9925e+02 4.9950e+02 4.9975e+02]]";
    assert_eq!(format!("{m}"), expected);
}

/// A matrix with no elements prints as `[]`.
#[test]
fn empty_matrix_prints_empty_brackets() {
    let m = Matrix::<0, 3>::zeros();
    let expected = "[]";
    assert_eq!(format!("{m}"), expected);
}
