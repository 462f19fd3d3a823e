//! The classic experiment, reproduced byte for byte.
//!
//! The expected text is what the numpy program prints for each run. It lives
//! in `tests/data/classic_*.txt`, one file per run, because the firmware check
//! (`embedded/run`) diffs what each Cortex-M core prints against the same
//! three files. These tests run in debug and in release builds (`.ci/run`
//! runs both).

use constnet::{ClassicExperiment, Init};

const ZEROS: &str = include_str!("data/classic_zeros.txt");
const TWOS: &str = include_str!("data/classic_constant_2.txt");
const UNIFORM: &str = include_str!("data/classic_uniform.txt");

fn printed(init: Init) -> String {
    ClassicExperiment::run(init).unwrap().to_string()
}

#[test]
fn zero_init_prints_the_numpy_output_byte_for_byte() {
    assert_eq!(printed(Init::Zeros), ZEROS);
}

#[test]
fn constant_two_init_prints_the_numpy_output_byte_for_byte() {
    assert_eq!(printed(Init::Constant(2.0)), TWOS);
}

#[test]
fn uniform_seed_1_init_prints_the_numpy_output_byte_for_byte() {
    let uniform = Init::Uniform {
        low: -1.0,
        high: 1.0,
    };
    assert_eq!(printed(uniform), UNIFORM);
}

/// Guards the shared files themselves: each is one run's whole output,
/// fourteen lines (six errors, the heading, three rows of `W1`, four of
/// `W2`) ending in exactly one newline, so that the firmware's three runs
/// printed back to back are the three files concatenated.
#[test]
fn each_expected_file_is_one_run_of_fourteen_lines() {
    for text in [ZEROS, TWOS, UNIFORM] {
        assert_eq!(text.lines().count(), 14);
        assert!(text.ends_with("]]\n") && !text.ends_with("\n\n"));
        assert!(text.starts_with("Error:"));
    }
}
