//! The README says what the code does: its first example prints what the
//! README shows, and the minimum Rust it names is Cargo.toml's.

use constnet::{Init, Matrix, Mt19937, TwoLayer};

const README: &str = include_str!("../README.md");

/// The text of `text` between the first `start` and the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("no {end:?}"));
    &text[from..to]
}

/// The README's XOR example, line for line, and the text it says it prints.
#[test]
fn the_readme_xor_example_prints_what_the_readme_shows() {
    let x = Matrix::new([
        [0.0, 0.0, 1.0],
        [0.0, 1.0, 1.0],
        [1.0, 0.0, 1.0],
        [1.0, 1.0, 1.0],
    ]);
    let y = Matrix::new([[0.0], [1.0], [1.0], [0.0]]);
    let mut rng = Mt19937::new(1);
    let mut random: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Xavier, &mut rng);
    let mut constant: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Constant(0.5), &mut rng);
    for _ in 0..5_000 {
        random.train_step(&x, &y, 1.0);
        constant.train_step(&x, &y, 1.0);
    }
    let mut printed = String::new();
    for (name, net) in [("random", &random), ("constant", &constant)] {
        let predictions = net.predict(&x).column(0);
        let error = net.error(&x, &y);
        let units = net.distinct_hidden_units(0.0);
        printed += &format!("{name:>8} start: error {error:.3}, predictions {predictions:.3?}, {units} distinct hidden units\n");
    }
    assert_eq!(printed, between(README, "It prints:\n\n```text\n", "```"));
}

/// The README names the minimum Rust that `Cargo.toml` declares (and that
/// `.ci/run` builds the library with).
#[test]
fn the_readme_names_the_declared_minimum_rust() {
    let declared = between(include_str!("../Cargo.toml"), "rust-version = \"", "\"");
    assert!(
        README.contains(&format!("Rust {declared} or later")),
        "README should name rust-version {declared}"
    );
}
