//! Training: the checked loop users call, and the errors it can return.
//!
//! [`TwoLayer::train_step`] is the bare mathematics: it trusts its input.
//! [`TwoLayer::train`] runs many steps and refuses to hand back garbage:
//!
//! * before the first step it rejects non-finite data, non-finite starting
//!   weights, a learning rate that is not a finite positive number, and a
//!   start whose error already overflows;
//! * while training it checks, every `check_every` steps and at every
//!   report, that the error and all weights are finite. It keeps a copy of
//!   the last state that passed (on the stack: the weights are a few
//!   `Copy` arrays). If a check fails, the network is put back to that copy
//!   and [`TrainError::Diverged`] says which step it belongs to, so nothing
//!   already learned is lost.

use crate::numpy::digits::Shortest;
use crate::{InitError, Matrix, TwoLayer};
use core::fmt;

/// The settings of one call to [`TwoLayer::train`]: how many steps, how
/// large, how often to report and how often to check.
///
/// Built with [`TrainOptions::new`] and the two builder methods
/// [`report_every`](TrainOptions::report_every) and
/// [`check_every`](TrainOptions::check_every); read back with the
/// accessors. The fields are private so that there is one way to set each.
///
/// ```
/// use constnet::TrainOptions;
///
/// let options = TrainOptions::new(60_000, 1.0).report_every(10_000);
/// assert_eq!(options.steps(), 60_000);
/// assert_eq!(options.learning_rate(), 1.0);
/// assert_eq!(options.report_interval(), 10_000);
/// assert_eq!(options.check_interval(), TrainOptions::DEFAULT_CHECK_EVERY);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainOptions {
    steps: usize,
    learning_rate: f64,
    report_every: usize,
    check_every: usize,
}

impl TrainOptions {
    /// The default check interval. A check copies the weights and tests
    /// them for finiteness; at this interval its cost is below what the
    /// `check_interval` benchmark resolves on a shared machine
    /// (docs/performance.md).
    pub const DEFAULT_CHECK_EVERY: usize = 64;

    /// `steps` steps at `learning_rate`, never reporting, checking every
    /// [`TrainOptions::DEFAULT_CHECK_EVERY`] steps.
    ///
    /// `steps` may be zero (nothing is trained). `learning_rate` is the step
    /// size `lr` in `W = W - lr · ∂L/∂W`; [`TwoLayer::train`] refuses it
    /// unless it is finite and `> 0`.
    ///
    /// # Choosing the learning rate: it scales with the batch
    ///
    /// The loss is a *sum* over the `N` samples, `L = ½ Σ (Y - A2)²`, not a
    /// mean (the numpy program this crate reproduces sums too), so its gradient
    /// is a sum of `N` per-sample gradients and one step moves the weights
    /// about `N` times as far as a step on one sample would. A learning rate
    /// that suits `N` samples therefore corresponds to `lr / N` on a mean
    /// loss, and a rate that suits 4 samples is about 16 times too large for
    /// 64: divide by the batch size when the batch grows. `lr = 1` suits the
    /// classic 4 samples; on 64 samples it can throw a 3-32-1 network into
    /// saturation in one step, where the outputs sit at 0 or 1, the gradient
    /// vanishes and nothing more is learned: [`Summary::largest_gradient`]
    /// and [`TwoLayer::output_saturation`] show it.
    #[must_use]
    pub const fn new(steps: usize, learning_rate: f64) -> Self {
        Self {
            steps,
            learning_rate,
            report_every: 0,
            check_every: Self::DEFAULT_CHECK_EVERY,
        }
    }

    /// The same options, reporting the error at steps `0, interval,
    /// 2 · interval, ...`; `0` means never report.
    ///
    /// It returns new options; calling it without using the result is a
    /// mistake the compiler warns about (here made an error):
    ///
    /// ```compile_fail
    /// #![deny(unused_must_use)]
    /// let options = constnet::TrainOptions::new(60_000, 1.0);
    /// options.report_every(10_000); // `options` itself is unchanged
    /// ```
    #[must_use = "this returns new options and leaves the old ones unchanged"]
    pub const fn report_every(self, interval: usize) -> Self {
        Self {
            report_every: interval,
            ..self
        }
    }

