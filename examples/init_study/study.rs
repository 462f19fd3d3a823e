//! The initialization study's schemes, tasks and training: everything but
//! the table's formatting, the traces and the picture.
//!
//! `tests/init_study.rs` includes this file too (with `#[path]`), so the
//! test checks the very runs the example's table is made of.

use constnet::{ClassicExperiment, Init, Matrix, Mt19937, TrainOptions, TwoLayer};
use std::ops::RangeInclusive;
use std::thread;

/// An initialization scheme, with the name and description the table and
/// the picture use.
pub struct Scheme {
    pub name: &'static str,
    pub description: &'static str,
    pub init: Init,
}

/// The schemes compared.
pub const SCHEMES: [Scheme; 5] = [
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
pub const SEEDS: RangeInclusive<u32> = 1..=20;

/// The number of hidden units in both networks.
pub const HIDDEN: usize = 4;

/// A training task: data, targets, and how long and how fast to train.
pub struct Task<const N: usize, const I: usize> {
    pub name: &'static str,
    pub inputs: Matrix<N, I>,
    pub targets: Matrix<N, 1>,
    pub steps: usize,
    pub learning_rate: f64,
}

/// The classic experiment: 3-4-1 on four samples with targets 1, 3, 2, 0.
pub const CLASSIC_DATA: Task<4, 3> = Task {
    name: "classic data 3-4-1",
    inputs: ClassicExperiment::INPUTS,
    targets: ClassicExperiment::TARGETS,
    steps: ClassicExperiment::STEPS,
    learning_rate: ClassicExperiment::LEARNING_RATE,
};

/// XOR: the target is 1 when exactly one of the two inputs is 1.
pub const XOR: Task<4, 2> = Task {
    name: "XOR 2-4-1",
    inputs: Matrix::new([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]),
    targets: Matrix::new([[0.0], [1.0], [1.0], [0.0]]),
    steps: 10_000,
    learning_rate: 1.0,
};

/// How one training run ended.
#[derive(Clone, Copy)]
pub struct Outcome {
    /// Mean |E| of the trained network.
    pub final_error: f64,
    /// `distinct_hidden_units(0.0)` of the trained network.
    pub distinct_units: usize,
    /// Every output is on the same side of 0.5 as its target: XOR solved,
    /// or, on the classic data, the one target below 0.5 told apart from the
    /// three above.
    pub solved: bool,
}

impl<const N: usize, const I: usize> Task<N, I> {
    /// A network started by `init` from `Mt19937::new(seed)`.
    pub fn network(&self, init: Init, seed: u32) -> TwoLayer<I, HIDDEN, 1> {
        TwoLayer::new(init, &mut Mt19937::new(seed))
    }

    /// Trains with the checked loop and reports how it ended.
    pub fn run(&self, init: Init, seed: u32) -> Result<Outcome, constnet::TrainError> {
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
}

/// Trains both tasks for every seed, one thread per seed: the runs are
/// independent, and the machine has more than one core.
pub fn run_seeds(init: Init) -> Result<(Vec<Outcome>, Vec<Outcome>), constnet::TrainError> {
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
