//! The activation: the logistic sigmoid `σ(x) = 1 / (1 + e^-x)` and its
//! slope.
//!
//! Each layer of the network adds up its weighted inputs and passes the sum
//! `z` through `σ`, which squashes any real number into `(0, 1)`: large
//! negative sums give nearly 0, large positive ones nearly 1, and `σ(0)` is
//! exactly `0.5`. Training needs the slope `σ'(z)` too, and for the sigmoid
//! it has a tidy form in terms of the output alone (see
//! [`sigmoid_derivative`]). The exponential underneath is [`exp()`](crate::exp),
//! in the numerics appendix.

use crate::exp;

/// The logistic sigmoid `σ(x) = 1 / (1 + e^-x)`, from any real number into
/// `[0, 1]`.
///
/// `σ(0) = 0.5` exactly. Far below zero `e^-x` overflows to `+∞` and
/// `1 / (1 + ∞) = 0`, so a finite input never gives NaN.
///
/// ```
/// use constnet::sigmoid;
///
/// assert_eq!(sigmoid(0.0), 0.5);
/// assert!((sigmoid(2.0) - 0.8807970779778823).abs() < 1e-15);
/// assert_eq!(sigmoid(-800.0), 0.0);
/// assert_eq!(sigmoid(40.0), 1.0);
/// ```
#[must_use]
#[inline]
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + exp(-x))
}

/// The slope of the sigmoid, `σ'(x) = σ(x)·(1 - σ(x))`, written in terms of
/// `y = σ(x)`: `σ'(x) = y·(1 - y)`.
///
/// It takes the sigmoid's *output* because backpropagation already has it
/// and so never needs `x` again.
///
/// ```
/// use constnet::{sigmoid, sigmoid_derivative};
///
/// // The sigmoid is steepest at x = 0, where y = 0.5: slope 0.25.
/// assert_eq!(sigmoid_derivative(sigmoid(0.0)), 0.25);
/// assert_eq!(sigmoid_derivative(1.0), 0.0);
/// ```
#[must_use]
#[inline]
pub fn sigmoid_derivative(y: f64) -> f64 {
    y * (1.0 - y)
}