    /// The same options, checking for divergence at steps `0, interval,
    /// 2 · interval, ...` (and at every report, and after the last step);
    /// `0` is treated as `1`.
    #[must_use = "this returns new options and leaves the old ones unchanged"]
    pub const fn check_every(self, interval: usize) -> Self {
        Self {
            check_every: interval,
            ..self
        }
    }

    /// How many gradient steps to take.
    #[must_use]
    pub const fn steps(&self) -> usize {
        self.steps
    }

    /// The step size `lr` in `W = W - lr · ∂L/∂W`.
    #[must_use]
    pub const fn learning_rate(&self) -> f64 {
        self.learning_rate
    }

    /// The report interval set by [`report_every`](TrainOptions::report_every)
    /// (`0`: never report).
    #[must_use]
    pub const fn report_interval(&self) -> usize {
        self.report_every
    }

    /// The check interval set by [`check_every`](TrainOptions::check_every),
    /// as given (`0` is stored as `0` and checked as `1`).
    #[must_use]
    pub const fn check_interval(&self) -> usize {
        self.check_every
    }
}

/// One progress report from [`TwoLayer::train`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Report {
    /// The step (counted from 0) whose error this is.
    pub step: usize,
    /// `mean(|Y - A2|)` measured at the start of that step, before the
    /// weights moved.
    pub error: f64,
}

/// What a successful [`TwoLayer::train`] did, and whether the network can
/// still learn.
///
/// A run can end finite and yet dead: when the outputs saturate, every
/// gradient is multiplied by their slope, nearly 0, and no further step
/// changes anything. `largest_gradient` says so, as a number instead of a
/// verdict, because how small is too small depends on the data's scale:
/// compare it with the gradient at the start, which
/// [`TwoLayer::gradients`] gives.
///
/// ```
/// use constnet::{Init, Matrix, Mt19937, TrainOptions, TwoLayer};
///
/// let x = Matrix::new([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]);
/// let y = Matrix::new([[0.0], [1.0], [1.0], [0.0]]);
/// let mut net: TwoLayer<2, 4, 1> = TwoLayer::new(Init::Zeros, &mut Mt19937::new(1));
/// let summary = net.train(&x, &y, TrainOptions::new(100, 1.0), |_| {})?;
/// // From all zeros, XOR's gradient is exactly 0: the run never moved.
/// assert_eq!(summary.final_error, 0.5);
/// assert_eq!(summary.largest_gradient, 0.0);
/// # Ok::<(), constnet::TrainError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// The number of steps taken.
    pub steps: usize,
    /// `mean(|Y - A2|)` of the final weights, after the last step.
    pub final_error: f64,
    /// The largest magnitude among the elements of `∂L/∂W1` and `∂L/∂W2` at
    /// the final weights ([`TwoLayer::gradients`]): how far the next step
    /// would move any weight, divided by the learning rate. Near 0 (compared
    /// with its value at the start) means the gradient has vanished and
    /// more steps will not help.
    pub largest_gradient: f64,
}

/// Which operand of [`TwoLayer::train`] held a non-finite value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// The inputs `X`.
    X,
    /// The targets `Y`.
    Y,
    /// The network's input-to-hidden weights `W1`.
    W1,
    /// The network's hidden-to-output weights `W2`.
    W2,
}

/// Why [`TwoLayer::train`] stopped without finishing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TrainError {
    /// Element `(row, col)` of `which` is NaN or infinite. Nothing was trained.
    NonFiniteInput {
        /// The matrix holding the bad value.
        which: Operand,
        /// Its row.
        row: usize,
        /// Its column.
        col: usize,
    },
    /// The learning rate is NaN, infinite, zero or negative. Nothing was trained.
    InvalidLearningRate(f64),
    /// The start cannot be drawn ([`Init::check`](crate::Init::check)
    /// refused it). Returned by the helpers that build their own network,
    /// such as [`ClassicExperiment::run`](crate::ClassicExperiment::run);
    /// nothing was trained.
    InvalidInit(InitError),
    /// The mean `|Y - A2|` of the starting weights is `error`, which is
    /// infinite or NaN although `X`, `Y`, `W1` and `W2` are all finite: a
    /// sum overflowed `f64`, because some values are close to `f64::MAX`
    /// (targets near `1e308`, or inputs and weights whose products are).
    /// Nothing was trained.
    StartOverflow {
        /// The error the starting weights give.
        error: f64,
    },
    /// The error or a weight became NaN or infinite during training. The
    /// network now holds the last weights that were checked and found
    /// finite: those after `step` steps, whose error was `last_error`.
    Diverged {
        /// How many steps of this call the weights the network now holds
        /// had taken (0: the weights the call started with).
        step: usize,
        /// `mean(|Y - A2|)` for those weights.
        last_error: f64,
    },
}

