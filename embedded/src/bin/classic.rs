//! The classic experiment on a Cortex-M core: the three classic runs, printed
//! to the host's standard output exactly as the numpy program prints them
//! (`embedded/run` diffs the output against `tests/data/classic_*.txt`), then
//! the stack high-water mark of the whole program to standard error.
#![no_std]
#![no_main]

use constnet::{ClassicExperiment, Init};
use constnet_firmware::{exit, stack, Host};
use core::fmt::Write;
use core::hint::black_box;
use cortex_m_rt::entry;

#[entry]
fn main() -> ! {
    let mut stdout = Host::stdout();
    let starts = [
        Init::Zeros,
        Init::Constant(2.0),
        Init::Uniform {
            low: -1.0,
            high: 1.0,
        },
    ];
    for init in starts {
        // black_box: the start is treated as unknown, so the compiler
        // cannot precompute any part of the run.
        let Ok(run) = ClassicExperiment::run(black_box(init)) else {
            exit(false)
        };
        if write!(stdout, "{run}").is_err() {
            exit(false);
        }
    }
    let mut stderr = Host::stderr();
    stderr.write(b"stack high-water mark: ");
    stderr.write_decimal(stack::high_water_mark() as u32);
    stderr.write(b" bytes\n");
    exit(true)
}
