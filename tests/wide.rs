//! The firmware's larger training run, on the host: a 16-32-4 network
//! trained on 8 samples (the batch `X[n][i] = ((7n + 3i) mod 16) / 8 - 1`,
//! `Y[n][o] = ((5n + 3o) mod 8 + 0.5) / 8`, the weights uniform in `[-1, 1)`
//! from `Mt19937::new(17)`), exactly as `embedded/src/bin/wide.rs` trains it on
//! each Cortex-M core. `tests/data/wide_16_32_4.txt` holds the bits that
//! firmware must print (`embedded/run` diffs its output against the file);
//! this test fails if the file is not what the host computes now.
//!
//! After a deliberate change to the library's arithmetic, run it with
//! `CONSTNET_BLESS=1` to rewrite the file, then review the diff.

mod common;

use constnet::{Init, Matrix, Mt19937, TwoLayer};
use std::sync::OnceLock;

/// The firmware's constants: the generator's seed, the number of steps and
/// the learning rate.
const SEED: u32 = 17;
const STEPS: usize = 10;
const LEARNING_RATE: f64 = 0.5;

/// The text the firmware prints: the error of every step, then the final
/// `W1` and `W2` row by row. Computed once for the whole test binary.
fn host_run() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(train)
}

/// The run itself, as the firmware trains it.
fn train() -> String {
    let x: Matrix<8, 16> = Matrix::from_fn(|n, i| ((7 * n + 3 * i) % 16) as f64 / 8.0 - 1.0);
    let y: Matrix<8, 4> = Matrix::from_fn(|n, o| (((5 * n + 3 * o) % 8) as f64 + 0.5) / 8.0);
    let mut net: TwoLayer<16, 32, 4> = TwoLayer::new(
        Init::Uniform {
            low: -1.0,
            high: 1.0,
        },
        &mut Mt19937::new(SEED),
    );
    let mut out = String::new();
    for _ in 0..STEPS {
        let error = net.train_step(&x, &y, LEARNING_RATE);
        common::hex_line(&mut out, "error", &[error]);
    }
    for row in net.w1().rows() {
        common::hex_line(&mut out, "W1", row);
    }
    for row in net.w2().rows() {
        common::hex_line(&mut out, "W2", row);
    }
    out
}

#[test]
fn the_wide_firmware_file_holds_the_hosts_bits() {
    common::check_or_bless(
        "tests/data/wide_16_32_4.txt",
        include_str!("data/wide_16_32_4.txt"),
        host_run(),
    );
}

#[test]
fn the_wide_run_learns() {
    let text = host_run();
    let errors: Vec<f64> = text
        .lines()
        .filter_map(|l| l.strip_prefix("error "))
        .map(|h| f64::from_bits(u64::from_str_radix(h, 16).unwrap()))
        .collect();
    assert_eq!(errors.len(), STEPS);
    assert!(errors[STEPS - 1] < errors[0], "{errors:?}");
}