impl fmt::Display for Operand {
    /// The operand's name as written in the formulas: `X`, `Y`, `W1`, `W2`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Operand::X => "X",
            Operand::Y => "Y",
            Operand::W1 => "W1",
            Operand::W2 => "W2",
        })
    }
}

impl fmt::Display for TrainError {
    /// A sentence saying what went wrong and what to change.
    ///
    /// ```
    /// use constnet::TrainError;
    ///
    /// let e = TrainError::InvalidLearningRate(-1.0);
    /// assert_eq!(
    ///     e.to_string(),
    ///     "learning rate -1 is not a finite number greater than 0: pass a positive step size, \
    ///      smaller the more samples a batch has (the loss is a sum over them)"
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrainError::NonFiniteInput { which, row, col } => write!(
                f,
                "{which}[({row}, {col})] is NaN or infinite: replace it with a finite number before training"
            ),
            TrainError::InvalidLearningRate(lr) => write!(
                f,
                "learning rate {} is not a finite number greater than 0: pass a positive step size, \
                 smaller the more samples a batch has (the loss is a sum over them)",
                Shortest(*lr)
            ),
            TrainError::InvalidInit(error) => write!(f, "{error}"),
            TrainError::StartOverflow { error } => write!(
                f,
                "the starting error mean |Y - A2| is {} although X, Y, W1 and W2 are finite: a sum overflowed, so some values are too large (near 1e308); rescale the inputs, targets or weights",
                Shortest(*error)
            ),
            TrainError::Diverged { step, last_error } => write!(
                f,
                "training diverged (an error or weight became NaN or infinite); the network was restored to the weights it had after {step} steps of this call (mean |error| {}): lower the learning rate or rescale the data",
                Shortest(*last_error)
            ),
        }
    }
}

impl core::error::Error for TrainError {
    /// The [`InitError`] of [`TrainError::InvalidInit`]; `None` otherwise.
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            TrainError::InvalidInit(error) => Some(error),
            _ => None,
        }
    }
}

impl From<InitError> for TrainError {
    /// [`TrainError::InvalidInit`], so that `?` passes an [`InitError`] on.
    fn from(error: InitError) -> Self {
        TrainError::InvalidInit(error)
    }
}

/// Returns `Err(NonFiniteInput)` naming the first non-finite element of `m`.
fn require_finite<const R: usize, const C: usize>(
    m: &Matrix<R, C>,
    which: Operand,
) -> Result<(), TrainError> {
    match m.first_non_finite() {
        Some((row, col)) => Err(TrainError::NonFiniteInput { which, row, col }),
        None => Ok(()),
    }
}

