//! Appendix A: numpy, matched digit for digit.
//!
//! The lesson reproduces a numpy program exactly. That takes three things
//! numpy does its own way, each in its own file:
//!
//! - [`mt19937`]: numpy's legacy random generator, MT19937, so that
//!   `np.random.seed(1)` draws the same starting weights.
//! - [`format`]: how numpy prints a 2-D `float64` array, rule by rule, and
//!   how Python prints one float.
//! - [`classic`]: the post's experiment itself, which prints what the numpy
//!   program prints.

pub mod classic;
pub mod format;
pub mod mt19937;

pub use classic::ClassicExperiment;
pub use mt19937::Mt19937;
