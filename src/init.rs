//! Initialization: the starting values of the weights.
//!
//! This is the whole point of the crate. A network whose weights all start
//! equal (`Zeros`, `Constant`) gives every hidden unit the same gradient at
//! every step, so the hidden units stay identical forever and the layer
//! behaves as if it had a single unit. Drawing the weights at random
//! (`Uniform`) makes the units different from the first step on.

use crate::{Matrix, Mt19937};

/// How to fill a network's weight matrices before training.
///
/// Random schemes draw from an [`Mt19937`], filling `W1` in row-major order
/// first and then `W2`, exactly as numpy's `2 * np.random.random((3, 4)) - 1`
/// followed by `2 * np.random.random((4, 1)) - 1` does.
///
/// ```
/// use constnet::{Init, Mt19937};
///
/// let mut rng = Mt19937::new(1);
/// let w = Init::Uniform { low: -1.0, high: 1.0 }.matrix::<1, 1>(&mut rng);
/// assert_eq!(w[(0, 0)], 2.0 * 0.417022004702574 - 1.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Init {
    /// Every weight is `0.0`.
    Zeros,
    /// Every weight is the given constant `c`.
    Constant(f64),
    /// Every weight is `low + (high - low) * u`, with `u` uniform on `[0, 1)`
    /// from [`Mt19937::next_f64`]; so each weight lies in `[low, high)`.
    Uniform {
        /// The smallest value a weight can take.
        low: f64,
        /// The bound no weight reaches.
        high: f64,
    },
}

impl Init {
    /// An `R x C` matrix filled by this scheme, drawing (for random schemes)
    /// one value from `rng` per element in row-major order.
    ///
    /// Constant schemes leave `rng` untouched.
    pub fn matrix<const R: usize, const C: usize>(&self, rng: &mut Mt19937) -> Matrix<R, C> {
        match *self {
            Init::Zeros => Matrix::zeros(),
            Init::Constant(c) => Matrix::filled(c),
            Init::Uniform { low, high } => {
                Matrix::from_fn(|_, _| low + (high - low) * rng.next_f64())
            }
        }
    }
}
