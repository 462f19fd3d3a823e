//! The firmware runs exactly the network the host exports, and must print
//! exactly the host's bits. This test lives in the repository only: the
//! firmware (`embedded/`) is a package of its own, so the published crate
//! carries neither it nor this file (Cargo.toml's `include`).
//!
//! Two files are compared with what the host computes now, so that neither
//! can silently go stale:
//!
//! * `embedded/src/trained.rs`, the `const` network the inference firmware
//!   is built with, must be exactly what `rust_const` prints for the network
//!   the classic experiment trains from its uniform start;
//! * `tests/data/inference_uniform.txt`, the bits that firmware must print
//!   (`embedded/run` diffs its output against this file), must be the bits of
//!   the host's own forward pass.
//!
//! After a deliberate change to the library's arithmetic, run these tests
//! with `CONSTNET_BLESS=1` to rewrite the files, then review the diff.

mod common;
mod runs;

use common::{check_or_bless, hex_line};
use constnet::{ClassicExperiment, TwoLayer};

/// The network the classic experiment trains from its uniform start: the one
/// the inference firmware runs.
fn trained() -> TwoLayer<3, 4, 1> {
    runs::uniform().network
}

/// The firmware's paste, compiled here too.
mod firmware {
    include!("../embedded/src/trained.rs");
}

#[test]
fn the_inference_firmware_runs_the_exported_network() {
    let net = trained();
    // The file is comment lines, then exactly what rust_const prints.
    let file = include_str!("../embedded/src/trained.rs");
    let comment: String = file
        .lines()
        .take_while(|l| l.starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    let expected = format!("{comment}{}\n", net.rust_const("TRAINED"));
    check_or_bless("embedded/src/trained.rs", file, &expected);
    assert_eq!(firmware::TRAINED, net);
}

/// What the inference firmware prints: the forward pass of the trained
/// network on the seed inputs, every `f64` as its 16 hex digits, one sample
/// a line: first the hidden activations `A1`, then the outputs `A2`.
fn inference_text(net: &TwoLayer<3, 4, 1>) -> String {
    let (a1, a2) = net.forward(&ClassicExperiment::INPUTS);
    let mut text = String::new();
    for row in a1.rows() {
        hex_line(&mut text, "A1", row);
    }
    for row in a2.rows() {
        hex_line(&mut text, "A2", row);
    }
    text
}

#[test]
fn the_inference_firmware_expects_the_hosts_bits() {
    let text = inference_text(&trained());
    check_or_bless(
        "tests/data/inference_uniform.txt",
        include_str!("data/inference_uniform.txt"),
        &text,
    );
}
