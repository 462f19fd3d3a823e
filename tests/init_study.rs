//! The `init_study` table's claims, checked on the example's own runs.
//!
//! The study's code is the example's own file, so the two cannot drift.
//! The constant schemes draw no random numbers, so one run per task stands
//! for all 20 seeds once the test has shown that every seed builds the same
//! network. XOR is cheap enough to run for every seed in a debug build; the
//! 60 random runs of 60000 steps on the classic data are not (about 90 s
//! unoptimized), so that test runs in release builds only, where it takes
//! about a second: `.ci/run` runs `cargo test --release`, and a debug run
//! lists it as ignored, with that reason.

// The test reads the study's runs, not the labels the table and the
// picture print.
#[allow(dead_code)]
#[path = "../examples/init_study/study.rs"]
mod study;

use constnet::Init;
use std::thread;
use study::{Outcome, CLASSIC_DATA, SCHEMES, SEEDS, XOR};

/// The scheme of the example's table called `name`.
fn scheme(name: &str) -> Init {
    SCHEMES
        .iter()
        .find(|scheme| scheme.name == name)
        .unwrap_or_else(|| panic!("the study has no scheme {name:?}"))
        .init
}

const CONSTANT: [&str; 2] = ["Zeros", "Constant(2.0)"];
const RANDOM: [&str; 3] = ["Uniform [-1, 1)", "Xavier", "He"];

/// The study's XOR runs of `init` for every seed, one thread per seed.
fn xor_for_every_seed(init: Init) -> Vec<Outcome> {
    thread::scope(|scope| {
        let runs: Vec<_> = SEEDS
            .map(|seed| scope.spawn(move || XOR.run(init, seed).unwrap()))
            .collect();
        runs.into_iter().map(|run| run.join().unwrap()).collect()
    })
}

#[test]
fn the_table_has_the_five_schemes_and_twenty_seeds() {
    let names: Vec<&str> = SCHEMES.iter().map(|scheme| scheme.name).collect();
    assert_eq!(names, [CONSTANT.as_slice(), RANDOM.as_slice()].concat());
    assert_eq!(SEEDS.count(), 20);
}

/// "Constant starts stay one unit ... for every seed (the seed changes
/// nothing: they draw no random numbers) ... they never solve XOR", with
/// the errors of the table.
#[test]
fn constant_starts_stay_one_unit_and_solve_nothing_whatever_the_seed() {
    for (name, classic_error, xor_error) in [("Zeros", 1.0, 0.5), ("Constant(2.0)", 1.0, 0.4915)] {
        let init = scheme(name);
        for seed in SEEDS {
            assert_eq!(XOR.network(init, seed), XOR.network(init, 1), "{name}");
            let classic = CLASSIC_DATA.network(init, seed);
            assert_eq!(classic, CLASSIC_DATA.network(init, 1), "{name}");
        }
        let classic = CLASSIC_DATA.run(init, 1).unwrap();
        let xor = XOR.run(init, 1).unwrap();
        for (task, outcome, error) in [("classic", classic, classic_error), ("XOR", xor, xor_error)]
        {
            assert_eq!(outcome.distinct_units, 1, "{name} on {task}");
            assert!(!outcome.solved, "{name} on {task}");
            assert!(
                (outcome.final_error - error).abs() < 5e-5,
                "{name} on {task}: {}",
                outcome.final_error
            );
        }
    }
}

/// "Every random start solves XOR ... keep four distinct units and solve
/// XOR for all 20 seeds, with errors between 0.014 and 0.027."
#[test]
fn every_random_start_solves_xor_for_all_twenty_seeds() {
    for name in RANDOM {
        let outcomes = xor_for_every_seed(scheme(name));
        assert_eq!(outcomes.len(), 20);
        for (seed, outcome) in SEEDS.zip(&outcomes) {
            assert!(outcome.solved, "{name}, seed {seed}");
            assert_eq!(outcome.distinct_units, 4, "{name}, seed {seed}");
            // To the README's three decimals (the best, 0.01396, is 0.014).
            let error = (outcome.final_error * 1000.0).round() / 1000.0;
            assert!(
                (0.014..=0.027).contains(&error),
                "{name}, seed {seed}: {}",
                outcome.final_error
            );
        }
    }
}

/// "No network gets below 0.75, and most runs, random or not, stall at
/// 1.0 ... A few random starts (3, 3 and 6 of 20) separate the fourth
/// sample and end at 0.7512", each with four distinct units. (0.7512 is
/// the best of them; the others end a little above, up to 0.7530.)
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "60 runs of 60000 steps take about 90 s unoptimized: run in release (`.ci/run` does)"
)]
fn a_few_random_starts_separate_the_classic_data_3_3_and_6_of_20() {
    let mut solved_counts = Vec::new();
    for name in RANDOM {
        let (classic, _) = study::run_seeds(scheme(name)).unwrap();
        let mut stalled = 0;
        for (seed, outcome) in SEEDS.zip(&classic) {
            assert_eq!(outcome.distinct_units, 4, "{name}, seed {seed}");
            let error = outcome.final_error;
            assert!(error >= 0.75, "{name}, seed {seed}: {error}");
            if outcome.solved {
                // Measured: from 0.75116 (He, seed 12) to 0.75298 (He, seed 16).
                assert!(
                    (0.7511..0.7530).contains(&error),
                    "{name}, seed {seed}: {error}"
                );
            } else if (error - 1.0).abs() < 5e-5 {
                stalled += 1;
            }
        }
        assert!(stalled > 10, "{name}: {stalled} of 20 stalled at 1.0");
        solved_counts.push(classic.iter().filter(|outcome| outcome.solved).count());
    }
    assert_eq!(solved_counts, [3, 3, 6]);
}
