//! What most embedded users ship: a trained network as a `const` in flash
//! and one forward pass. The network is the one the classic experiment trains
//! from its uniform start, exported on the host with
//! `TwoLayer::rust_const` (`src/trained.rs`). The program runs it on the
//! classic inputs and prints every hidden activation and output as the 16 hex
//! digits of its bit pattern, one sample a line; `embedded/run` diffs that
//! against `tests/data/inference_uniform.txt`, which `tests/export.rs`
//! checks against the host's own forward pass. No `core::fmt` is linked.
#![no_std]
#![no_main]

use constnet::ClassicExperiment;
use constnet_firmware::{exit, hex, Host};
use core::hint::black_box;
use cortex_m_rt::entry;

include!("../trained.rs");

/// Writes `label` and the bit patterns of `row` as one line. Each piece
/// goes to the host as it is made: a line buffer would be copied and
/// zeroed with `memcpy` and `memset`, whose general versions in
/// compiler-builtins cost about 950 bytes of flash here.
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
    // black_box: the network and the inputs are read from flash at run
    // time, as sensor data would be, instead of the compiler evaluating
    // the whole pass at build time.
    let net = black_box(&TRAINED);
    let (a1, a2) = net.forward(black_box(&ClassicExperiment::INPUTS));
    let mut stdout = Host::stdout();
    for row in a1.rows() {
        line(&mut stdout, b"A1", row);
    }
    for row in a2.rows() {
        line(&mut stdout, b"A2", row);
    }
    exit(true)
}
