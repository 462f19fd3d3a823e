//! Saturation, measured: how many hidden units start out stuck.
//!
//! The sigmoid is nearly flat far from 0: at `z = 4` its slope
//! `σ(z)·(1 - σ(z))` is already below 0.018, at `z = 10` below 0.00005.
//! Every gradient that reaches a weight of `W1` is multiplied by the slope
//! of its hidden unit (the `σ'(A1)` of the backward pass), so a unit whose
//! activation sits near 0 or 1 barely learns. Weights drawn from too wide a
//! range make the sums `X · W1` large and push most activations there:
//! random weights break the symmetry, but their *scale* decides whether
//! the units can learn. Counting the activations near 0 or 1 measures it.

use crate::{Matrix, TwoLayer};

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// The fraction of hidden activations that are saturated on the `N`
    /// samples in `x` (`N x I`): of the `N · H` entries of
    /// `A1 = σ(X · W1)`, the share with `a <= margin` or `a >= 1 - margin`.
    ///
    /// `margin = 0.03` is the usual choice: there the sigmoid's slope
    /// `a·(1 - a)` is below 0.03, an eighth of its largest value (0.25 at
    /// `a = 0.5`). It matches the `|tanh| > 0.97` often used for tanh
    /// units. The result lies in `[0, 1]`; it allocates nothing.
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937, TwoLayer};
    ///
    /// let x = Matrix::new([[1.0, 1.0], [1.0, -1.0]]);
    /// // Small weights: every activation is near 0.5.
    /// let calm = TwoLayer::<2, 3, 1>::from_weights(Matrix::filled(0.1), Matrix::zeros());
    /// assert_eq!(calm.saturation(&x, 0.03), 0.0);
    /// // Large weights: Z1 is [20, 0, 0] on sample 0 and [0, 0, 0] on sample 1,
    /// // so one activation in six, σ(20), is saturated.
    /// let w1 = Matrix::new([[10.0, 0.0, 0.0], [10.0, 0.0, 0.0]]);
    /// let stuck = TwoLayer::<2, 3, 1>::from_weights(w1, Matrix::zeros());
    /// assert_eq!(stuck.saturation(&x, 0.03), 1.0 / 6.0);
    /// ```
    ///
    /// An empty batch or a layer without units has no activations to
    /// count, so `N = 0` or `H = 0` does not compile:
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<2, 3, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let _ = net.saturation(&Matrix::<0, 2>::zeros(), 0.03);
    /// ```
    #[must_use]
    pub fn saturation<const N: usize>(&self, x: &Matrix<N, I>, margin: f64) -> f64 {
        const {
            assert!(
                N > 0 && H > 0,
                "saturation needs at least one sample and one hidden unit"
            )
        };
        let (a1, _): (Matrix<N, H>, Matrix<N, O>) = self.forward(x);
        let saturated = a1
            .rows()
            .as_flattened()
            .iter()
            .filter(|&&a| a <= margin || a >= 1.0 - margin)
            .count();
        saturated as f64 / (N * H) as f64
    }
}
