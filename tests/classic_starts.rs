//! The classic experiment from starts other than the post's three, against
//! what numpy prints for them.
//!
//! Each `data/classic_<name>.txt` below was printed by
//! `python3 examples/classic.py <start>` (Python 3.11.7, numpy 2.4.6, x86_64
//! Linux), the command given with each test. numpy's overflow warnings for
//! the large starts went to stderr and are not part of the text. The starts
//! reach the parts of the printing the canonical three do not: errors that
//! are whole numbers (`Error:1.0`), weights that never move, negative
//! weights, and arrays numpy prints in scientific notation. Each start is
//! run once, in its own test.

use constnet::{ClassicExperiment, Init};

fn printed(init: Init) -> String {
    ClassicExperiment::run(init).unwrap().to_string()
}

fn uniform(low: f64, high: f64) -> Init {
    Init::Uniform { low, high }
}

/// `constant 50`: every unit saturates, the outputs are exactly 1, and the
/// error is the whole number 1, printed `1.0`.
#[test]
fn constant_50_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_constant_50.txt");
    assert_eq!(printed(Init::Constant(50.0)), expected);
}

/// `constant -3`: negative weights that train.
#[test]
fn constant_minus_3_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_constant_minus_3.txt");
    assert_eq!(printed(Init::Constant(-3.0)), expected);
}

/// `constant 1000`: saturated from the first step, the weights stay put.
#[test]
fn constant_1000_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_constant_1000.txt");
    assert_eq!(printed(Init::Constant(1000.0)), expected);
}

/// `constant -1000`: `exp` overflows to infinity in the hidden layer, whose
/// outputs are then exactly 0.
#[test]
fn constant_minus_1000_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_constant_minus_1000.txt");
    assert_eq!(printed(Init::Constant(-1000.0)), expected);
}

/// `uniform -0.001 0.001`: a nearly constant start, whose units end nearly
/// but not exactly alike.
#[test]
fn narrow_uniform_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_uniform_0_001.txt");
    assert_eq!(printed(uniform(-0.001, 0.001)), expected);
}

/// `uniform -100 100`.
#[test]
fn uniform_100_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_uniform_100.txt");
    assert_eq!(printed(uniform(-100.0, 100.0)), expected);
}

/// `uniform -1e6 1e6`: positional weights up to six integer digits.
#[test]
fn uniform_1e6_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_uniform_1e6.txt");
    assert_eq!(printed(uniform(-1e6, 1e6)), expected);
}

/// `uniform -1e9 1e9`: weights of at least 1e8, which numpy prints in
/// scientific notation.
#[test]
fn uniform_1e9_prints_the_numpy_output_byte_for_byte() {
    let expected = include_str!("data/classic_uniform_1e9.txt");
    assert_eq!(printed(uniform(-1e9, 1e9)), expected);
}
