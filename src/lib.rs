//! constnet: why neural-network weights must be initialized randomly.
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
//! The rest of this page tells why, in order; each part links to the code
//! that does it. The whole crate is `#![no_std]`, allocates nothing and has
//! no `unsafe`, so every line of the mathematics is here to read.
//!
//! # 1. The network and its shapes
//!
//! A [`TwoLayer<I, H, O>`](TwoLayer) has `I` inputs, `H` hidden units and
//! `O` outputs, two weight matrices and no biases:
//!
//! ```text
//! W1: I x H    column h = the input weights of hidden unit h
//! W2: H x O    row h    = the output weights of hidden unit h
//! ```
//!
//! It learns from a batch of `N` samples at once: the inputs `X` are an
//! `N x I` [`Matrix`] (one sample per row) and the targets `Y` are `N x O`.
//! Every one of these sizes is a const generic parameter, so a product whose
//! inner sizes disagree is a compile error, not a run-time surprise. The
//! classic experiment ([`SeedExperiment`]) is `N = 4`, `I = 3`, `H = 4`,
//! `O = 1`.
//!
//! # 2. The forward pass
//!
//! Each layer is a matrix product followed by the sigmoid
//! `σ(z) = 1 / (1 + e^-z)` ([`sigmoid`]), applied to every element:
//!
//! ```text
//! Z1 = X · W1     (N x I) · (I x H) = N x H
//! A1 = σ(Z1)      the hidden activations: A1[n, h] is unit h on sample n
//! Z2 = A1 · W2    (N x H) · (H x O) = N x O
//! A2 = σ(Z2)      the outputs, each in (0, 1)
//! E  = Y - A2     N x O, the error; the experiment prints mean(|E|)
//! ```
//!
//! [`TwoLayer::forward`] is these lines; [`TwoLayer::error`] adds the last.
//!
//! # 3. The backward pass, step by step
//!
//! Training lowers the squared error `L = ½ Σ E[n, o]²` by gradient descent:
//! each weight moves by `-lr · ∂L/∂w`. Write `dQ` for `∂L/∂Q`, the matrix of
//! the slopes of `L` by each entry of `Q`; it has `Q`'s shape. The chain
//! rule walks the forward pass backwards, one line at a time.
//!
//! **The output.** `L = ½ Σ (Y - A2)²`, so `dA2 = A2 - Y`. Then through the
//! output sigmoid: `σ'(z) = e^-z / (1 + e^-z)² = σ(z) · (1 - σ(z))`, so the
//! slope at `Z2` can be computed from the output alone, as `A2 * (1 - A2)`
//! (`*` is the element-wise product), without keeping `Z2`. That is why
//! [`sigmoid_derivative`] takes `σ(z)`, not `z`:
//!
//! ```text
//! dZ2 = dA2 * A2 * (1 - A2)                      N x O
//! ```
//!
//! **The gradient of W2.** `Z2[n, o] = Σ_h A1[n, h] · W2[h, o]`, so weight
//! `W2[h, o]` meets `dZ2[n, o]` once per sample `n`, multiplied by
//! `A1[n, h]`: `dW2[h, o] = Σ_n A1[n, h] · dZ2[n, o]`. The sum runs over
//! the samples, which are the *rows* of both `A1` and `dZ2`; a matrix
//! product sums over the columns of its left factor, so `A1` must be
//! transposed:
//!
//! ```text
//! dW2 = A1ᵀ · dZ2         (H x N) · (N x O) = H x O, the shape of W2
//! ```
//!
//! **The hidden layer.** The same line of the forward pass, differentiated
//! by `A1` instead: `dA1[n, h] = Σ_o dZ2[n, o] · W2[h, o]`. Now the sum
//! runs over the outputs, the *columns* of both `dZ2` and `W2`, so the right
//! factor is transposed: each output's slope is sent back along the weight
//! it came through. Then through the hidden sigmoid, as before:
//!
//! ```text
//! dZ1 = (dZ2 · W2ᵀ) * A1 * (1 - A1)    (N x O) · (O x H) = N x H
//! ```
//!
//! **The gradient of W1**, by the argument that gave `W2`'s:
//!
//! ```text
//! dW1 = Xᵀ · dZ1          (I x N) · (N x H) = I x H, the shape of W1
//! ```
//!
//! [`TwoLayer::gradients`] returns `(dW1, dW2)`. [`TwoLayer::train_step`]
//! is these lines and the two updates `W2 -= lr · dW2`, `W1 -= lr · dW1`,
//! both computed from the weights before the step. [`TwoLayer::train`]
//! repeats it and refuses to return NaN weights.
//!
//! **How do we know the derivation is right?** By the definition of a
//! derivative. Nudge one weight `w` by `±h` and watch the loss:
//! `(L(w + h) - L(w - h)) / 2h` tends to `∂L/∂w` as `h` shrinks, with an
//! error of order `h²`. `tests/gradient_check.rs` does this for every weight
//! of 63 random networks of four shapes, the widest with 64 hidden units,
//! at `h = 1e-5`. Wherever the gradient is large enough for rounding not to
//! swamp the difference, the relative error `|a - n| / max(|a|, |n|)`
//! between the analytic `a` and the numeric `n` must stay below `1e-7`; a
//! backward pass that forgets the hidden sigmoid's slope fails the same
//! check. It is how to test any backward pass derived by hand.
//!
//! # 4. Why constant weights keep every hidden unit the same
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
//! `tests/symmetry_property.rs` checks it for 1000 random constants, data
//! sets, learning rates and network sizes; `tests/symmetry.rs` checks the
//! 60000 steps of the seed experiment.
//!
//! ```
//! use constnet::{Init, Mt19937, SeedExperiment, TwoLayer};
//!
//! let (x, y) = (SeedExperiment::INPUTS, SeedExperiment::TARGETS);
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
//! # 5. Why the seed experiment's error stays near 1.0
//!
//! The seed data's targets are 1, 3, 2, 0, but a sigmoid output lies in
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
//! it apart and end near 0.7512 (see the `init_study` example). The seed
//! data cannot show the price of symmetry well; XOR can: constant starts
//! never solve it (again, all outputs on one side of 0.5), and random starts
//! solved it for every one of the study's 20 seeds.
//!
//! # 6. What Xavier and He change
//!
//! A hidden unit adds up `fan_in` weighted inputs, so with weights of a
//! fixed range a wide layer produces large sums, saturates its sigmoids and
//! learns slowly. [`Init::Xavier`] (uniform in `±√(6 / (fan_in + fan_out))`)
//! and [`Init::He`] (uniform in `±√(6 / fan_in)`) scale each layer's range
//! to its size so that the variance of the signal stays about the same from
//! layer to layer. They are still random, so they break the symmetry just as
//! `Uniform` does. For the tiny layers of the seed data and XOR their ranges
//! are close to `[-1, 1)` (for XOR's 2-4 layer Xavier's is exactly that),
//! and the `init_study` example finds them about as good. Their bounds need
//! a square root, which `core` lacks on stable Rust, so constnet has its own
//! correctly rounded [`sqrt`].
//!
//! A wider layer shows why the scale matters. [`TwoLayer::saturation`]
//! counts the hidden activations within a margin of 0 or 1, where the
//! sigmoid's slope nearly vanishes. On handwritten digits (the `digits`
//! example: a 65-32-10 network, 20 seeds), a uniform start in `±3` begins
//! with 63% of its hidden activations saturated and `±10` with 88%, and both
//! learn far more slowly than `±0.3` or `±1`, which read about 80% of the
//! test digits after one epoch. Xavier gets there with no search, from the
//! layer sizes alone (`±0.25` for the 65 x 32 layer). The README has the
//! table and the picture.
//!
//! # Reading order
//!
//! One concept per file; read them in this order:
//!
//! 1. `lib.rs`: this story.
//! 2. `matrix.rs`: shapes as types, the product and the element-wise
//!    operations.
//! 3. `activation.rs`: the sigmoid `σ` and its slope `σ'`.
//! 4. `network.rs`: the forward pass, the gradients and the training step.
//! 5. `init.rs`: the starting weights, constant or random, and their scale.
//! 6. `random.rs`: numpy's random generator, MT19937.
//! 7. `symmetry.rs`: counting the hidden units that really differ.
//! 8. `saturation.rs`: counting the hidden activations stuck near 0 or 1.
//! 9. `train.rs`: the checked training loop and its errors.
//! 10. `experiment.rs`: the classic numpy program.
//! 11. `format.rs`: printing a matrix digit for digit as numpy does.
//! 12. `export.rs`: a trained network printed as Rust source, for firmware.
//! 13. `sqrt.rs` and `exp.rs`: the two functions `core` lacks, computed on
//!     the bits of IEEE 754 doubles.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod activation;
mod exp;
mod experiment;
mod export;
mod format;
mod init;
mod matrix;
mod network;
mod random;
mod saturation;
mod sqrt;
mod symmetry;
mod train;

pub use activation::{sigmoid, sigmoid_derivative};
pub use exp::exp;
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
