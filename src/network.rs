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
//!
//! In the reading order of the crate docs this file comes after
//! `activation.rs` and before `init.rs`.

use crate::{sigmoid, sigmoid_derivative, Init, Matrix, Mt19937};

/// Why an empty batch or a network without outputs does not compile: the
/// mean error over no values would be `0 / 0`.
const EMPTY_ERROR: &str =
    "the mean error of no values is 0/0: use a batch of at least one sample (N > 0) and a network with at least one output (O > 0)";

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
    #[must_use]
    pub fn new(init: Init, rng: &mut Mt19937) -> Self {
        let w1 = init.matrix(rng);
        let w2 = init.matrix(rng);
        Self::from_weights(w1, w2)
    }

    /// A network with the given weights: `w1` is `I x H`, `w2` is `H x O`.
    #[must_use]
    pub const fn from_weights(w1: Matrix<I, H>, w2: Matrix<H, O>) -> Self {
        Self { w1, w2 }
    }

    /// The input-to-hidden weights `W1` (`I x H`).
    #[must_use]
    pub const fn w1(&self) -> &Matrix<I, H> {
        &self.w1
    }

    /// The hidden-to-output weights `W2` (`H x O`).
    #[must_use]
    pub const fn w2(&self) -> &Matrix<H, O> {
        &self.w2
    }

    /// `true` when every weight in `W1` and `W2` is finite.
    #[must_use]
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
    #[must_use]
    pub fn error<const N: usize>(&self, x: &Matrix<N, I>, y: &Matrix<N, O>) -> f64 {
        const { assert!(N > 0 && O > 0, "{}", EMPTY_ERROR) };
        (*y - self.predict(x)).mean_abs()
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
    #[must_use]
    // Always inlined: at the classic size LLVM otherwise keeps `forward` as a
    // separate call inside `train_step`, and passing A1 and A2 back through
    // memory costs about 10% of the step (measured).
    #[inline(always)]
    pub fn forward<const N: usize>(&self, x: &Matrix<N, I>) -> (Matrix<N, H>, Matrix<N, O>) {
        let a1: Matrix<N, H> = x.dot(&self.w1).map(sigmoid);
        let a2: Matrix<N, O> = a1.dot(&self.w2).map(sigmoid);
        (a1, a2)
    }

    /// The outputs `A2 = σ(σ(X · W1) · W2)` (`N x O`) for a batch of `N`
    /// samples (`x` is `N x I`): [`forward`](TwoLayer::forward) without the
    /// hidden activations. This is what a trained network is used for.
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<2, 1, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// assert_eq!(net.predict(&Matrix::new([[3.0, 4.0]])), Matrix::new([[0.5]])); // σ(0)
    /// ```
    #[must_use]
    pub fn predict<const N: usize>(&self, x: &Matrix<N, I>) -> Matrix<N, O> {
        let (_, a2) = self.forward(x);
        a2
    }

    /// The gradient of the squared error `L = ½ Σ (Y - A2)²` with respect to
    /// each weight matrix, on the `N` samples in `x` (`N x I`) with targets
    /// `y` (`N x O`): `(∂L/∂W1, ∂L/∂W2)`, shaped `I x H` and `H x O` like
    /// the weights they belong to.
    ///
    /// This is the true gradient, pointing uphill: gradient descent moves
    /// each weight by `-lr · ∂L/∂w`, which is what
    /// [`train_step`](TwoLayer::train_step) does. The backward pass that
    /// computes it is written out in the `train_step` docs; the test
    /// `tests/gradient_check.rs` compares it with centred finite differences
    /// of `L`.
    ///
    /// `gradients` is all an optimizer needs. Gradient descent with momentum,
    /// for example, keeps a velocity `V` per weight matrix and steps
    /// `V = μ·V - lr·G`, `W = W + V`:
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937, TwoLayer};
    ///
    /// // XOR, with a constant third input standing in for a bias.
    /// let x = Matrix::new([[0.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 1.0]]);
    /// let y = Matrix::new([[0.0], [1.0], [1.0], [0.0]]);
    /// let mut net: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Xavier, &mut Mt19937::new(1));
    ///
    /// let (lr, mu) = (0.5, 0.9);
    /// let mut v1 = Matrix::<3, 4>::zeros();
    /// let mut v2 = Matrix::<4, 1>::zeros();
    /// let start = net.error(&x, &y);
    /// for _ in 0..2_000 {
    ///     let (g1, g2) = net.gradients(&x, &y);
    ///     v1 = v1 * mu - g1 * lr;
    ///     v2 = v2 * mu - g2 * lr;
    ///     net = TwoLayer::from_weights(*net.w1() + v1, *net.w2() + v2);
    /// }
    /// assert!(net.error(&x, &y) < start / 10.0);
    /// ```
    #[must_use]
    pub fn gradients<const N: usize>(
        &self,
        x: &Matrix<N, I>,
        y: &Matrix<N, O>,
    ) -> (Matrix<I, H>, Matrix<H, O>) {
        let (a1, a2) = self.forward(x);
        self.backward(x, y, &a1, &a2)
    }

    /// One step of full-batch gradient descent on the `N` samples in `x`
    /// (`N x I`) with targets `y` (`N x O`): each weight matrix moves against
    /// its gradient, `W = W - lr · ∂L/∂W`, with the gradients of
    /// [`gradients`](TwoLayer::gradients). Returns the mean absolute error
    /// `mean(|Y - A2|)` measured *before* the weights move.
    ///
    /// The step, in the order a textbook derives it (`·` is the matrix
    /// product, `*` the element-wise product, `σ'(A) = A * (1 - A)` the
    /// sigmoid's slope written with its output, and `dQ` stands for `∂L/∂Q`,
    /// which always has the shape of `Q`):
    ///
    /// ```text
    /// A1  = σ(X · W1)              N x H   forward
    /// A2  = σ(A1 · W2)             N x O
    /// dA2 = A2 - Y                 N x O   backward: L = ½ Σ (Y - A2)²
    /// dZ2 = dA2 * σ'(A2)           N x O
    /// dW2 = A1ᵀ · dZ2              H x O
    /// dA1 = dZ2 · W2ᵀ              N x H
    /// dZ1 = dA1 * σ'(A1)           N x H
    /// dW1 = Xᵀ · dZ1               I x H
    /// W1  = W1 - lr · dW1          I x H   update, both from the old weights
    /// W2  = W2 - lr · dW2          H x O
    /// ```
    ///
    /// The numpy program writes the same step with the opposite sign
    /// (`l2_delta = (y - l2) * σ'`, `syn1 += l1.T.dot(l2_delta)`). Negating
    /// is exact in floating point, and so is `lr = 1.0`, so written with
    /// constnet's matrices that form computes the same weights as this step,
    /// bit for bit (but for the sign of a weight that is exactly zero); the
    /// README's line-by-line loop checks it on the classic run. numpy itself
    /// sums its products in another order and has its own `exp`, so its
    /// weights can differ from these in the last bits; what the classic runs
    /// are held to is every digit numpy prints (`tests/classic.rs`).
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
        const { assert!(N > 0 && O > 0, "{}", EMPTY_ERROR) };
        // `gradients` without its own forward pass: the error needs A2 too.
        let (a1, a2): (Matrix<N, H>, Matrix<N, O>) = self.forward(x);
        let (d_w1, d_w2): (Matrix<I, H>, Matrix<H, O>) = self.backward(x, y, &a1, &a2);
        self.w1 -= d_w1 * learning_rate;
        self.w2 -= d_w2 * learning_rate;
        (*y - a2).mean_abs()
    }

    /// The backward pass: `(∂L/∂W1, ∂L/∂W2)` from the forward pass's `A1`
    /// and `A2`, line by line as in the [`train_step`](TwoLayer::train_step)
    /// docs. A name `d_q` stands for `∂L/∂Q` and has `Q`'s shape.
    #[inline(always)]
    fn backward<const N: usize>(
        &self,
        x: &Matrix<N, I>,
        y: &Matrix<N, O>,
        a1: &Matrix<N, H>,
        a2: &Matrix<N, O>,
    ) -> (Matrix<I, H>, Matrix<H, O>) {
        // L = ½ Σ (Y - A2)², so each output's slope is how far it overshoots.
        let d_a2: Matrix<N, O> = *a2 - *y;
        // Back through the output sigmoid: Z2 moves A2 by σ'(Z2) = A2 (1 - A2).
        let d_z2: Matrix<N, O> = d_a2.hadamard(&a2.map(sigmoid_derivative));
        // Z2 = A1 · W2: weight (h, o) meets dZ2[n, o] once per sample n,
        // times A1[n, h]. Summing over the samples (the rows) needs A1ᵀ on
        // the left; `t_dot` is `transpose().dot` without building it.
        let d_w2: Matrix<H, O> = a1.t_dot(&d_z2);
        // The same line differentiated by A1: each output's slope is sent
        // back along the weight it came through, a sum over the outputs
        // (the columns), hence W2ᵀ on the right.
        let d_a1: Matrix<N, H> = d_z2.dot(&self.w2.transpose());
        // Back through the hidden sigmoid.
        let d_z1: Matrix<N, H> = d_a1.hadamard(&a1.map(sigmoid_derivative));
        // Z1 = X · W1, by the argument that gave dW2.
        let d_w1: Matrix<I, H> = x.t_dot(&d_z1);
        (d_w1, d_w2)
    }
}
