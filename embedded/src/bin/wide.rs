//! A network beyond a toy, trained on the core: 16-32-4 on 8 samples,
//! everything in RAM (the weights, the batch and the step) and within the
//! micro:bit's 16 KiB.
//!
//! The data and the starting weights are drawn from `Mt19937::new(SEED)`:
//! inputs uniform in `[-1, 1)` (8 x 16), targets uniform in `[0, 1)`
//! (8 x 4), then the network uniform in `[-1, 1)`. The program takes
//! `STEPS` steps of `train_step` at learning rate 0.5 and prints, as the
//! 16 hex digits of each bit pattern, every step's error and then the final
//! `W1` (16 rows of 32) and `W2` (32 rows of 4), one row a line.
//! `embedded/run` diffs that against `tests/data/wide_16_32_4.txt`, which
//! `tests/wide.rs` checks against the same run on the host. On standard
//! error it prints the most stack one `train_step` used and the program's
//! stack high-water mark. No `core::fmt` is linked.
#![no_std]
#![no_main]

use constnet::{Init, Matrix, Mt19937, TwoLayer};
use constnet_firmware::{exit, hex, stack, Host};
use core::hint::black_box;
use cortex_m_rt::entry;

/// The seed of the generator that draws the data and the starting weights
/// (`tests/wide.rs` uses the same).
const SEED: u32 = 17;
/// How many steps the program trains.
const STEPS: usize = 10;
/// The learning rate of every step.
const LEARNING_RATE: f64 = 0.5;

/// The batch, the network and the error of its last step.
struct Training {
    x: Matrix<8, 16>,
    y: Matrix<8, 4>,
    net: TwoLayer<16, 32, 4>,
    error: f64,
}

/// Draws the batch and the starting network. Never inlined: the
/// generator's 2.5 KiB of state lives in this function's frame, which is
/// gone before training starts.
#[inline(never)]
fn start() -> Training {
    let mut rng = Mt19937::new(black_box(SEED));
    let x = Init::Uniform {
        low: -1.0,
        high: 1.0,
    }
    .matrix(&mut rng);
    let y = Init::Uniform {
        low: 0.0,
        high: 1.0,
    }
    .matrix(&mut rng);
    let net = TwoLayer::new(
        Init::Uniform {
            low: -1.0,
            high: 1.0,
        },
        &mut rng,
    );
    Training {
        x,
        y,
        net,
        error: 0.0,
    }
}

/// One step; a function of its own so that `stack::used_by` can measure it.
#[inline(never)]
fn step(training: &mut Training) {
    training.error = training
        .net
        .train_step(&training.x, &training.y, black_box(LEARNING_RATE));
}

/// Writes `label` and the bit patterns of `row` as one line.
fn line(out: &mut Host, label: &[u8], row: &[f64]) {
    out.write(label);
    for x in row {
        out.write(b" ");
        out.write(&hex(x.to_bits()));
    }
    out.write(b"\n");
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
        line(&mut stdout, b"error", &[training.error]);
    }
    for row in training.net.w1().rows() {
        line(&mut stdout, b"W1", row);
    }
    for row in training.net.w2().rows() {
        line(&mut stdout, b"W2", row);
    }
    let mut stderr = Host::stderr();
    stderr.write(b"train_step stack: ");
    stderr.write_decimal(step_stack as u32);
    stderr.write(b" bytes\nstack high-water mark: ");
    stderr.write_decimal(stack::high_water_mark() as u32);
    stderr.write(b" bytes\n");
    exit(true)
}
