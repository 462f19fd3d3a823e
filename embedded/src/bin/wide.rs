//! A network beyond a toy, trained on the core: 16-32-4 on 8 samples,
//! within the micro:bit's 16 KiB of RAM.
//!
//! The network and the step live in RAM; the batch is a `const` in flash,
//! as a fixed calibration set would be (with the batch in RAM too, the
//! micro:bit's 16 KiB are about 700 bytes short: `docs/embedded.md`).
//! The inputs are `X[n][i] = ((7n + 3i) mod 16) / 8 - 1` (8 x 16, in
//! `[-1, 1)`), the targets `Y[n][o] = ((5n + 3o) mod 8 + 0.5) / 8` (8 x 4,
//! in `(0, 1)`), all exact in binary. The starting weights are uniform in
//! `[-1, 1)` from `Mt19937::new(SEED)`. The program takes `STEPS` steps of
//! `train_step` at learning rate 0.5 and prints, as the 16 hex digits of
//! each bit pattern, every step's error and then the final `W1` (16 rows of
//! 32) and `W2` (32 rows of 4), one row a line. `embedded/run` diffs that
//! against `tests/data/wide_16_32_4.txt`, which `tests/wide.rs` checks
//! against the same run on the host. On standard error it prints the most
//! stack one `train_step` used and the program's stack high-water mark.
//! No `core::fmt` is linked.
#![no_std]
#![no_main]

use constnet::{Init, Matrix, TwoLayer};
use constnet_firmware::{exit, stack, Host};
use core::hint::black_box;
use cortex_m_rt::entry;

/// The seed of the generator that draws the starting weights
/// (`tests/wide.rs` uses the same).
const SEED: u32 = 17;
/// How many steps the program trains.
const STEPS: usize = 10;
/// The learning rate of every step.
const LEARNING_RATE: f64 = 0.5;

/// The inputs, `X[n][i] = ((7n + 3i) mod 16) / 8 - 1`.
const X: Matrix<8, 16> = {
    let mut rows = [[0.0; 16]; 8];
    let mut n = 0;
    while n < 8 {
        let mut i = 0;
        while i < 16 {
            rows[n][i] = ((7 * n + 3 * i) % 16) as f64 / 8.0 - 1.0;
            i += 1;
        }
        n += 1;
    }
    Matrix::new(rows)
};

/// The targets, `Y[n][o] = ((5n + 3o) mod 8 + 0.5) / 8`.
const Y: Matrix<8, 4> = {
    let mut rows = [[0.0; 4]; 8];
    let mut n = 0;
    while n < 8 {
        let mut o = 0;
        while o < 4 {
            rows[n][o] = (((5 * n + 3 * o) % 8) as f64 + 0.5) / 8.0;
            o += 1;
        }
        n += 1;
    }
    Matrix::new(rows)
};

/// The network and the error of its last step.
struct Training {
    net: TwoLayer<16, 32, 4>,
    error: f64,
}

/// The starting network. `TwoLayer::from_seed` is never inlined, so the
/// generator's 2.5 KiB of state are gone before training starts.
fn start() -> Training {
    let uniform = Init::Uniform {
        low: -1.0,
        high: 1.0,
    };
    let net = TwoLayer::from_seed(uniform, black_box(SEED));
    Training { net, error: 0.0 }
}

/// One step; a function of its own so that `stack::used_by` can measure it.
#[inline(never)]
fn step(training: &mut Training) {
    training.error =
        training
            .net
            .train_step(black_box(&X), black_box(&Y), black_box(LEARNING_RATE));
}

#[entry]
fn main() -> ! {
    let mut training = start();
    let mut stdout = Host::stdout();
    let mut step_stack = 0;
    for _ in 0..STEPS {
        let Some(used) = stack::used_by(step, &mut training) else {
            exit(false)
        };
        step_stack = step_stack.max(used);
        stdout.write_bits(b"error", &[training.error]);
    }
    for row in training.net.w1().rows() {
        stdout.write_bits(b"W1", row);
    }
    for row in training.net.w2().rows() {
        stdout.write_bits(b"W2", row);
    }
    let mut stderr = Host::stderr();
    stderr.write(b"train_step stack: ");
    stderr.write_decimal(step_stack as u32);
    stderr.write(b" bytes\nstack high-water mark: ");
    stderr.write_decimal(stack::high_water_mark() as u32);
    stderr.write(b" bytes\n");
    exit(true)
}
