//! Weight export: a trained network printed as Rust source.
//!
//! A microcontroller usually runs a network, it does not train one. The
//! workflow is: train on the host, print the weights with
//! [`TwoLayer::rust_const`], paste the printed item into the firmware, and
//! there call [`TwoLayer::forward`] on it. Because [`TwoLayer::from_weights`]
//! and [`Matrix::new`](crate::Matrix::new) are `const fn`, the item is a
//! `const`: the weights sit in flash and cost no RAM and no start-up time.
//!
//! The one promise that matters is that the firmware computes with exactly
//! the host's weights, so every weight is printed as a literal that the
//! compiler reads back to the very same bits (see [`TwoLayer::rust_const`]).

use crate::numpy::digits::Shortest;
use crate::TwoLayer;
use core::fmt;

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// The network as one Rust item, `pub const NAME: ... = ...;`, ready to
    /// paste into a program that depends on constnet (a firmware, say):
    ///
    /// ```text
    /// pub const NAME: constnet::TwoLayer<I, H, O> = constnet::TwoLayer::from_weights(
    ///     constnet::Matrix::new([
    ///         [W1[0, 0], W1[0, 1], ..., W1[0, H-1]],
    ///         ...                                      (I rows of H weights)
    ///     ]),
    ///     constnet::Matrix::new([
    ///         [W2[0, 0], ..., W2[0, O-1]],
    ///         ...                                      (H rows of O weights)
    ///     ]),
    /// );
    /// ```
    ///
    /// `name` is printed as given, so it must be a Rust identifier
    /// (`SCREAMING_SNAKE_CASE` by convention). There is no trailing newline.
    ///
    /// **Every weight reads back to the same bits.** A finite weight is
    /// printed as `{:?}` prints it (through
    /// [`Shortest`]), the shortest decimal that parses back to exactly
    /// that `f64` (`0.5`, `-0.0`, `5e-324`, `1.7976931348623157e308`), and
    /// rustc rounds a float literal to the nearest `f64` just as
    /// `str::parse::<f64>` does. A non-finite weight, which has no literal,
    /// is printed as `f64::NAN`, `f64::INFINITY` or `f64::NEG_INFINITY`, so
    /// the item always compiles; a NaN's sign and payload are not kept.
    /// `tests/export.rs` checks the round trip on random bit patterns and on
    /// these special values, and compiles printed items to compare their bits.
    ///
    /// Like [`Display`](fmt::Display) for [`Matrix`](crate::Matrix), the returned value
    /// writes straight into the formatter: nothing is allocated.
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<2, 2, 1>::from_weights(
    ///     Matrix::new([[0.5, -0.0], [1e-300, f64::INFINITY]]),
    ///     Matrix::new([[3.0], [-2.25]]),
    /// );
    /// assert_eq!(
    ///     net.rust_const("TRAINED").to_string(),
    ///     "\
    /// pub const TRAINED: constnet::TwoLayer<2, 2, 1> = constnet::TwoLayer::from_weights(
    ///     constnet::Matrix::new([
    ///         [0.5, -0.0],
    ///         [1e-300, f64::INFINITY],
    ///     ]),
    ///     constnet::Matrix::new([
    ///         [3.0],
    ///         [-2.25],
    ///     ]),
    /// );"
    /// );
    /// ```
    ///
    /// The printed item, pasted into a program, is the same network:
    ///
    /// ```
    /// pub const TRAINED: constnet::TwoLayer<2, 2, 1> = constnet::TwoLayer::from_weights(
    ///     constnet::Matrix::new([
    ///         [0.5, -0.0],
    ///         [1e-300, f64::INFINITY],
    ///     ]),
    ///     constnet::Matrix::new([
    ///         [3.0],
    ///         [-2.25],
    ///     ]),
    /// );
    ///
    /// assert_eq!(TRAINED.w1()[(1, 0)], 1e-300);
    /// assert_eq!(TRAINED.w1()[(0, 1)].to_bits(), (-0.0f64).to_bits());
    /// ```
    ///
    /// `embedded/src/trained.rs` is such a paste: the network trained by the
    /// classic experiment's uniform run, which the inference firmware runs on
    /// Cortex-M cores (`docs/embedded.md`), and a test fails if it is not
    /// exactly what this function prints for that network.
    #[must_use]
    pub fn rust_const<'a>(&'a self, name: &'a str) -> impl fmt::Display + 'a {
        RustConst { net: self, name }
    }
}

/// The [`Display`](fmt::Display) returned by [`TwoLayer::rust_const`].
struct RustConst<'a, const I: usize, const H: usize, const O: usize> {
    net: &'a TwoLayer<I, H, O>,
    name: &'a str,
}

impl<const I: usize, const H: usize, const O: usize> fmt::Display for RustConst<'_, I, H, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("pub const ")?;
        f.write_str(self.name)?;
        writeln!(
            f,
            ": constnet::TwoLayer<{I}, {H}, {O}> = constnet::TwoLayer::from_weights("
        )?;
        write_matrix(f, self.net.w1().rows().as_flattened(), I, H)?;
        write_matrix(f, self.net.w2().rows().as_flattened(), H, O)?;
        f.write_str(");")
    }
}

/// One argument line (or block) `    constnet::Matrix::new([...]),`, one
/// matrix row per line, for the `rows x cols` matrix whose values are
/// `values`, row after row. Not generic, so that every shape shares one
/// copy of this code.
fn write_matrix(
    f: &mut fmt::Formatter<'_>,
    values: &[f64],
    rows: usize,
    cols: usize,
) -> fmt::Result {
    if rows == 0 {
        return f.write_str("    constnet::Matrix::new([]),\n");
    }
    f.write_str("    constnet::Matrix::new([\n")?;
    for r in 0..rows {
        f.write_str("        [")?;
        for c in 0..cols {
            if c > 0 {
                f.write_str(", ")?;
            }
            write_literal(f, values.get(r * cols + c).copied().ok_or(fmt::Error)?)?;
        }
        f.write_str("],\n")?;
    }
    f.write_str("    ]),\n")
}

/// `x` as a Rust expression of type `f64` that evaluates to the same bits
/// (for NaN: to `f64::NAN`).
fn write_literal(f: &mut fmt::Formatter<'_>, x: f64) -> fmt::Result {
    if x.is_nan() {
        f.write_str("f64::NAN")
    } else if x == f64::INFINITY {
        f.write_str("f64::INFINITY")
    } else if x == f64::NEG_INFINITY {
        f.write_str("f64::NEG_INFINITY")
    } else {
        // `{:?}` is the shortest round-trip form, and it always reads as a
        // float literal: `2.0` (never `2`), `1e16`, `-0.0`. `Shortest`
        // prints it without core's float formatting code.
        write!(f, "{:?}", Shortest(x))
    }
}
