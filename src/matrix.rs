//! The matrix: `R` rows by `C` columns of `f64`, sized at compile time.
//!
//! Every shape in constnet is a pair of `const` generic parameters. A
//! `Matrix<4, 3>` and a `Matrix<3, 4>` are different types, so a product
//! whose inner sizes disagree, or a sum of two differently shaped matrices,
//! is rejected by the compiler before the program ever runs.
//!
//! The storage is a plain `[[f64; C]; R]`: row-major, on the stack, `Copy`,
//! with no heap and no `unsafe`.
//!
//! The operators follow numpy, whose code this crate mirrors: `+`, `-` and
//! unary `-` work element by element, and `*` and `/` only scale by a
//! number (`m * 2.0`, `2.0 * m`, `m / 2.0`). There is deliberately no `*`
//! between two matrices: in numpy `a * b` is the element-wise product, in
//! mathematics `AB` is the matrix product, and a reader could take it either
//! way. So the two have names: [`Matrix::hadamard`] (numpy's `a * b`) and
//! [`Matrix::dot`] (numpy's `a.dot(b)`).

use crate::numerics::kernel;
use core::ops::{Add, AddAssign, Div, Index, IndexMut, Mul, MulAssign, Neg, Sub, SubAssign};

/// A fixed-size `R x C` matrix of `f64`, stored row-major as `[[f64; C]; R]`.
///
/// Element `(row, col)` is `self[(row, col)]`; rows are numbered `0..R`
/// and columns `0..C`.
///
/// ```
/// use constnet::Matrix;
///
/// let x = Matrix::new([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]); // 2 x 3
/// assert_eq!(x[(1, 2)], 6.0);
/// let xt: Matrix<3, 2> = x.transpose();
/// assert_eq!(xt[(2, 1)], 6.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Matrix<const R: usize, const C: usize> {
    rows: [[f64; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    /// Builds a matrix from its rows: `rows[r][c]` becomes element `(r, c)`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// const IDENTITY: Matrix<2, 2> = Matrix::new([[1.0, 0.0], [0.0, 1.0]]);
    /// assert_eq!(IDENTITY[(1, 1)], 1.0);
    /// ```
    #[must_use]
    pub const fn new(rows: [[f64; C]; R]) -> Self {
        Self { rows }
    }

    /// The `R x C` matrix of zeros: `m[(r, c)] = 0` for every element.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// assert_eq!(Matrix::<2, 3>::zeros(), Matrix::new([[0.0; 3]; 2]));
    /// ```
    #[must_use]
    pub const fn zeros() -> Self {
        Self::filled(0.0)
    }

    /// The `R x C` matrix with every element equal to `value`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// assert_eq!(Matrix::<1, 2>::filled(2.0), Matrix::new([[2.0, 2.0]]));
    /// ```
    #[must_use]
    pub const fn filled(value: f64) -> Self {
        Self::new([[value; C]; R])
    }

    /// Builds the matrix whose element `(r, c)` is `f(r, c)`, visiting the
    /// elements in row-major order (row 0 left to right, then row 1, ...).
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let m = Matrix::<2, 3>::from_fn(|r, c| (10 * r + c) as f64);
    /// assert_eq!(m, Matrix::new([[0.0, 1.0, 2.0], [10.0, 11.0, 12.0]]));
    /// ```
    #[must_use]
    pub fn from_fn(mut f: impl FnMut(usize, usize) -> f64) -> Self {
        let mut m = Self::zeros();
        for r in 0..R {
            for c in 0..C {
                m.rows[r][c] = f(r, c);
            }
        }
        m
    }

    /// The rows, borrowed: `rows()[r][c]` is element `(r, c)`. Iterating
    /// over them visits the rows in order, each as a `&[f64; C]`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let m = Matrix::new([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
    /// let mut row_sums = [0.0; 3];
    /// for (r, row) in m.rows().iter().enumerate() {
    ///     row_sums[r] = row[0] + row[1];
    /// }
    /// assert_eq!(row_sums, [3.0, 7.0, 11.0]);
    /// ```
    #[must_use]
    pub const fn rows(&self) -> &[[f64; C]; R] {
        &self.rows
    }

    /// The rows, by value; the inverse of [`Matrix::new`] (as is
    /// `<[[f64; C]; R]>::from(m)`).
    #[must_use]
    pub const fn into_rows(self) -> [[f64; C]; R] {
        self.rows
    }

    /// Row `r`, borrowed: `row(r)[c]` is element `(r, c)`. Panics if
    /// `r >= R`, like any array index.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let m = Matrix::new([[1.0, 2.0], [3.0, 4.0]]);
    /// assert_eq!(m.row(1), &[3.0, 4.0]);
    /// ```
    #[must_use]
    pub const fn row(&self, r: usize) -> &[f64; C] {
        &self.rows[r]
    }

    /// Column `c`, copied into an array: `column(c)[r]` is element
    /// `(r, c)`. Panics if `c >= C`. (The storage is row-major, so a
    /// column is not contiguous in memory and cannot be borrowed.)
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let m = Matrix::new([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
    /// assert_eq!(m.column(1), [2.0, 4.0, 6.0]);
    /// ```
    #[must_use]
    pub fn column(&self, c: usize) -> [f64; R] {
        self.rows.map(|row| row[c])
    }

    /// The matrix product `self · rhs`, an `R x K` matrix (numpy's
    /// `a.dot(b)`):
    ///
    /// `out[(r, k)] = Σ_c self[(r, c)] * rhs[(c, k)]`
    ///
    /// It is defined by the textbook triple loop: for each output element,
    /// sum the products for `c = 0, 1, ..., C-1` in that order, starting
    /// from `0.0`.
    ///
    /// ```
    /// # use constnet::Matrix;
    /// # let (a, b) = (Matrix::<2, 3>::filled(0.1), Matrix::<3, 4>::filled(0.7));
    /// let mut out = Matrix::<2, 4>::zeros();
    /// for r in 0..2 {
    ///     for k in 0..4 {
    ///         let mut sum = 0.0;
    ///         for c in 0..3 {
    ///             sum += a[(r, c)] * b[(c, k)];
    ///         }
    ///         out[(r, k)] = sum;
    ///     }
    /// }
    /// assert_eq!(out, a.dot(&b));
    /// ```
    ///
    /// The appendix kernel ([`numerics::kernel`](crate::numerics::kernel))
    /// that runs it computes the same sums in the same order, only faster,
    /// so the result is this loop's bit for bit.
    ///
    /// The inner sizes must agree, `(R x C) · (C x K)`, and the compiler
    /// checks it:
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let a = Matrix::new([[1.0, 2.0, 3.0]]);        // 1 x 3
    /// let b = Matrix::new([[1.0], [10.0], [100.0]]); // 3 x 1
    /// assert_eq!(a.dot(&b), Matrix::new([[321.0]]));  // 1 x 1
    /// ```
    ///
    /// ```compile_fail
    /// use constnet::Matrix;
    ///
    /// let a = Matrix::<4, 3>::zeros();
    /// let b = Matrix::<4, 1>::zeros();
    /// let _ = a.dot(&b); // (4 x 3) · (4 x 1): 3 != 4
    /// ```
    #[must_use]
    pub fn dot<const K: usize>(&self, rhs: &Matrix<C, K>) -> Matrix<R, K> {
        Matrix::new(kernel::product(|r, c| self.rows[r][c], &rhs.rows))
    }

    /// The product `selfᵀ · rhs` of the transpose with `rhs`, a `C x K`
    /// matrix, without building the transpose (numpy's `a.T.dot(b)`):
    ///
    /// `out[(c, k)] = Σ_r self[(r, c)] * rhs[(r, k)]`
    ///
    /// summed for `r = 0, 1, ..., R-1` in that order, starting from `0.0`:
    /// the triple loop of [`dot`](Matrix::dot) with `self[(r, c)]` read
    /// down a column. That is exactly the sum `self.transpose().dot(rhs)`
    /// computes, so the two are equal bit for bit. The backward pass uses
    /// it for the weight gradients `A1ᵀ · dZ2` and `Xᵀ · dZ1`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let a = Matrix::new([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]); // 3 x 2
    /// let b = Matrix::new([[1.0], [10.0], [100.0]]);             // 3 x 1
    /// assert_eq!(a.t_dot(&b), Matrix::new([[531.0], [642.0]]));  // 2 x 1
    /// assert_eq!(a.t_dot(&b), a.transpose().dot(&b));
    /// ```
    #[must_use]
    pub fn t_dot<const K: usize>(&self, rhs: &Matrix<R, K>) -> Matrix<C, K> {
        Matrix::new(kernel::product(|c, r| self.rows[r][c], &rhs.rows))
    }

    /// The transpose `selfᵀ`, a `C x R` matrix: `out[(c, r)] = self[(r, c)]`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let a = Matrix::new([[1.0, 2.0, 3.0]]);
    /// assert_eq!(a.transpose(), Matrix::new([[1.0], [2.0], [3.0]]));
    /// ```
    #[must_use]
    pub fn transpose(&self) -> Matrix<C, R> {
        Matrix::from_fn(|c, r| self.rows[r][c])
    }

    /// Applies `f` to every element: `out[(r, c)] = f(self[(r, c)])`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let m = Matrix::new([[1.0, -2.0]]);
    /// assert_eq!(m.map(f64::abs), Matrix::new([[1.0, 2.0]]));
    /// ```
    ///
    /// It returns a new matrix and leaves `self` alone, so a call whose
    /// result is dropped is a mistake the compiler warns about (here made an
    /// error):
    ///
    /// ```compile_fail
    /// #![deny(unused_must_use)]
    /// let m = constnet::Matrix::new([[1.0, -2.0]]);
    /// m.map(f64::abs); // `m` is unchanged
    /// ```
    #[must_use]
    pub fn map(&self, f: impl FnMut(f64) -> f64) -> Self {
        let mut out = *self;
        out.apply(f);
        out
    }

    /// Combines two equally shaped matrices element by element:
    /// `out[(r, c)] = f(self[(r, c)], other[(r, c)])`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let a = Matrix::new([[1.0, 5.0]]);
    /// let b = Matrix::new([[4.0, 2.0]]);
    /// assert_eq!(a.zip_map(&b, f64::max), Matrix::new([[4.0, 5.0]]));
    /// ```
    #[must_use]
    pub fn zip_map(&self, other: &Self, f: impl FnMut(f64, f64) -> f64) -> Self {
        let mut out = *self;
        out.apply_with(other, f);
        out
    }

    /// The element-wise (Hadamard) product `self * other`:
    /// `out[(r, c)] = self[(r, c)] * other[(r, c)]`. Both are `R x C`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let a = Matrix::new([[1.0, 2.0], [3.0, 4.0]]);
    /// assert_eq!(a.hadamard(&a), Matrix::new([[1.0, 4.0], [9.0, 16.0]]));
    /// ```
    #[must_use]
    pub fn hadamard(&self, other: &Self) -> Self {
        self.zip_map(other, |a, b| a * b)
    }

    /// The position `(row, col)` of the first NaN or infinite element in
    /// row-major order, or `None` when every element is finite.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// assert_eq!(Matrix::new([[1.0, 2.0], [f64::NAN, 3.0]]).first_non_finite(), Some((1, 0)));
    /// assert_eq!(Matrix::<2, 2>::zeros().first_non_finite(), None);
    /// ```
    #[must_use]
    pub fn first_non_finite(&self) -> Option<(usize, usize)> {
        for (r, row) in self.rows.iter().enumerate() {
            if let Some(c) = row.iter().position(|value| !value.is_finite()) {
                return Some((r, c));
            }
        }
        None
    }

    /// The mean absolute value `(1 / (R * C)) Σ |m[(r, c)]|`, summed in
    /// row-major order. For `E = Y - A2` this is the error the experiment
    /// prints.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let e = Matrix::new([[1.0], [-3.0], [2.0], [0.0]]);
    /// assert_eq!(e.mean_abs(), 1.5);
    /// ```
    ///
    /// Like numpy's `np.mean`, it overflows to `inf` when the sum of the
    /// magnitudes passes `f64::MAX`, even if every element is finite.
    ///
    /// The mean of no elements would be `0 / 0`, so an empty matrix does
    /// not compile:
    ///
    /// ```compile_fail
    /// let _ = constnet::Matrix::<0, 3>::zeros().mean_abs();
    /// ```
    #[must_use]
    pub fn mean_abs(&self) -> f64 {
        const {
            assert!(
                R > 0 && C > 0,
                "the mean of an empty matrix is 0/0: R and C must be at least 1"
            )
        };
        self.map(f64::abs).sum() / (R * C) as f64
    }

    /// The sum of all elements, `Σ m[(r, c)]`, added in row-major order
    /// starting from `0.0`. An empty matrix sums to `0.0`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// assert_eq!(Matrix::new([[1.0, 2.0], [3.0, -0.5]]).sum(), 5.5);
    /// ```
    #[must_use]
    pub fn sum(&self) -> f64 {
        let mut sum = 0.0;
        for value in self.rows.as_flattened() {
            sum += value;
        }
        sum
    }

    /// For each row, the column of its largest element: `out[r]` is the `c`
    /// that maximizes `self[(r, c)]` (numpy's `argmax(axis=1)`). The first
    /// of equal largest elements wins, and, as in numpy, a NaN counts as
    /// larger than any number. For a classifier whose outputs are one
    /// column per class, this is the predicted class of each sample.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let scores = Matrix::new([[0.1, 0.7, 0.2], [0.5, 0.5, 0.0], [0.0, f64::NAN, 9.0]]);
    /// assert_eq!(scores.row_argmax(), [1, 0, 1]);
    /// ```
    ///
    /// A row without columns has no largest element, so `C = 0` does not
    /// compile:
    ///
    /// ```compile_fail
    /// let _ = constnet::Matrix::<2, 0>::zeros().row_argmax();
    /// ```
    #[must_use]
    pub fn row_argmax(&self) -> [usize; R] {
        const { assert!(C > 0, "row_argmax needs at least one column") };
        self.rows.map(|row| {
            let mut best = 0;
            for (c, &value) in row.iter().enumerate().skip(1) {
                if row[best].is_nan() {
                    break;
                }
                if value > row[best] || value.is_nan() {
                    best = c;
                }
            }
            best
        })
    }

    /// Replaces every element `v` by `f(v)`, in row-major order, in place:
    /// the loop behind [`map`](Matrix::map), `* k`, `*= k`, `/ k` and unary
    /// `-`. One flat loop over all `R * C` elements, which the compiler
    /// vectorizes (docs/performance.md).
    fn apply(&mut self, mut f: impl FnMut(f64) -> f64) {
        for value in self.rows.as_flattened_mut() {
            *value = f(*value);
        }
    }

    /// Replaces every element `v` by `f(v, w)`, where `w` is the element of
    /// `other` at the same position, in row-major order, in place: the loop
    /// behind [`zip_map`](Matrix::zip_map), `+`, `-`, `+=` and `-=`. Working
    /// in place spares the large matrices a zero fill and a copy.
    fn apply_with(&mut self, other: &Self, mut f: impl FnMut(f64, f64) -> f64) {
        let others = other.rows.as_flattened();
        for (value, &w) in self.rows.as_flattened_mut().iter_mut().zip(others) {
            *value = f(*value, w);
        }
    }
}

impl<const R: usize, const C: usize> Default for Matrix<R, C> {
    /// The zero matrix.
    fn default() -> Self {
        Self::zeros()
    }
}

impl<const R: usize, const C: usize> Index<(usize, usize)> for Matrix<R, C> {
    type Output = f64;

    /// Element `(row, col)`. Panics if `row >= R` or `col >= C`, like any
    /// slice index.
    fn index(&self, (row, col): (usize, usize)) -> &f64 {
        &self.rows[row][col]
    }
}

impl<const R: usize, const C: usize> IndexMut<(usize, usize)> for Matrix<R, C> {
    /// Element `(row, col)`, mutably. Panics if `row >= R` or `col >= C`.
    fn index_mut(&mut self, (row, col): (usize, usize)) -> &mut f64 {
        &mut self.rows[row][col]
    }
}

impl<const R: usize, const C: usize> Add for Matrix<R, C> {
    type Output = Self;

    /// `out[(r, c)] = self[(r, c)] + rhs[(r, c)]`; both are `R x C`.
    fn add(mut self, rhs: Self) -> Self {
        self += rhs;
        self
    }
}

impl<const R: usize, const C: usize> Sub for Matrix<R, C> {
    type Output = Self;

    /// `out[(r, c)] = self[(r, c)] - rhs[(r, c)]`; both are `R x C`.
    fn sub(mut self, rhs: Self) -> Self {
        self -= rhs;
        self
    }
}

impl<const R: usize, const C: usize> AddAssign for Matrix<R, C> {
    /// `self[(r, c)] += rhs[(r, c)]` for every element.
    fn add_assign(&mut self, rhs: Self) {
        self.apply_with(&rhs, |a, b| a + b);
    }
}

impl<const R: usize, const C: usize> SubAssign for Matrix<R, C> {
    /// `self[(r, c)] -= rhs[(r, c)]` for every element.
    fn sub_assign(&mut self, rhs: Self) {
        self.apply_with(&rhs, |a, b| a - b);
    }
}

impl<const R: usize, const C: usize> Mul<f64> for Matrix<R, C> {
    type Output = Self;

    /// Scales every element: `out[(r, c)] = self[(r, c)] * k`.
    fn mul(mut self, k: f64) -> Self {
        self.apply(|a| a * k);
        self
    }
}

impl<const R: usize, const C: usize> Mul<Matrix<R, C>> for f64 {
    type Output = Matrix<R, C>;

    /// Scales every element: `out[(r, c)] = k * m[(r, c)]`, the same as
    /// `m * k`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// assert_eq!(2.0 * Matrix::new([[1.0, -3.0]]), Matrix::new([[2.0, -6.0]]));
    /// ```
    fn mul(self, m: Matrix<R, C>) -> Matrix<R, C> {
        m * self
    }
}

impl<const R: usize, const C: usize> MulAssign<f64> for Matrix<R, C> {
    /// Scales every element in place: `self[(r, c)] *= k`.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let mut m = Matrix::new([[1.0, -3.0]]);
    /// m *= 0.5;
    /// assert_eq!(m, Matrix::new([[0.5, -1.5]]));
    /// ```
    fn mul_assign(&mut self, k: f64) {
        self.apply(|a| a * k);
    }
}

impl<const R: usize, const C: usize> Div<f64> for Matrix<R, C> {
    type Output = Self;

    /// Divides every element: `out[(r, c)] = self[(r, c)] / k`. (Each
    /// element is divided, which is not always bit for bit the same as
    /// multiplying by `1 / k`.)
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// assert_eq!(Matrix::new([[1.0, 3.0]]) / 2.0, Matrix::new([[0.5, 1.5]]));
    /// ```
    fn div(mut self, k: f64) -> Self {
        self.apply(|a| a / k);
        self
    }
}

impl<const R: usize, const C: usize> Neg for Matrix<R, C> {
    type Output = Self;

    /// Negates every element: `out[(r, c)] = -self[(r, c)]`. Negation is
    /// exact, so `-(a - b)` and `b - a` are the same numbers (where `a` and
    /// `b` are equal, one holds `-0.0` and the other `0.0`).
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// assert_eq!(-Matrix::new([[1.0, -2.0]]), Matrix::new([[-1.0, 2.0]]));
    /// ```
    fn neg(mut self) -> Self {
        self.apply(|a| -a);
        self
    }
}

impl<const R: usize, const C: usize> From<[[f64; C]; R]> for Matrix<R, C> {
    /// The matrix with these rows, as [`Matrix::new`] builds it.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let m: Matrix<1, 2> = [[1.0, 2.0]].into();
    /// assert_eq!(m, Matrix::new([[1.0, 2.0]]));
    /// ```
    fn from(rows: [[f64; C]; R]) -> Self {
        Self::new(rows)
    }
}

impl<const R: usize, const C: usize> From<Matrix<R, C>> for [[f64; C]; R] {
    /// The rows of the matrix, as [`Matrix::into_rows`] returns them.
    ///
    /// ```
    /// use constnet::Matrix;
    ///
    /// let rows: [[f64; 2]; 1] = Matrix::new([[1.0, 2.0]]).into();
    /// assert_eq!(rows, [[1.0, 2.0]]);
    /// ```
    fn from(m: Matrix<R, C>) -> Self {
        m.into_rows()
    }
}

impl<const R: usize, const C: usize> AsRef<[[f64; C]; R]> for Matrix<R, C> {
    /// The rows, borrowed, as [`Matrix::rows`] returns them.
    fn as_ref(&self) -> &[[f64; C]; R] {
        self.rows()
    }
}
