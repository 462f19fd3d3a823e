//! Initialization: the starting values of the weights.
//!
//! This is the whole point of the crate. A network whose weights all start
//! equal (`Zeros`, `Constant`) gives every hidden unit the same gradient at
//! every step, so the hidden units stay identical forever and the layer
//! behaves as if it had a single unit. Drawing the weights at random
//! (`Uniform`, `Xavier`, `He`) makes the units different from the first
//! step on.
//!
//! `Xavier` and `He` are `Uniform` with a range chosen per layer from its
//! size. A hidden unit sums `fan_in` weighted inputs, so the variance of that
//! sum is `fan_in · Var(w) · Var(x)` (for independent, zero-mean weights):
//! with weights of a fixed range, the wider the layer, the larger its sums,
//! until the sigmoid saturates and its slope, and so every gradient through
//! it, is nearly 0. Scaling `Var(w)` like `1 / fan_in` keeps the variance of
//! the signal about the same from layer to layer. A uniform weight on
//! `[-a, a)` has variance `a² / 3`, which is where the 6 in both formulas
//! comes from.

use crate::numpy::digits::Shortest;
use crate::{sqrt, Matrix, Mt19937, TwoLayer};
use core::fmt;

/// How to fill a network's weight matrices before training.
///
/// Random schemes draw from an [`Mt19937`], filling `W1` in row-major order
/// first and then `W2`, exactly as numpy's `2 * np.random.random((3, 4)) - 1`
/// followed by `2 * np.random.random((4, 1)) - 1` does. For a layer of shape
/// `fan_in x fan_out` (`I x H` for `W1`, `H x O` for `W2`):
///
/// | scheme | every weight is | variance |
/// |---|---|---|
/// | `Zeros` | `0` | `0` |
/// | `Constant(c)` | `c` | `0` |
/// | `Uniform { low, high }` | uniform on `[low, high)` | `(high - low)² / 12` |
/// | `Xavier` | uniform on `[-a, a)`, `a = √(6 / (fan_in + fan_out))` | `2 / (fan_in + fan_out)` |
/// | `He` | uniform on `[-a, a)`, `a = √(6 / fan_in)` | `2 / fan_in` |
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
    /// from [`Mt19937::next_f64`] (numpy's `uniform`), so each weight lies in
    /// `[low, high)` for finite bounds `low < high`. Rounding can carry that
    /// sum up to `high` (or a hair past it when `|low|` is much larger than
    /// `|high|`); such a draw becomes the largest `f64` below `high` instead.
    ///
    /// The bounds must be finite, `low < high`, and `high - low` must not
    /// overflow; [`Init::check`] says which of these fails. Any other range
    /// gives no random start at all: a reversed one such as `low: 1.0,
    /// high: -1.0` sets every weight to the same value (the constant start
    /// this crate warns about), a non-finite bound gives NaN or infinite
    /// weights. [`TwoLayer::try_new`] refuses such ranges.
    Uniform {
        /// The smallest value a weight can take.
        low: f64,
        /// The bound no weight reaches.
        high: f64,
    },
    /// Glorot (Xavier) uniform: `Uniform { low: -a, high: a }` with
    /// `a = √(6 / (fan_in + fan_out))`, so `Var(w) = 2 / (fan_in + fan_out)`.
    ///
    /// Glorot and Bengio (2010) asked for two things at once: that the
    /// forward signal keep its variance through a layer
    /// (`Var(w) = 1 / fan_in`) and that the backward gradient keep its
    /// variance too (`Var(w) = 1 / fan_out`). They cannot both hold unless
    /// the layer is square, so Xavier takes the harmonic mean of the two,
    /// `2 / (fan_in + fan_out)`. It was derived for activations that are
    /// close to linear around 0, as tanh and the sigmoid are.
    ///
    /// For a 3-input, 4-output layer `a = √(6 / 7)`, and the weights are
    /// those numpy draws with
    /// `np.random.seed(1); np.random.uniform(-np.sqrt(6 / 7), np.sqrt(6 / 7), (3, 4))`:
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937};
    ///
    /// let w1: Matrix<3, 4> = Init::Xavier.matrix(&mut Mt19937::new(1));
    /// assert_eq!(w1[(0, 0)], -0.1536453917703785);
    /// assert_eq!(w1[(2, 3)], 0.34295987267429995);
    /// ```
    Xavier,
    /// He (Kaiming) uniform: `Uniform { low: -a, high: a }` with
    /// `a = √(6 / fan_in)`, so `Var(w) = 2 / fan_in`.
    ///
    /// He et al. (2015) derived it for ReLU, which passes only the positive
    /// half of its input and so halves the variance a layer passes on; twice
    /// the forward-preserving `1 / fan_in` makes up for that. With the
    /// sigmoid it starts the weights a little larger than `Xavier` does.
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937};
    ///
    /// // A 3-input layer: a = √(6 / 3) = √2. In numpy:
    /// // np.random.seed(1); np.random.uniform(-np.sqrt(2), np.sqrt(2), (3, 4))
    /// let w1: Matrix<3, 4> = Init::He.matrix(&mut Mt19937::new(1));
    /// assert_eq!(w1[(0, 0)], -0.2346972126563016);
    /// assert_eq!(w1[(2, 3)], 0.5238798589541322);
    /// ```
    He,
}

