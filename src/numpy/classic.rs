//! The classic experiment: one 3-4-1 network, four samples, three starts.
//!
//! A well-known numpy program trains a 3-4-1 sigmoid network for 60000
//! full-batch steps at learning rate 1, printing the mean absolute error
//! every 10000 steps and the weights at the end. It is run three times: with
//! every weight 0, with every weight 2, and with weights uniform in `[-1, 1)`
//! after `np.random.seed(1)`. [`ClassicExperiment`] runs the same three and
//! prints the same text, digit for digit.

use super::PyFloat;
use crate::{Init, Matrix, TrainError, TrainOptions, TwoLayer};
use core::fmt;

/// One run of the classic experiment: its six reported errors and the
/// trained network.
///
/// Its [`Display`](fmt::Display) prints what the numpy program prints:
///
/// ```text
/// Error:1.25
/// Error:1.0000091298568936
/// ...                                (six lines: steps 0, 10000, ..., 50000)
/// Output After Training:
/// W1= [[0.58078498 0.58078498 0.58078498 0.58078498]
///  ...
/// W2= [[3.52357914]
///  ...
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClassicExperiment {
    /// `mean(|Y - A2|)` measured before steps 0, 10000, ..., 50000.
    pub errors: [f64; ClassicExperiment::REPORTS],
    /// The network after all 60000 steps.
    pub network: TwoLayer<3, 4, 1>,
}

impl ClassicExperiment {
    /// The inputs `X`: 4 samples (rows) of 3 features (columns).
    pub const INPUTS: Matrix<4, 3> = Matrix::new([
        [0.5, 0.9, 1.0],
        [2.0, 1.0, 1.0],
        [0.3, 0.6, 1.0],
        [1.5, 0.9, 0.6],
    ]);
    /// The targets `Y`: one per sample. Note 2 and 3 lie outside the
    /// sigmoid's range `(0, 1)`: no network of this kind can reach them.
    pub const TARGETS: Matrix<4, 1> = Matrix::new([[1.0], [3.0], [2.0], [0.0]]);
    /// Gradient steps per run.
    pub const STEPS: usize = 60_000;
    /// The error is reported every this many steps.
    pub const REPORT_EVERY: usize = 10_000;
    /// How many errors a run reports: `STEPS / REPORT_EVERY`.
    pub const REPORTS: usize = Self::STEPS / Self::REPORT_EVERY;
    /// The learning rate `lr`.
    pub const LEARNING_RATE: f64 = 1.0;
    /// The seed of the generator that random schemes draw from
    /// (`np.random.seed(1)` in the original).
    pub const SEED: u32 = 1;

    /// Builds a 3-4-1 network with `init` (drawing from `Mt19937::new(SEED)`)
    /// and trains it on [`INPUTS`](Self::INPUTS) and
    /// [`TARGETS`](Self::TARGETS) with [`TwoLayer::train`].
    ///
    /// # Errors
    ///
    /// [`TrainError::InvalidInit`] if [`Init::check`] refuses `init` (for
    /// example `Init::Constant(f64::NAN)`, or the reversed range
    /// `Init::Uniform { low: 1.0, high: -1.0 }`), before anything is drawn;
    /// otherwise whatever [`TwoLayer::train`] reports.
    ///
    /// ```
    /// use constnet::{ClassicExperiment, Init, InitError, TrainError};
    ///
    /// let run = ClassicExperiment::run(Init::Zeros)?;
    /// assert_eq!(run.errors[0], 1.25);
    ///
    /// let reversed = ClassicExperiment::run(Init::Uniform { low: 1.0, high: -1.0 });
    /// assert_eq!(
    ///     reversed,
    ///     Err(TrainError::InvalidInit(InitError::EmptyRange { low: 1.0, high: -1.0 }))
    /// );
    /// # Ok::<(), constnet::TrainError>(())
    /// ```
    pub fn run(init: Init) -> Result<Self, TrainError> {
        init.check()?;
        let mut network = TwoLayer::from_seed(init, Self::SEED);
        let mut errors = [f64::NAN; Self::REPORTS];
        let options =
            TrainOptions::new(Self::STEPS, Self::LEARNING_RATE).report_every(Self::REPORT_EVERY);
        network.train(&Self::INPUTS, &Self::TARGETS, options, |report| {
            errors[report.step / Self::REPORT_EVERY] = report.error;
        })?;
        Ok(Self { errors, network })
    }
}

impl fmt::Display for ClassicExperiment {
    /// The numpy program's output: `Error:` and each error as the program's
    /// `str(np.mean(...))` prints it, which is Python's float repr
    /// ([`PyFloat`]: `1.0`, not Rust's `1`), then `Output After Training:`,
    /// then the weights as numpy's `print` shows them, one line per row.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in self.errors {
            writeln!(f, "Error:{}", PyFloat(error))?;
        }
        writeln!(f, "Output After Training:")?;
        writeln!(f, "W1= {}", self.network.w1())?;
        writeln!(f, "W2= {}", self.network.w2())
    }
}
