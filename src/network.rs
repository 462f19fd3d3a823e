//! The network: two fully connected sigmoid layers, `I -> H -> O`.
//!
//! For a batch of `N` samples the forward pass is
//!
//! ```text
//! A1 = σ(X · W1)     (N x I) · (I x H) -> N x H   the hidden activations
//! A2 = σ(A1 · W2)    (N x H) · (H x O) -> N x O   the output
//! ```
//!
//! and one step of full-batch gradient descent on the squared error moves
//! the weights against the gradient (the backward pass is derived line by
//! line in [`TwoLayer::train_step`]).

use crate::{sigmoid, sigmoid_derivative, Init, Matrix, Mt19937};

/// A two-layer sigmoid network with `I` inputs, `H` hidden units and `O`
/// outputs, and no biases.
///
/// The weights are `W1: Matrix<I, H>` (column `h` holds the input weights of
/// hidden unit `h`) and `W2: Matrix<H, O>` (row `h` holds its output weights).
/// Every shape is a type parameter, so data of the wrong width or targets of
/// the wrong shape are compile errors.
///
/// ```
/// use constnet::{Init, Matrix, Mt19937, TwoLayer};
///
/// let x = Matrix::new([[0.5, 0.9, 1.0], [2.0, 1.0, 1.0], [0.3, 0.6, 1.0], [1.5, 0.9, 0.6]]);
/// let y = Matrix::new([[1.0], [3.0], [2.0], [0.0]]);
///
/// let mut net: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Zeros, &mut Mt19937::new(1));
/// let error = net.train_step(&x, &y, 1.0);
/// assert_eq!(error, 1.25); // mean |Y - 0.5|: every output starts at σ(0) = 0.5
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TwoLayer<const I: usize, const H: usize, const O: usize> {
    w1: Matrix<I, H>,
    w2: Matrix<H, O>,
}

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// A network whose weights are filled by `init`: `W1` (`I x H`) first,
    /// then `W2` (`H x O`), each in row-major order, drawing from `rng` when
    /// the scheme is random.
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937, TwoLayer};
    ///
    /// let net: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Constant(2.0), &mut Mt19937::new(1));
    /// assert_eq!(*net.w1(), Matrix::filled(2.0));
    /// ```
    pub fn new(init: Init, rng: &mut Mt19937) -> Self {
        let w1 = init.matrix(rng);
        let w2 = init.matrix(rng);
        Self::from_weights(w1, w2)
    }

    /// A network with the given weights: `w1` is `I x H`, `w2` is `H x O`.
    pub const fn from_weights(w1: Matrix<I, H>, w2: Matrix<H, O>) -> Self {
        Self { w1, w2 }
    }

    /// The input-to-hidden weights `W1` (`I x H`).
    pub const fn w1(&self) -> &Matrix<I, H> {
        &self.w1
    }

    /// The hidden-to-output weights `W2` (`H x O`).
    pub const fn w2(&self) -> &Matrix<H, O> {
        &self.w2
    }

    /// `true` when every weight in `W1` and `W2` is finite.
    pub fn is_finite(&self) -> bool {
        self.w1().first_non_finite().is_none() && self.w2().first_non_finite().is_none()
    }

    /// The mean absolute error `mean(|Y - σ(σ(X · W1) · W2)|)` of the current
    /// weights on `N` samples: `x` is `N x I`, `y` is `N x O`.
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<1, 1, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// // Every output is σ(0) = 0.5.
    /// assert_eq!(net.error(&Matrix::new([[7.0], [8.0]]), &Matrix::new([[1.0], [0.0]])), 0.5);
    /// ```
    pub fn error<const N: usize>(&self, x: &Matrix<N, I>, y: &Matrix<N, O>) -> f64 {
        let (_, a2) = self.forward(x);
        (*y - a2).mean_abs()
    }

    /// The forward pass for a batch of `N` samples (one per row of `x`):
    ///
    /// `A1 = σ(X · W1)` (`N x H`), `A2 = σ(A1 · W2)` (`N x O`).
    ///
    /// Returns `(A1, A2)`: the hidden activations and the output.
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<2, 1, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let (hidden, output) = net.forward(&Matrix::new([[3.0, 4.0]]));
    /// assert_eq!(hidden, Matrix::new([[0.5]])); // σ(0)
    /// assert_eq!(output, Matrix::new([[0.5]]));
    /// ```
    ///
    /// Inputs must have exactly `I` columns; anything else is a compile error:
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 2>::zeros(); // 2 columns, but the network has 3 inputs
    /// let _ = net.forward(&x);
    /// ```
    // Always inlined: at the seed size LLVM otherwise keeps `forward` as a
    // separate call inside `train_step`, and passing A1 and A2 back through
    // memory costs about 10% of the step (measured).
    #[inline(always)]
    pub fn forward<const N: usize>(&self, x: &Matrix<N, I>) -> (Matrix<N, H>, Matrix<N, O>) {
        let a1: Matrix<N, H> = x.dot(&self.w1).map(sigmoid);
        let a2: Matrix<N, O> = a1.dot(&self.w2).map(sigmoid);
        (a1, a2)
    }

    /// One step of full-batch gradient descent on the `N` samples in `x`
    /// (`N x I`) with targets `y` (`N x O`). Returns the mean absolute error
    /// `mean(|Y - A2|)` measured *before* the weights move.
    ///
    /// The step, in the order it is derived (`·` matrix product, `*`
    /// element-wise product, `σ' (A) = A * (1 - A)`):
    ///
    /// ```text
    /// A1 = σ(X · W1)                   N x H
    /// A2 = σ(A1 · W2)                  N x O
    /// E  = Y - A2                      N x O
    /// D2 = E * σ'(A2)                  N x O
    /// D1 = (D2 · W2ᵀ) * σ'(A1)         N x H
    /// W2 = W2 + lr * (A1ᵀ · D2)        H x O
    /// W1 = W1 + lr * (Xᵀ · D1)         I x H
    /// ```
    ///
    /// With `lr = 1.0` the multiplication by `lr` is exact, so the result
    /// is bit for bit numpy's `syn1 += l1.T.dot(l2_delta)`.
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937, TwoLayer};
    ///
    /// let x = Matrix::new([[0.0, 1.0], [1.0, 0.0]]);
    /// let y = Matrix::new([[1.0], [0.0]]);
    /// let mut net: TwoLayer<2, 3, 1> = TwoLayer::new(
    ///     Init::Uniform { low: -1.0, high: 1.0 },
    ///     &mut Mt19937::new(7),
    /// );
    /// let first = net.train_step(&x, &y, 1.0);
    /// for _ in 0..1000 {
    ///     net.train_step(&x, &y, 1.0);
    /// }
    /// assert!(net.train_step(&x, &y, 1.0) < first);
    /// ```
    ///
    /// Targets must have one row per sample and `O` columns:
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 3>::zeros();
    /// let y = Matrix::<3, 1>::zeros(); // 3 targets for 4 samples
    /// net.train_step(&x, &y, 1.0);
    /// ```
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 3>::zeros();
    /// let y = Matrix::<4, 2>::zeros(); // 2 outputs per target, the network has 1
    /// net.train_step(&x, &y, 1.0);
    /// ```
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 2>::zeros(); // 2 input columns, the network has 3
    /// let y = Matrix::<4, 1>::zeros();
    /// net.train_step(&x, &y, 1.0);
    /// ```
    ///
    /// The correct twin of those three:
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 3>::zeros();
    /// let y = Matrix::<4, 1>::zeros();
    /// assert_eq!(net.train_step(&x, &y, 1.0), 0.5);
    /// ```
    pub fn train_step<const N: usize>(
        &mut self,
        x: &Matrix<N, I>,
        y: &Matrix<N, O>,
        learning_rate: f64,
    ) -> f64 {
        // Forward: what the network predicts now.
        let (a1, a2): (Matrix<N, H>, Matrix<N, O>) = self.forward(x);
        // How far each prediction is from its target.
        let e: Matrix<N, O> = *y - a2;
        // Output delta: the error scaled by the slope of the output sigmoid.
        let d2: Matrix<N, O> = e.hadamard(&a2.map(sigmoid_derivative));
        // Hidden delta: each output delta sent back along the weight it came
        // through (hence W2ᵀ), scaled by the slope of the hidden sigmoid.
        let d1: Matrix<N, H> = d2
            .dot(&self.w2.transpose())
            .hadamard(&a1.map(sigmoid_derivative));
        // Weight steps: for each weight, the sum over samples of
        // (its input activation) x (the delta at its output), hence the
        // transposed activations on the left (`t_dot` is `transpose().dot`
        // without building the transpose).
        self.w2 += a1.t_dot(&d2) * learning_rate;
        self.w1 += x.t_dot(&d1) * learning_rate;
        e.mean_abs()
    }
}