impl Init {
    /// `Ok` if this scheme gives a proper start, or an [`InitError`] saying
    /// what is wrong with it and how to fix it.
    ///
    /// `Zeros`, `Xavier` and `He` are always accepted; `Constant(c)` if `c`
    /// is finite; `Uniform { low, high }` if both bounds are finite,
    /// `low < high`, and `high - low` is finite too.
    ///
    /// # Errors
    ///
    /// [`InitError::NonFiniteConstant`], [`InitError::NonFiniteBound`],
    /// [`InitError::EmptyRange`] or [`InitError::RangeTooWide`], in that
    /// order of precedence.
    ///
    /// ```
    /// use constnet::{Init, InitError};
    ///
    /// assert_eq!(Init::Uniform { low: -1.0, high: 1.0 }.check(), Ok(()));
    /// let reversed = Init::Uniform { low: 1.0, high: -1.0 };
    /// assert_eq!(reversed.check(), Err(InitError::EmptyRange { low: 1.0, high: -1.0 }));
    /// ```
    pub fn check(&self) -> Result<(), InitError> {
        match *self {
            Init::Zeros | Init::Xavier | Init::He => Ok(()),
            Init::Constant(c) if !c.is_finite() => Err(InitError::NonFiniteConstant(c)),
            Init::Constant(_) => Ok(()),
            Init::Uniform { low, high } => {
                if !(low.is_finite() && high.is_finite()) {
                    Err(InitError::NonFiniteBound { low, high })
                } else if low >= high {
                    Err(InitError::EmptyRange { low, high })
                } else if !(high - low).is_finite() {
                    Err(InitError::RangeTooWide { low, high })
                } else {
                    Ok(())
                }
            }
        }
    }

    /// An `R x C` matrix filled by this scheme, drawing (for random schemes)
    /// one value from `rng` per element in row-major order.
    ///
    /// The matrix is the weights of a layer with `fan_in = R` inputs and
    /// `fan_out = C` outputs, which is what `Xavier` and `He` scale by.
    /// Constant schemes leave `rng` untouched.
    ///
    /// It does not check the scheme: call [`Init::check`] first, or build
    /// the network with [`TwoLayer::try_new`], which does.
    #[must_use]
    pub fn matrix<const R: usize, const C: usize>(&self, rng: &mut Mt19937) -> Matrix<R, C> {
        match *self {
            Init::Zeros => Matrix::zeros(),
            Init::Constant(c) => Matrix::filled(c),
            Init::Uniform { low, high } => Matrix::from_fn(|_, _| {
                let w = low + (high - low) * rng.next_f64();
                if w >= high && high.is_finite() {
                    below(high)
                } else {
                    w
                }
            }),
            Init::Xavier => Init::symmetric(sqrt(6.0 / (R + C) as f64)).matrix(rng),
            Init::He => Init::symmetric(sqrt(6.0 / R as f64)).matrix(rng),
        }
    }

