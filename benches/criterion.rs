//! `cargo bench` runs constnet's criterion suite from here.
//!
//! The suite (`benches/criterion/`) is a package of its own, so that
//! `cargo test`, `cargo run --example` and every user of the library build
//! without criterion and its dependencies. This program, which needs
//! nothing but `std`, builds and runs that package with the same cargo,
//! passing on any filter: `cargo bench -- train_step` runs one group.
//! criterion's HTML report lands in `target/criterion/`.

use std::env;
use std::path::Path;
use std::process::{exit, Command};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // cargo passes `--bench` to every benchmark program; the rest are the
    // user's filters and options, meant for criterion.
    let filters: Vec<String> = env::args().skip(1).filter(|a| a != "--bench").collect();
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .arg("bench")
        .arg("--manifest-path")
        .arg(root.join("benches/criterion/Cargo.toml"))
        .arg("--")
        .args(&filters)
        // A target directory of its own: the outer `cargo bench` holds the
        // lock on the root one while this runs.
        .env("CARGO_TARGET_DIR", root.join("target/criterion-suite"))
        .env("CRITERION_HOME", root.join("target/criterion"))
        .status()
        .unwrap_or_else(|e| {
            eprintln!("could not start cargo to run the criterion suite: {e}");
            exit(1)
        });
    exit(status.code().unwrap_or(1));
}
