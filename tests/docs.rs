//! The docs agree with themselves and with the code: the reading order is
//! the same in the crate docs, the README and `network.rs`, and covers
//! every file in `src/`; and the README's first example prints what the
//! README says it prints.

use constnet::{Init, Matrix, Mt19937, TwoLayer};

const LIB: &str = include_str!("../src/lib.rs");
const README: &str = include_str!("../README.md");
const NETWORK: &str = include_str!("../src/network.rs");

/// The text of `text` between the first `start` and the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("no {end:?}"));
    &text[from..to]
}

/// The file names in backticks (`` `name.rs` ``), in the order they appear.
fn files_named(text: &str) -> Vec<&str> {
    text.split('`')
        .filter(|word| word.ends_with(".rs"))
        .collect()
}

#[test]
fn the_reading_order_is_the_same_everywhere_and_covers_every_source_file() {
    let in_lib = files_named(between(LIB, "//! # Reading order", "#![no_std]"));
    let in_readme = files_named(between(
        README,
        "**Learning why initialization matters.**",
        "Then run",
    ));
    assert_eq!(in_lib, in_readme);

    let mut listed = in_lib.clone();
    listed.sort_unstable();
    let mut present: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
        .expect("src/")
        .map(|entry| {
            entry
                .expect("a file")
                .file_name()
                .into_string()
                .expect("UTF-8")
        })
        .collect();
    present.sort_unstable();
    assert_eq!(listed, present, "every file in src/ is listed once");

    let place = in_lib
        .iter()
        .position(|&f| f == "network.rs")
        .expect("listed");
    let said = format!(
        "comes after\n//! `{}` and before `{}`.",
        in_lib[place - 1],
        in_lib[place + 1]
    );
    assert!(NETWORK.contains(&said), "network.rs should say: {said}");
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
        README.contains(&format!("`rust-version` in `Cargo.toml` ({declared})")),
        "README should name rust-version {declared}"
    );
}
