//! constnet: why neural-network weights must be initialized randomly.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod activation;
mod format;
mod init;
mod matrix;
mod network;
mod random;

pub use activation::{exp, sigmoid, sigmoid_derivative};
pub use init::Init;
pub use matrix::Matrix;
pub use network::TwoLayer;
pub use random::Mt19937;
