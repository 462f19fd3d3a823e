//! The inference firmware without the network: it prints the same lines
//! from the expected bit patterns, stored as plain data. Everything else
//! (start-up, vector table, semihosting, hex printing) is the same, so the
//! flash the inference firmware takes beyond this one is what the network
//! costs: constnet's code and tables, the weights and inputs, and the
//! floating-point routines they need. `embedded/run` diffs its output
//! against the same file as the inference firmware's.
#![no_std]
#![no_main]

use constnet_firmware::{exit, hex, Host};
use core::hint::black_box;
use cortex_m_rt::entry;

/// The bit patterns the inference firmware computes: A1 (4 x 4), then A2
/// (4 x 1), as in `tests/data/inference_uniform.txt`.
const A1: [[u64; 4]; 4] = [
    [
        0x3fdd9dc1e9f136bd,
        0x3fee8a9b0fa1931c,
        0x3fc0aa92affdb752,
        0x3fee45eafc325918,
    ],
    [
        0x3fdee4ffb0fc653e,
        0x3fefb58fe89052af,
        0x3f97ea52634bab34,
        0x3feee4bd0663cf0e,
    ],
    [
        0x3fdfab56278ee9e5,
        0x3fee0d99542e38e0,
        0x3fc92a4bf3684e7b,
        0x3fede14370846d83,
    ],
    [
        0x3fdd6c01f2cc68eb,
        0x3feec7ae79baa795,
        0x3fac0cad68b045f1,
        0x3fecee15d52a8f31,
    ],
];
const A2: [[u64; 1]; 4] = [
    [0x3feffff53063d808],
    [0x3feffff87550c452],
    [0x3feffff3c77dc489],
    [0x3feffff2b637d345],
];

/// The inference firmware's `line`, on bit patterns.
fn line(out: &mut Host, label: &[u8], row: &[u64]) {
    out.write(label);
    for &bits in row {
        out.write(b" ");
        out.write(&hex(bits));
    }
    out.write(b"\n");
}

#[entry]
fn main() -> ! {
    let (a1, a2) = black_box((&A1, &A2));
    let mut stdout = Host::stdout();
    for row in a1 {
        line(&mut stdout, b"A1", row);
    }
    for row in a2 {
        line(&mut stdout, b"A2", row);
    }
    exit(true)
}
