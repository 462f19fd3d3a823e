//! Appendix A: numpy, matched digit for digit.
//!
//! The lesson reproduces a numpy program exactly. That takes five pieces,
//! each in its own file:
//!
//! - [`mt19937`]: numpy's legacy random generator, MT19937, so that
//!   `np.random.seed(1)` draws the same starting weights.
//! - [`format`]: how numpy prints a 2-D `float64` array, rule by rule.
//! - [`pyfloat`]: how Python prints one float, as the program prints its
//!   errors.
//! - [`digits`]: the exact decimal digits of a double, shortest or
//!   rounded, under all of the crate's printing.
//! - [`classic`]: the post's experiment itself, which prints what the numpy
//!   program prints.

pub mod classic;
pub mod digits;
pub mod format;
pub mod mt19937;
pub mod pyfloat;

pub use classic::ClassicExperiment;
pub use mt19937::Mt19937;
pub use pyfloat::PyFloat;
