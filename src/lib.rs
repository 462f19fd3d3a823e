//! constnet: why neural-network weights must be initialized randomly.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod activation;
mod experiment;
mod format;
mod init;
mod matrix;
mod network;
mod random;
mod sqrt;
mod symmetry;
mod train;

pub use activation::{exp, sigmoid, sigmoid_derivative};
pub use experiment::SeedExperiment;
pub use init::Init;
pub use matrix::Matrix;
pub use network::TwoLayer;
pub use random::Mt19937;
pub use sqrt::sqrt;
pub use train::{Operand, Report, Summary, TrainError, TrainOptions};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
