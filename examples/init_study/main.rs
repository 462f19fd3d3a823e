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
mod svg;

use constnet::{ClassicExperiment, Init, Matrix, Mt19937, TrainOptions, TwoLayer};
use median::median;
use std::error::Error;
use std::ops::RangeInclusive;
use std::thread;
use std::time::Instant;

/// An initialization scheme, with the name and description the table and
/// the picture use.
struct Scheme {
    name: &'static str,
    description: &'static str,
    init: Init,
}

/// The schemes compared.
const SCHEMES: [Scheme; 5] = [
    Scheme {
        name: "Zeros",
        description: "every weight 0",
        init: Init::Zeros,
    },
    Scheme {
        name: "Constant(2.0)",
        description: "every weight 2",
        init: Init::Constant(2.0),
    },
    Scheme {
        name: "Uniform [-1, 1)",
        description: "every weight uniform in [-1, 1)",
        init: Init::Uniform {
            low: -1.0,
            high: 1.0,
        },
    },
    Scheme {
        name: "Xavier",
        description: "uniform in ±√(6 / (fan_in + fan_out)), per layer",
        init: Init::Xavier,
    },
    Scheme {
        name: "He",
        description: "uniform in ±√(6 / fan_in), per layer",
        init: Init::He,
    },
];

/// Every scheme is run once per seed (the seed only matters to the random
/// schemes: the constant ones give the same network every time).
const SEEDS: RangeInclusive<u32> = 1..=20;

/// The seed whose training the picture shows (the classic experiment's own).
const PICTURE_SEED: u32 = 1;

/// The number of hidden units in both networks.
const HIDDEN: usize = 4;

/// A training task: data, targets, and how long and how fast to train.
struct Task<const N: usize, const I: usize> {
    name: &'static str,
    inputs: Matrix<N, I>,
    targets: Matrix<N, 1>,
    steps: usize,
    learning_rate: f64,
}

/// The classic experiment: 3-4-1 on four samples with targets 1, 3, 2, 0.
const CLASSIC_DATA: Task<4, 3> = Task {
    name: "classic data 3-4-1",
    inputs: ClassicExperiment::INPUTS,
    targets: ClassicExperiment::TARGETS,
    steps: ClassicExperiment::STEPS,
    learning_rate: ClassicExperiment::LEARNING_RATE,
};

/// XOR: the target is 1 when exactly one of the two inputs is 1.
const XOR: Task<4, 2> = Task {
    name: "XOR 2-4-1",
    inputs: Matrix::new([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]),
    targets: Matrix::new([[0.0], [1.0], [1.0], [0.0]]),
    steps: 10_000,
    learning_rate: 1.0,
};

/// How one training run ended.
#[derive(Clone, Copy)]
struct Outcome {
    /// Mean |E| of the trained network.
    final_error: f64,
    /// `distinct_hidden_units(0.0)` of the trained network.
    distinct_units: usize,
    /// Every output is on the same side of 0.5 as its target: XOR solved,
    /// or, on the classic data, the one target below 0.5 told apart from the
    /// three above.
    solved: bool,
}

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
    /// A network started by `init` from `Mt19937::new(seed)`.
    fn network(&self, init: Init, seed: u32) -> TwoLayer<I, HIDDEN, 1> {
        TwoLayer::new(init, &mut Mt19937::new(seed))
    }

    /// Trains with the checked loop and reports how it ended.
    fn run(&self, init: Init, seed: u32) -> Result<Outcome, constnet::TrainError> {
        let mut net = self.network(init, seed);
        let options = TrainOptions::new(self.steps, self.learning_rate);
        let summary = net.train(&self.inputs, &self.targets, options, |_| {})?;
        let (_, outputs) = net.forward(&self.inputs);
        let solved = (0..N).all(|n| (outputs[(n, 0)] > 0.5) == (self.targets[(n, 0)] > 0.5));
        Ok(Outcome {
            final_error: summary.final_error,
            distinct_units: net.distinct_hidden_units(0.0),
            solved,
        })
    }

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

/// Trains both tasks for every seed, one thread per seed: the runs are
/// independent, and the machine has more than one core.
fn run_seeds(init: Init) -> Result<(Vec<Outcome>, Vec<Outcome>), constnet::TrainError> {
    let results = thread::scope(|scope| {
        let runs: Vec<_> = SEEDS
            .map(|seed| scope.spawn(move || (CLASSIC_DATA.run(init, seed), XOR.run(init, seed))))
            .collect();
        runs.into_iter()
            .map(|run| run.join().expect("a training thread panicked"))
            .collect::<Vec<_>>()
    });
    let mut classic_outcomes = Vec::new();
    let mut xor_outcomes = Vec::new();
    for (classic_outcome, xor_outcome) in results {
        classic_outcomes.push(classic_outcome?);
        xor_outcomes.push(xor_outcome?);
    }
    Ok((classic_outcomes, xor_outcomes))
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
