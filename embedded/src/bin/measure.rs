//! Measurements for `docs/embedded.md`, printed one per line as
//! `name value unit`:
//!
//! * the stack that `train_step`, `train`, `forward` and `Display` use at
//!   the classic size 3-4-1, found by painting (`stack::used_by`);
//! * the instructions one `train_step` and one `forward` execute. Run under
//!   QEMU with `-icount shift=0`, where virtual time advances by exactly
//!   1 ns per executed instruction, so the SysTick timer counts
//!   instructions, not real time. Its rate is calibrated against a loop of
//!   exactly 1,000,000 instructions; the result is instructions, never
//!   cycles (QEMU models no pipeline, caches or wait states).
//!
//! `embedded/run` runs it on each core and prints the table.
#![no_std]
#![no_main]

use constnet::{ClassicExperiment, Init, Matrix, Mt19937, TrainOptions, TwoLayer};
use constnet_firmware::{exit, stack, Host};
use core::arch::asm;
use core::fmt::Write;
use core::hint::black_box;
use cortex_m::peripheral::{syst::SystClkSource, SYST};
use cortex_m_rt::entry;

include!("../trained.rs");

type Net = TwoLayer<3, 4, 1>;
const X: Matrix<4, 3> = ClassicExperiment::INPUTS;
const Y: Matrix<4, 1> = ClassicExperiment::TARGETS;

/// The measured calls. Each is a function of its own, called through a
/// pointer, so that it is measured as a caller would call it. `black_box`
/// keeps the compiler from precomputing anything from the constants.
#[inline(never)]
fn one_train_step(net: &mut Net) {
    black_box(net.train_step(black_box(&X), black_box(&Y), black_box(1.0)));
}

#[inline(never)]
fn one_forward(net: &mut Net) {
    black_box(net.forward(black_box(&X)));
}

/// A short checked run, reporting like the classic experiment does.
#[inline(never)]
fn short_train(net: &mut Net) {
    let options = TrainOptions::new(black_box(100), 1.0).report_every(10);
    let summary = net.train(black_box(&X), black_box(&Y), options, |report| {
        black_box(report);
    });
    if summary.is_err() {
        exit(false);
    }
}

/// The uniform run's result as `ClassicExperiment` holds it: its six errors
/// (the printed shortest digits read back to the same `f64`s) and the
/// trained network. Its `Display` must print `tests/data/classic_uniform.txt`.
const UNIFORM_RUN: ClassicExperiment = ClassicExperiment {
    errors: [
        1.238336180889141,
        1.000013644482838,
        1.0000065935176998,
        1.000004298352329,
        1.00000316963188,
        1.0000025012664797,
    ],
    network: TRAINED,
};

/// A `fmt::Write` that compares what it is given with the expected text
/// instead of sending it anywhere, so that `Display` is measured alone.
struct Compare {
    expected: &'static [u8],
    matched: usize,
    ok: bool,
}

impl Write for Compare {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.matched + s.len();
        self.ok &= self.expected.get(self.matched..end) == Some(s.as_bytes());
        self.matched = end;
        Ok(())
    }
}

#[inline(never)]
fn display(run: &mut ClassicExperiment) {
    let mut sink = Compare {
        expected: include_bytes!("../../../tests/data/classic_uniform.txt"),
        matched: 0,
        ok: true,
    };
    let printed = write!(sink, "{run}");
    if printed.is_err() || !sink.ok || sink.matched != sink.expected.len() {
        exit(false);
    }
}

/// Exactly `2 * n` instructions: `n` times a subtract and a branch.
#[inline(always)]
fn spin(n: u32) {
    // SAFETY: a register-only countdown loop; it touches no memory and no
    // stack.
    unsafe {
        asm!(
            "2:",
            "subs {n}, #1",
            "bne 2b",
            n = inout(reg) n => _,
            options(nomem, nostack),
        );
    }
}

/// SysTick ticks elapsed while `f` runs (the timer counts down from
/// 2^24 - 1 and is never let wrap: every measured span is far shorter).
fn ticks(f: impl FnOnce()) -> u64 {
    let start = SYST::get_current();
    f();
    let end = SYST::get_current();
    u64::from(start.wrapping_sub(end) & 0x00ff_ffff)
}

/// How many calls each instruction count averages over.
const CALLS: u64 = 100;

fn report(out: &mut Host, name: &str, value: u64, unit: &str) {
    if writeln!(out, "{name} {value} {unit}").is_err() {
        exit(false);
    }
}

#[entry]
fn main() -> ! {
    let mut out = Host::stdout();
    let start = || {
        TwoLayer::new(
            Init::Uniform {
                low: -1.0,
                high: 1.0,
            },
            &mut Mt19937::new(1),
        )
    };

    // Stack, by painting.
    let mut net = start();
    let mut run = UNIFORM_RUN;
    let measured = [
        ("stack_train_step", stack::used_by(one_train_step, &mut net)),
        ("stack_train", stack::used_by(short_train, &mut net)),
        ("stack_forward", stack::used_by(one_forward, &mut net)),
        ("stack_display", stack::used_by(display, &mut run)),
    ];
    for (name, bytes) in measured {
        let Some(bytes) = bytes else { exit(false) };
        report(&mut out, name, bytes as u64, "bytes");
    }

    // Instructions, by SysTick under -icount.
    let Some(peripherals) = cortex_m::Peripherals::take() else {
        exit(false)
    };
    let mut syst = peripherals.SYST;
    syst.set_clock_source(SystClkSource::Core);
    syst.set_reload(0x00ff_ffff);
    syst.clear_current();
    syst.enable_counter();

    const CALIBRATION: u64 = 1_000_000;
    let empty = ticks(|| {});
    let calibration = ticks(|| spin(black_box(CALIBRATION as u32 / 2))) - empty;
    if calibration == 0 {
        exit(false);
    }
    report(
        &mut out,
        "calibration_ticks",
        calibration,
        "ticks/1000000 instructions",
    );
    // instructions = ticks * CALIBRATION / calibration, rounded, per call.
    let per_call =
        |t: u64| ((t - empty) * CALIBRATION + calibration * CALLS / 2) / (calibration * CALLS);

    let step: fn(&mut Net) = black_box(one_train_step);
    let mut net = start();
    let t = ticks(|| {
        for _ in 0..CALLS {
            step(&mut net);
        }
    });
    report(
        &mut out,
        "instructions_train_step",
        per_call(t),
        "instructions",
    );

    let forward: fn(&mut Net) = black_box(one_forward);
    let mut net = TRAINED;
    let t = ticks(|| {
        for _ in 0..CALLS {
            forward(&mut net);
        }
    });
    report(
        &mut out,
        "instructions_forward",
        per_call(t),
        "instructions",
    );

    exit(true)
}
