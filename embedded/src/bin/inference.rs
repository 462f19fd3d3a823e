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
use constnet_firmware::{exit, Host};
use core::hint::black_box;
use cortex_m_rt::entry;

include!("../trained.rs");

#[entry]
fn main() -> ! {
    // black_box: the network and the inputs are read from flash at run
    // time, as sensor data would be, instead of the compiler evaluating
    // the whole pass at build time.
    let net = black_box(&TRAINED);
    let (a1, a2) = net.forward(black_box(&ClassicExperiment::INPUTS));
    let mut stdout = Host::stdout();
    for row in a1.rows() {
        stdout.write_bits(b"A1", row);
    }
    for row in a2.rows() {
        stdout.write_bits(b"A2", row);
    }
    exit(true)
}