    /// `Uniform` on `[-a, a)`.
    const fn symmetric(a: f64) -> Self {
        Init::Uniform { low: -a, high: a }
    }
}

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// A network with `W1` (`I x H`) and then `W2` (`H x O`) drawn by
    /// `init` from `rng`, as [`TwoLayer::new`] draws them, once
    /// [`Init::check`] has accepted `init`.
    ///
    /// # Errors
    ///
    /// The [`InitError`] of [`Init::check`]; `rng` is then left untouched.
    ///
    /// ```
    /// use constnet::{Init, Mt19937, TwoLayer};
    ///
    /// let mut rng = Mt19937::new(1);
    /// let good = TwoLayer::<3, 4, 1>::try_new(Init::Uniform { low: -1.0, high: 1.0 }, &mut rng);
    /// assert!(good.is_ok());
    /// let reversed = TwoLayer::<3, 4, 1>::try_new(Init::Uniform { low: 1.0, high: -1.0 }, &mut rng);
    /// assert_eq!(
    ///     reversed.unwrap_err().to_string(),
    ///     "Init::Uniform { low: 1.0, high: -1.0 } is an empty range: low must be less than high \
    ///      (swap them if they are reversed); otherwise every weight gets the same value and the \
    ///      hidden units stay identical"
    /// );
    /// ```
    pub fn try_new(init: Init, rng: &mut Mt19937) -> Result<Self, InitError> {
        init.check()?;
        Ok(Self::new(init, rng))
    }
}

/// Why [`Init::check`] refused a scheme. Its [`Display`](fmt::Display) says
/// what to change.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InitError {
    /// `Constant(c)` with `c` NaN or infinite.
    NonFiniteConstant(f64),
    /// `Uniform { low, high }` with a bound that is NaN or infinite.
    NonFiniteBound {
        /// The lower bound as given.
        low: f64,
        /// The upper bound as given.
        high: f64,
    },
    /// `Uniform { low, high }` with finite bounds but `low >= high`: the
    /// range `[low, high)` holds no number, and every weight would come out
    /// the same.
    EmptyRange {
        /// The lower bound as given.
        low: f64,
        /// The upper bound as given.
        high: f64,
    },
    /// `Uniform { low, high }` with finite bounds `low < high` whose width
    /// `high - low` overflows `f64` (it exceeds `f64::MAX`, about 1.8e308):
    /// every draw would be the same value or not finite.
    RangeTooWide {
        /// The lower bound as given.
        low: f64,
        /// The upper bound as given.
        high: f64,
    },
}

impl fmt::Display for InitError {
    /// A sentence naming the scheme, what is wrong and what to change.
    ///
    /// ```
    /// use constnet::InitError;
    ///
    /// let wide = InitError::RangeTooWide { low: -1e308, high: 1e308 };
    /// assert_eq!(
    ///     wide.to_string(),
    ///     "Init::Uniform { low: -1e308, high: 1e308 } is too wide: high - low overflows f64 \
    ///      (it exceeds 1.8e308); narrow the range"
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            InitError::NonFiniteConstant(c) => write!(
                f,
                "Init::Constant({:?}) is not a finite number: pass a finite constant",
                Shortest(c)
            ),
            InitError::NonFiniteBound { low, high } => write!(
                f,
                "Init::Uniform {{ low: {:?}, high: {:?} }} has a bound that is NaN or \
                 infinite: pass finite bounds, such as low: -1.0, high: 1.0",
                Shortest(low),
                Shortest(high)
            ),
            InitError::EmptyRange { low, high } => write!(
                f,
                "Init::Uniform {{ low: {:?}, high: {:?} }} is an empty range: low must be \
                 less than high (swap them if they are reversed); otherwise every weight gets the \
                 same value and the hidden units stay identical",
                Shortest(low),
                Shortest(high)
            ),
            InitError::RangeTooWide { low, high } => write!(
                f,
                "Init::Uniform {{ low: {:?}, high: {:?} }} is too wide: high - low \
                 overflows f64 (it exceeds 1.8e308); narrow the range",
                Shortest(low),
                Shortest(high)
            ),
        }
    }
}

impl core::error::Error for InitError {}

/// The largest `f64` below the finite number `x`: one step down the number
/// line, which in the bit pattern is one step away from zero for a negative
/// `x` and towards it for a positive one.
fn below(x: f64) -> f64 {
    if x > 0.0 {
        f64::from_bits(x.to_bits() - 1)
    } else if x < 0.0 {
        f64::from_bits(x.to_bits() + 1)
    } else {
        -f64::from_bits(1)
    }
}