/// A state that passed the divergence check: weights, their step, their error.
struct Checkpoint<const I: usize, const H: usize, const O: usize> {
    net: TwoLayer<I, H, O>,
    step: usize,
    error: f64,
}

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// Trains for `options.steps` steps of [`TwoLayer::train_step`] on the
    /// `N` samples `x` (`N x I`) with targets `y` (`N x O`), calling
    /// `on_report` every `options.report_every` steps, and checking that the
    /// training stays finite (see [`TrainError::Diverged`]).
    ///
    /// The steps are exactly those of `train_step`: a checked run computes
    /// bit for bit the same weights as the bare loop.
    ///
    /// # Errors
    ///
    /// * [`TrainError::NonFiniteInput`] if `x`, `y`, `W1` or `W2` holds NaN or
    ///   infinity; [`TrainError::InvalidLearningRate`] if the learning rate is
    ///   not finite and `> 0`; [`TrainError::StartOverflow`] if the starting
    ///   error is not finite all the same. All three are found before the
    ///   first step, and the network is left untouched.
    /// * [`TrainError::Diverged`] if the error or a weight becomes non-finite;
    ///   the network is restored to the last checked finite weights.
    ///
    /// It never returns [`TrainError::InvalidInit`]: the network is built
    /// already.
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937, TrainOptions, TwoLayer};
    ///
    /// let x = Matrix::new([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]);
    /// let y = Matrix::new([[0.0], [1.0], [1.0], [0.0]]);
    /// let mut net: TwoLayer<2, 4, 1> =
    ///     TwoLayer::new(Init::Uniform { low: -1.0, high: 1.0 }, &mut Mt19937::new(1));
    ///
    /// let mut reports = 0;
    /// let summary = net
    ///     .train(&x, &y, TrainOptions::new(5_000, 1.0).report_every(1_000), |_| reports += 1)
    ///     .expect("finite data and a sane learning rate");
    /// assert_eq!(reports, 5);
    /// assert_eq!(summary.steps, 5_000);
    /// ```
    ///
    /// Inputs, targets and network must agree in shape; these do not compile:
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TrainOptions, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 2>::zeros(); // 2 input columns, the network has 3
    /// let y = Matrix::<4, 1>::zeros();
    /// let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {});
    /// ```
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TrainOptions, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 3>::zeros();
    /// let y = Matrix::<4, 2>::zeros(); // 2 target columns, the network has 1 output
    /// let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {});
    /// ```
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TrainOptions, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 3>::zeros();
    /// let y = Matrix::<5, 1>::zeros(); // 5 targets for 4 samples
    /// let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {});
    /// ```
    ///
    /// An empty batch has no mean error to check or report, so `N = 0` is a
    /// compile error too (as is a network with `O = 0` outputs):
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TrainOptions, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<0, 3>::zeros();
    /// let y = Matrix::<0, 1>::zeros();
    /// let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {});
    /// ```
    pub fn train<const N: usize>(
        &mut self,
        x: &Matrix<N, I>,
        y: &Matrix<N, O>,
        options: TrainOptions,
        mut on_report: impl FnMut(Report),
    ) -> Result<Summary, TrainError> {
        require_finite(x, Operand::X)?;
        require_finite(y, Operand::Y)?;
        require_finite(self.w1(), Operand::W1)?;
        require_finite(self.w2(), Operand::W2)?;
        let lr = options.learning_rate;
        if !(lr.is_finite() && lr > 0.0) {
            return Err(TrainError::InvalidLearningRate(lr));
        }
        let start_error = self.error(x, y);
        if !start_error.is_finite() {
            return Err(TrainError::StartOverflow { error: start_error });
        }
        let check_every = options.check_every.max(1);
        let is_report = |step: usize| options.report_every != 0 && step % options.report_every == 0;

        let mut good = Checkpoint {
            net: *self,
            step: 0,
            error: start_error,
        };
        for step in 0..options.steps {
            if !(step % check_every == 0 || is_report(step)) {
                self.train_step(x, y, lr);
                continue;
            }
            // The weights about to be stepped become the checkpoint if they
            // and the error they give are finite.
            let before = *self;
            let error = self.train_step(x, y, lr);
            if !(error.is_finite() && before.is_finite()) {
                return Err(self.restore(good));
            }
            good = Checkpoint {
                net: before,
                step,
                error,
            };
            if is_report(step) {
                on_report(Report { step, error });
            }
        }
        let final_error = self.error(x, y);
        if !(final_error.is_finite() && self.is_finite()) {
            return Err(self.restore(good));
        }
        // A forward pass of its own, once per call: sharing `error`'s would
        // keep A1 alive across both and cost the checked run about 700
        // bytes of stack on a Cortex-M4F (measured with embedded/run).
        let (d_w1, d_w2) = self.gradients(x, y);
        let largest_gradient = d_w1
            .rows()
            .as_flattened()
            .iter()
            .chain(d_w2.rows().as_flattened())
            .fold(0.0, |largest: f64, g| largest.max(g.abs()));
        Ok(Summary {
            steps: options.steps,
            final_error,
            largest_gradient,
        })
    }

    /// Puts the network back to a checkpoint and says so.
    fn restore(&mut self, good: Checkpoint<I, H, O>) -> TrainError {
        *self = good.net;
        TrainError::Diverged {
            step: good.step,
            last_error: good.error,
        }
    }
}
