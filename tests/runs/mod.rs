//! The three classic runs, each computed once per test binary however many
//! tests look at it (60000 steps take over a second in a debug build).

// `tests/firmware.rs` needs only the uniform run.
#![allow(dead_code)]

use constnet::{ClassicExperiment, Init};
use std::sync::OnceLock;

/// The classic experiment's random start: uniform in `[-1, 1)`.
pub const UNIFORM: Init = Init::Uniform {
    low: -1.0,
    high: 1.0,
};

fn once(cell: &'static OnceLock<ClassicExperiment>, init: Init) -> &'static ClassicExperiment {
    cell.get_or_init(|| ClassicExperiment::run(init).expect("the classic data are finite"))
}

/// The run from all zeros.
pub fn zeros() -> &'static ClassicExperiment {
    static RUN: OnceLock<ClassicExperiment> = OnceLock::new();
    once(&RUN, Init::Zeros)
}

/// The run from every weight 2.
pub fn twos() -> &'static ClassicExperiment {
    static RUN: OnceLock<ClassicExperiment> = OnceLock::new();
    once(&RUN, Init::Constant(2.0))
}

/// The run from [`UNIFORM`] after `Mt19937::new(1)`.
pub fn uniform() -> &'static ClassicExperiment {
    static RUN: OnceLock<ClassicExperiment> = OnceLock::new();
    once(&RUN, UNIFORM)
}
