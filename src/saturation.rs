//! Saturation, measured: how many hidden units start out stuck, and
//! whether the outputs are stuck too.
//!
//! The sigmoid is nearly flat far from 0: at `z = 4` its slope
//! `σ(z)·(1 - σ(z))` is already below 0.018, at `z = 10` below 0.00005.
//! Every gradient that reaches a weight of `W1` is multiplied by the slope
//! of its hidden unit (the `σ'(A1)` of the backward pass), so a unit whose
//! activation sits near 0 or 1 barely learns. Weights drawn from too wide a
//! range make the sums `X · W1` large and push most activations there:
//! random weights break the symmetry, but their *scale* decides whether
//! the units can learn. Counting the activations near 0 or 1 measures it.
//!
//! The outputs can saturate as well, and then nothing learns at all: every
//! gradient, of `W2` and of `W1`, starts from `dZ2 = (A2 - Y) * σ'(A2)`,
//! which is nearly 0 wherever `A2` is. Too large a learning rate does this
//! in a single step (see "Choosing the learning rate" at
//! [`TrainOptions::new`](crate::TrainOptions::new)):
//! [`output_saturation`](TwoLayer::output_saturation) counts those.

use crate::{Matrix, TwoLayer};

/// The share of `activations` with `a <= margin` or `a >= 1 - margin`
/// (`activations` is never empty: the callers rule that out at compile time).
fn share_saturated(activations: &[f64], margin: f64) -> f64 {
    let saturated = activations
        .iter()
        .filter(|&&a| a <= margin || a >= 1.0 - margin)
        .count();
    saturated as f64 / activations.len() as f64
}

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// The fraction of hidden activations that are saturated on the `N`
    /// samples in `x` (`N x I`): of the `N · H` entries of
    /// `A1 = σ(X · W1)`, the share with `a <= margin` or `a >= 1 - margin`.
    ///
    /// `margin = 0.03` is the usual choice: there the sigmoid's slope
    /// `a·(1 - a)` is below 0.03, an eighth of its largest value (0.25 at
    /// `a = 0.5`). As `σ(z) = (1 + tanh(z/2)) / 2`, `σ(z) >= 1 - margin` is
    /// `tanh(z/2) >= 1 - 2·margin`: for tanh units, margin 0.03 is the
    /// threshold `|tanh| >= 0.94`. The result lies in `[0, 1]`; it allocates
    /// nothing. It looks only at the hidden layer;
    /// [`output_saturation`](TwoLayer::output_saturation) looks at the
    /// outputs.
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
        share_saturated(a1.rows().as_flattened(), margin)
    }

    /// The fraction of output activations that are saturated on the `N`
    /// samples in `x` (`N x I`): of the `N · O` entries of
    /// `A2 = σ(σ(X · W1) · W2)`, the share with `a <= margin` or
    /// `a >= 1 - margin`, the same count as
    /// [`saturation`](TwoLayer::saturation) makes for the hidden layer.
    ///
    /// Saturated outputs stop all learning: the backward pass multiplies
    /// every gradient by `σ'(A2) = A2 · (1 - A2)`, below `margin` there.
    /// The result lies in `[0, 1]`; it allocates nothing.
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let x = Matrix::new([[1.0, 1.0], [1.0, -1.0]]);
    /// // W1 = 0: every hidden activation is 0.5, none saturated. W2 = -40
    /// // makes every output σ(4 · 0.5 · -40) = σ(-80), about 2e-35.
    /// let net = TwoLayer::<2, 4, 1>::from_weights(Matrix::zeros(), Matrix::filled(-40.0));
    /// assert_eq!(net.saturation(&x, 0.03), 0.0);
    /// assert_eq!(net.output_saturation(&x, 0.03), 1.0);
    /// ```
    ///
    /// An empty batch or a network without outputs has no activations to
    /// count, so `N = 0` or `O = 0` does not compile:
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<2, 3, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let _ = net.output_saturation(&Matrix::<0, 2>::zeros(), 0.03);
    /// ```
    #[must_use]
    pub fn output_saturation<const N: usize>(&self, x: &Matrix<N, I>, margin: f64) -> f64 {
        const {
            assert!(
                N > 0 && O > 0,
                "output_saturation needs at least one sample and one output"
            )
        };
        let (_, a2): (Matrix<N, H>, Matrix<N, O>) = self.forward(x);
        share_saturated(a2.rows().as_flattened(), margin)
    }
}
