//! The network: two fully connected sigmoid layers, `I -> H -> O`, and how
//! they learn.
//!
//! A [`TwoLayer<I, H, O>`](TwoLayer) has `I` inputs, `H` hidden units, `O`
//! outputs, two weight matrices and no biases:
//!
//! ```text
//! W1: I x H    column h = the input weights of hidden unit h
//! W2: H x O    row h    = the output weights of hidden unit h
//! ```
//!
//! It learns from a batch of `N` samples at once: the inputs `X` are an
//! `N x I` [`Matrix`] (one sample per row) and the targets `Y` are `N x O`.
//! Every size is a const generic parameter, so a product whose inner sizes
//! disagree is a compile error. The classic experiment is `N = 4`, `I = 3`,
//! `H = 4`, `O = 1`.
//!
//! # The forward pass
//!
//! Each layer is a matrix product followed by the sigmoid
//! `σ(z) = 1 / (1 + e^-z)`, applied to every element:
//!
//! ```text
//! Z1 = X · W1     (N x I) · (I x H) = N x H
//! A1 = σ(Z1)      the hidden activations: A1[n, h] is unit h on sample n
//! Z2 = A1 · W2    (N x H) · (H x O) = N x O
//! A2 = σ(Z2)      the outputs, each in (0, 1)
//! E  = Y - A2     N x O, the error; the experiment prints mean(|E|)
//! ```
//!
//! [`TwoLayer::forward`] is these lines; [`TwoLayer::error`] adds the last.
//!
//! # The backward pass
//!
//! Training lowers the squared error `L = ½ Σ E[n, o]²` by gradient descent:
//! each weight moves by `-lr · ∂L/∂w`. Write `dQ` for `∂L/∂Q`, the matrix of
//! the slopes of `L` by each entry of `Q`; it has `Q`'s shape. The chain
//! rule walks the forward pass backwards, one line at a time.
//!
//! **The output.** `L = ½ Σ (Y - A2)²`, so `dA2 = A2 - Y`. Then through the
//! output sigmoid: `σ'(z) = e^-z / (1 + e^-z)² = σ(z) · (1 - σ(z))`, so the
//! slope at `Z2` can be computed from the output alone, as `A2 * (1 - A2)`
//! (`*` is the element-wise product), without keeping `Z2`. That is why
//! [`sigmoid_derivative`] takes `σ(z)`, not `z`:
//!
//! ```text
//! dZ2 = dA2 * A2 * (1 - A2)                      N x O
//! ```
//!
//! **The gradient of W2.** `Z2[n, o] = Σ_h A1[n, h] · W2[h, o]`, so weight
//! `W2[h, o]` meets `dZ2[n, o]` once per sample `n`, multiplied by
//! `A1[n, h]`: `dW2[h, o] = Σ_n A1[n, h] · dZ2[n, o]`. The sum runs over
//! the samples, which are the *rows* of both `A1` and `dZ2`; a matrix
//! product sums over the columns of its left factor, so `A1` must be
//! transposed:
//!
//! ```text
//! dW2 = A1ᵀ · dZ2         (H x N) · (N x O) = H x O, the shape of W2
//! ```
//!
//! **The hidden layer.** The same line of the forward pass, differentiated
//! by `A1` instead: `dA1[n, h] = Σ_o dZ2[n, o] · W2[h, o]`. Now the sum
//! runs over the outputs, the *columns* of both `dZ2` and `W2`, so the right
//! factor is transposed: each output's slope is sent back along the weight
//! it came through. Then through the hidden sigmoid, as before:
//!
//! ```text
//! dA1 = dZ2 · W2ᵀ         (N x O) · (O x H) = N x H
//! dZ1 = dA1 * A1 * (1 - A1)                      N x H
//! ```
//!
//! **The gradient of W1**, by the argument that gave `W2`'s:
//!
//! ```text
//! dW1 = Xᵀ · dZ1          (I x N) · (N x H) = I x H, the shape of W1
//! ```
//!
//! [`TwoLayer::backward`] is these lines as code, one named quantity with
//! its shape in the type per line. [`TwoLayer::gradients`] runs the forward
//! pass and then the backward pass; [`TwoLayer::train_step`] does the same
//! and moves both weights, `W1 -= lr · dW1` and `W2 -= lr · dW2`, both from
//! the weights before the step. [`TwoLayer::train`] repeats it and checks
//! that nothing became NaN (the [`train`](crate::train) module).
//!
//! **How do we know the derivation is right?** By the definition of a
//! derivative. Nudge one weight `w` by `±h` and watch the loss:
//! `(L(w + h) - L(w - h)) / 2h` tends to `∂L/∂w` as `h` shrinks, with an
//! error of order `h²`. `tests/gradient_check.rs` does this for every weight
//! of 63 random networks of four shapes, the widest with 64 hidden units,
//! at `h = 1e-5`, and explains there how large a difference rounding alone
//! can make. A backward pass that forgets the hidden sigmoid's slope fails
//! the same check. It is how to test any backward pass derived by hand.

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
    /// the scheme is random. It does not check `init`;
    /// [`TwoLayer::try_new`] refuses a start such as a reversed range.
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

    /// A network filled by `init` drawing from a fresh `Mt19937::new(seed)`:
    /// the same weights as `TwoLayer::new(init, &mut Mt19937::new(seed))`.
    ///
    /// ```
    /// use constnet::{Init, Mt19937, TwoLayer};
    ///
    /// let net: TwoLayer<3, 4, 1> = TwoLayer::from_seed(Init::Xavier, 1);
    /// assert_eq!(net, TwoLayer::new(Init::Xavier, &mut Mt19937::new(1)));
    /// ```
    // Never inlined, so the generator's 2.5 KiB of state live only in this
    // call's frame (docs/embedded.md).
    #[must_use]
    #[inline(never)]
    pub fn from_seed(init: Init, seed: u32) -> Self {
        Self::new(init, &mut Mt19937::new(seed))
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
    // Inlined into `train_step` for speed (docs/performance.md).
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

    /// The gradients `(dW1, dW2)` of the squared error `L = ½ Σ (Y - A2)²`
    /// on the `N` samples `x` (`N x I`) with targets `y` (`N x O`):
    /// [`forward`](TwoLayer::forward), then [`backward`](TwoLayer::backward).
    ///
    /// `dW1 = ∂L/∂W1` is `I x H` and `dW2 = ∂L/∂W2` is `H x O`, shaped like
    /// the weights they belong to. They point uphill: gradient descent
    /// steps `-lr · dW`. Any other optimizer can be built on them; momentum,
    /// for example, keeps a velocity `V` per weight matrix and steps
    /// `V = μ·V - lr·dW`, `W = W + V`:
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
    ///     let (d_w1, d_w2) = net.gradients(&x, &y);
    ///     v1 = v1 * mu - d_w1 * lr;
    ///     v2 = v2 * mu - d_w2 * lr;
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

    /// The backward pass: `(dW1, dW2)` from the batch `x` (`N x I`), the
    /// targets `y` (`N x O`) and the forward pass's `a1` (`N x H`) and `a2`
    /// (`N x O`).
    ///
    /// Each line of its code is one line of the derivation in the
    /// [module docs](crate::network), in the same order, named as there
    /// (`d_q` is `dQ = ∂L/∂Q`, shaped like `Q`).
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// // One sample, one input, one hidden unit, one output, weights 0:
    /// // A1 = A2 = 0.5, dA2 = 0.5 - 1, dZ2 = -0.5 · 0.25, dW2 = 0.5 · dZ2,
    /// // and dA1 = dZ2 · 0 = 0, so dW1 = 0.
    /// let net = TwoLayer::<1, 1, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let (x, y) = (Matrix::new([[2.0]]), Matrix::new([[1.0]]));
    /// let (a1, a2) = net.forward(&x);
    /// let (d_w1, d_w2) = net.backward(&x, &y, &a1, &a2);
    /// assert_eq!(d_w2, Matrix::new([[-0.0625]]));
    /// assert_eq!(d_w1, Matrix::new([[0.0]]));
    /// ```
    #[must_use]
    #[inline(always)]
    pub fn backward<const N: usize>(
        &self,
        x: &Matrix<N, I>,
        y: &Matrix<N, O>,
        a1: &Matrix<N, H>,
        a2: &Matrix<N, O>,
    ) -> (Matrix<I, H>, Matrix<H, O>) {
        // dA2 = A2 - Y: how far each output overshoots.
        let d_a2: Matrix<N, O> = *a2 - *y;
        // dZ2 = dA2 * σ'(A2): back through the output sigmoid.
        let d_z2: Matrix<N, O> = d_a2.hadamard(&a2.map(sigmoid_derivative));
        // dW2 = A1ᵀ · dZ2: a sum over the samples (`t_dot` is `transpose().dot`).
        let d_w2: Matrix<H, O> = a1.t_dot(&d_z2);
        // dA1 = dZ2 · W2ᵀ: each output's slope sent back along its weights.
        let d_a1: Matrix<N, H> = d_z2.dot(&self.w2.transpose());
        // dZ1 = dA1 * σ'(A1): back through the hidden sigmoid.
        let d_z1: Matrix<N, H> = d_a1.hadamard(&a1.map(sigmoid_derivative));
        // dW1 = Xᵀ · dZ1: a sum over the samples, as for dW2.
        let d_w1: Matrix<I, H> = x.t_dot(&d_z1);
        (d_w1, d_w2)
    }

    /// One step of full-batch gradient descent on the `N` samples `x`
    /// (`N x I`) with targets `y` (`N x O`): `W1 -= lr · dW1`,
    /// `W2 -= lr · dW2`, with the gradients of [`gradients`](TwoLayer::gradients)
    /// at the weights before the step. Returns the error `mean(|Y - A2|)`
    /// of those weights.
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
    /// Targets must have one row per sample and `O` columns, inputs `I`
    /// columns; anything else does not compile:
    ///
    /// ```compile_fail
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    /// let x = Matrix::<4, 3>::zeros();
    /// let y = Matrix::<3, 1>::zeros(); // 3 targets for 4 samples
    /// net.train_step(&x, &y, 1.0);
    /// ```
    pub fn train_step<const N: usize>(
        &mut self,
        x: &Matrix<N, I>,
        y: &Matrix<N, O>,
        learning_rate: f64,
    ) -> f64 {
        const { assert!(N > 0 && O > 0, "{}", EMPTY_ERROR) };
        let (a1, a2): (Matrix<N, H>, Matrix<N, O>) = self.forward(x);
        let (d_w1, d_w2): (Matrix<I, H>, Matrix<H, O>) = self.backward(x, y, &a1, &a2);
        self.w1 -= d_w1 * learning_rate;
        self.w2 -= d_w2 * learning_rate;
        (*y - a2).mean_abs()
    }
}
