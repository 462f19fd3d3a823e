//! constnet: why neural-network weights must start random, and how big the
//! random start should be.
//!
//! # Quick start
//!
//! ```
//! use constnet::{Init, Matrix, Mt19937, TwoLayer};
//!
//! // XOR: 4 samples of 2 inputs plus a constant 1 (standing in for a bias).
//! let x = Matrix::new([[0.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 1.0]]);
//! let y = Matrix::new([[0.0], [1.0], [1.0], [0.0]]);
//! let mut rng = Mt19937::new(1);
//! let mut random: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Xavier, &mut rng);
//! let mut constant: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Constant(0.5), &mut rng);
//! for _ in 0..5_000 {
//!     random.train_step(&x, &y, 1.0);
//!     constant.train_step(&x, &y, 1.0);
//! }
//! assert!(random.error(&x, &y) < 0.02); // learned XOR
//! assert!(constant.error(&x, &y) > 0.49); // still guessing 0.5
//! assert_eq!(constant.distinct_hidden_units(0.0), 1); // its 4 units are one
//! ```
//!
//! The whole crate is `#![no_std]`, allocates nothing and has no `unsafe`,
//! so every line of the mathematics is here to read.
//!
//! # Reading order
//!
//! **The lesson**, one idea per module, top to bottom:
//!
//! 1. This page: why constant weights keep every hidden unit the same.
//! 2. [`matrix`]: shapes as types, the product and the element-wise
//!    operations.
//! 3. [`activation`]: the sigmoid `σ` and its slope `σ'`.
//! 4. [`network`]: the forward pass, the backward pass derived line by
//!    line, and the training step.
//! 5. [`train`]: the checked training loop and its errors.
//! 6. [`init`]: the starting weights, constant or random, and their scale.
//! 7. [`symmetry`]: counting the hidden units that really differ.
//! 8. [`saturation`]: counting the activations stuck near 0 or 1.
//!
//! **The appendices**, for what the lesson uses:
//!
//! - [`numpy`]: numpy's random generator, its print format and the
//!   post's experiment, [`ClassicExperiment`] (called `SeedExperiment`
//!   before 0.2).
//! - [`numerics`]: `exp`, `sqrt` and the fast product kernel.
//! - [`export`]: a trained network written out for a firmware.
//!
//! Every item is also re-exported here, at the crate root.
//!
//! # Why constant weights keep every hidden unit the same
//!
//! A [`TwoLayer<I, H, O>`](TwoLayer) has `I` inputs, `H` hidden units and
//! `O` outputs. Hidden unit `h` owns column `h` of `W1` (`I x H`) and row
//! `h` of `W2` (`H x O`). On a batch `X` of `N` samples (`N x I`) with
//! targets `Y` (`N x O`), one training step computes these quantities,
//! derived in [`network`]:
//!
//! ```text
//! Z1 = X · W1,  A1 = σ(Z1)                         N x H
//! Z2 = A1 · W2, A2 = σ(Z2)                         N x O
//! dZ2 = (A2 - Y) * σ'(A2)                          N x O
//! dA1 = dZ2 · W2ᵀ,  dZ1 = dA1 * σ'(A1)             N x H
//! dW2 = A1ᵀ · dZ2,  dW1 = Xᵀ · dZ1                 H x O, I x H
//! ```
//!
//! Suppose every column of `W1` is the same and every row of `W2` is the
//! same: all hidden units have the same weights. Follow one step:
//!
//! 1. `Z1[n, h] = Σ_i X[n, i] · W1[i, h]` is the same for every `h`: the
//!    same numbers, added in the same order. So `A1`'s columns are equal.
//! 2. `dZ2` belongs to the outputs and does not involve `h` at all.
//! 3. `dA1[n, h] = Σ_o dZ2[n, o] · W2[h, o]` is the same for every `h`,
//!    because `W2`'s rows are equal; and so is `A1 * (1 - A1)`, by step 1.
//!    So `dZ1`'s columns are equal.
//! 4. The step of `W2[h, o]` is `-lr · Σ_n A1[n, h] · dZ2[n, o]`, the same for every
//!    `h` (step 1); the step of `W1[i, h]` is `-lr · Σ_n X[n, i] · dZ1[n, h]`, the
//!    same for every `h` (step 3). Equal weights plus equal steps are equal.
//!
//! So after the step all hidden units still have the same weights, and by
//! induction they do after every step: every unit receives the same
//! gradient, forever. `H` units compute what one unit computes. It even
//! holds bit for bit in floating point, since every number of unit `h` is
//! computed by the same operations in the same order as unit 0's.
//! [`TwoLayer::distinct_hidden_units`] turns this into a number, and the
//! test `constant_init_keeps_one_distinct_hidden_unit_after_every_step` in
//! `tests/symmetry_property.rs` checks it for random constants, data sets,
//! learning rates and network sizes, and `tests/symmetry.rs` for the 60000
//! steps of the classic experiment.
//!
//! ```
//! use constnet::{Init, Mt19937, ClassicExperiment, TwoLayer};
//!
//! let (x, y) = (ClassicExperiment::INPUTS, ClassicExperiment::TARGETS);
//! let mut rng = Mt19937::new(1);
//! let mut constant: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Constant(0.5), &mut rng);
//! let mut random: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Xavier, &mut rng);
//! for _ in 0..100 {
//!     constant.train_step(&x, &y, 1.0);
//!     random.train_step(&x, &y, 1.0);
//! }
//! assert_eq!(constant.distinct_hidden_units(0.0), 1);
//! assert_eq!(random.distinct_hidden_units(0.0), 4);
//! ```
//!
//! The induction needs *both* layers constant. With `W1` constant but `W2`
//! random, step 1 still holds (all units compute the same activation), but
//! step 3 fails: unit `h`'s delta is scaled by its own output weights
//! `W2[h, :]`, so after one step `W1`'s columns differ. With `W1` random and
//! `W2` constant, step 1 fails: the activations differ, so the steps of
//! `W2`'s rows differ, and after one step they differ too. One random layer
//! is enough; what must never happen is two units starting identical. One
//! catch: if the constant is so large that a sigmoid saturates (`σ(z)`
//! rounds to exactly 1 once `z` is above about 37), its slope
//! `A * (1 - A)` is exactly 0, the constant layer gets no gradient and
//! never moves. The last tests of `tests/symmetry_property.rs` show both.
//!
//! # Why the classic experiment's error stays near 1.0
//!
//! The classic data's targets are 1, 3, 2, 0, but a sigmoid output lies in
//! (0, 1): it misses 3 by more than 2 and 2 by more than 1, whatever the
//! weights. So mean |E| can never go below `(0 + 2 + 1 + 0) / 4 = 0.75`,
//! and gets near it only if the fourth output goes to 0 while the others go
//! to 1. What usually happens instead: the large errors on 3 and 2 push
//! every output up, all four saturate near 1, where the slope
//! `A2 * (1 - A2)` and with it every gradient nearly vanishes, and the error
//! settles at `(0 + 2 + 1 + 1) / 4 = 1.0`. That is what the numpy program
//! prints for all three starts.
//!
//! A constant start cannot do better even in principle: with one effective
//! hidden unit and no biases every output is `σ(H · w · a_n)` with `a_n` in
//! (0, 1), so all four outputs are on the same side of 0.5 as the sign of
//! `w`, the fourth sample can never be told apart, and mean |E| never goes
//! below 0.875 (`tests/symmetry.rs` checks both). Some random starts do tell
//! it apart and end lower. The classic data cannot show the price of
//! symmetry well; XOR can: constant starts never solve it (again, all
//! outputs on one side of 0.5), and random starts do. The first study in
//! `docs/studies.md` has the figures for both tasks.
//!
//! # How big the random start should be
//!
//! Random weights break the symmetry; their *scale* decides whether the
//! units can learn. A hidden unit adds up `fan_in` weighted inputs, so
//! weights of too wide a range make its sum large and its sigmoid flat,
//! and every gradient through it nearly vanishes. [`init`] derives the
//! Xavier and He ranges that scale each layer to its size, and
//! [`TwoLayer::saturation`] measures how many activations are stuck. The
//! digits study in `docs/studies.md` shows both on real data.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The lesson.
pub mod activation;
pub mod init;
pub mod matrix;
pub mod network;
pub mod saturation;
pub mod symmetry;
pub mod train;

// The appendices.
pub mod export;
pub mod numerics;
pub mod numpy;

pub use activation::{sigmoid, sigmoid_derivative};
pub use init::{Init, InitError};
pub use matrix::Matrix;
pub use network::TwoLayer;
pub use numerics::exp::exp;
pub use numerics::sqrt::sqrt;
pub use numpy::{ClassicExperiment, Mt19937, PyFloat};
pub use train::{Operand, Report, Summary, TrainError, TrainOptions};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[doc = include_str!("../docs/numpy.md")]
#[cfg(doctest)]
pub struct NumpyDoctests;

#[doc = include_str!("../docs/big-networks.md")]
#[cfg(doctest)]
pub struct BigNetworksDoctests;
