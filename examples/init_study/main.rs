//! The initialization study: five ways to start the weights, twenty seeds,
//! two tasks, one table and one picture.
//!
//! Run with `cargo run --release --example init_study`, optionally followed
//! by `-- path/to/picture.svg` (the default is `target/init_study.svg`).
//!
//! For every scheme and every seed from 1 to 20 it trains
//!
//! * the 3-4-1 network of the classic experiment on its data, 60000 steps at
//!   learning rate 1. Its targets 2 and 3 lie outside the sigmoid's range
//!   (0, 1), so no network can bring the mean |E| below 0.75, and most runs
//!   stall at 1.0;
//! * a 2-4-1 network on XOR, 10000 steps at learning rate 1: a task the
//!   network can learn, so it shows what symmetry costs.
//!
//! Then it prints a Markdown table (ready for the README) and draws one
//! panel per scheme: the error against the step, and the output weight of
//! each hidden unit against the step, for seed 1.

#[path = "../shared/median.rs"]
mod median;
#[path = "../shared/plot.rs"]
mod plot;
mod study;
mod svg;

use constnet::Init;
use median::median;
use std::error::Error;
use std::time::Instant;
use study::{run_seeds, Outcome, Scheme, Task, CLASSIC_DATA, HIDDEN, SCHEMES, SEEDS, XOR};

/// The seed whose training the picture shows (the classic experiment's own).
const PICTURE_SEED: u32 = 1;

/// What the picture needs from one run: the error and each hidden unit's
/// output weight `W2[(h, 0)]`, after `step` steps, at steps spaced evenly on
/// a log scale.
struct Trace {
    steps: Vec<usize>,
    errors: Vec<f64>,
    unit_weights: Vec<[f64; HIDDEN]>,
    distinct_units_at_end: usize,
}

impl<const N: usize, const I: usize> Task<N, I> {
    /// Trains step by step, recording the error and the hidden units'
    /// output weights after every step up to 20, then every 5% more steps
    /// (about 47 records per decade: even spacing on the log axis).
    fn trace(&self, init: Init, seed: u32) -> Trace {
        let mut net = self.network(init, seed);
        let mut trace = Trace {
            steps: Vec::new(),
            errors: Vec::new(),
            unit_weights: Vec::new(),
            distinct_units_at_end: 0,
        };
        let mut next_record = 1.0;
        for step in 1..=self.steps {
            net.train_step(&self.inputs, &self.targets, self.learning_rate);
            if step as f64 >= next_record || step == self.steps {
                trace.steps.push(step);
                trace.errors.push(net.error(&self.inputs, &self.targets));
                trace
                    .unit_weights
                    .push(core::array::from_fn(|h| net.w2()[(h, 0)]));
                next_record = step as f64 * 1.05;
            }
        }
        trace.distinct_units_at_end = net.distinct_hidden_units(0.0);
        trace
    }
}

/// One row of the table: a scheme on a task, over all seeds.
struct Row {
    scheme: &'static str,
    task: &'static str,
    outcomes: Vec<Outcome>,
}

impl Row {
    /// The Markdown table header, matching [`Row::markdown`].
    const HEADER: &'static str = "\
| scheme | task | median error | worst error | best error | distinct units: median | min | all outputs on the right side of 0.5 |
|---|---|---|---|---|---|---|---|";

    /// The row as a Markdown table line.
    fn markdown(&self) -> String {
        let errors: Vec<f64> = self.outcomes.iter().map(|o| o.final_error).collect();
        let units: Vec<f64> = self
            .outcomes
            .iter()
            .map(|o| o.distinct_units as f64)
            .collect();
        let worst = errors.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let best = errors.iter().copied().fold(f64::INFINITY, f64::min);
        let fewest = self.outcomes.iter().map(|o| o.distinct_units).min();
        let solved = self.outcomes.iter().filter(|o| o.solved).count();
        format!(
            "| {} | {} | {:.4} | {:.4} | {:.4} | {} | {} | {}/{} |",
            self.scheme,
            self.task,
            median(&errors),
            worst,
            best,
            median(&units),
            fewest.unwrap_or(0),
            solved,
            self.outcomes.len()
        )
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let picture_path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/init_study.svg".to_string());
    let started = Instant::now();
    let mut rows = Vec::new();
    let mut panels = Vec::new();
    for scheme in &SCHEMES {
        let scheme_started = Instant::now();
        let (classic_outcomes, xor_outcomes) = run_seeds(scheme.init)?;
        rows.push(Row {
            scheme: scheme.name,
            task: CLASSIC_DATA.name,
            outcomes: classic_outcomes,
        });
        rows.push(Row {
            scheme: scheme.name,
            task: XOR.name,
            outcomes: xor_outcomes,
        });
        panels.push(svg::Panel {
            scheme,
            xor: XOR.trace(scheme.init, PICTURE_SEED),
            classic_data: CLASSIC_DATA.trace(scheme.init, PICTURE_SEED),
        });
        println!(
            "{:>15}: {} seeds x ({}, {} steps + {}, {} steps) in {:.2} s",
            scheme.name,
            SEEDS.count(),
            CLASSIC_DATA.name,
            CLASSIC_DATA.steps,
            XOR.name,
            XOR.steps,
            scheme_started.elapsed().as_secs_f64()
        );
    }

    println!();
    println!("{}", Row::HEADER);
    for row in &rows {
        println!("{}", row.markdown());
    }
    println!();
    std::fs::write(&picture_path, svg::render(&panels))?;
    println!(
        "wrote {picture_path}; {:.2} s in all",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
