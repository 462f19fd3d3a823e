//! The product kernel: the sums of `Matrix::dot` in a faster order.
//!
//! [`Matrix::dot`](crate::Matrix::dot) and
//! [`Matrix::t_dot`](crate::Matrix::t_dot) are defined by the textbook triple
//! loop (their docs show it). That loop gives each output element one long
//! chain of dependent additions, and it reads the right factor down a
//! column, jumping a whole row of memory at every step. This kernel visits
//! the same terms in a cache- and register-friendly order and adds each
//! sum's terms in exactly the loop's order, so its results are the loop's
//! bit for bit (`tests/matrix.rs` compares them on many shapes). glam keeps
//! its scalar and SIMD back-ends apart in the same way: the lesson reads
//! the definition, the machine runs this.
//!
//! # The blocking
//!
//! The output is cut into blocks of `BLOCK_ROWS` x `BLOCK_COLS` (4 x 4)
//! elements. For each inner index `j`, a block takes the contiguous piece
//! of row `j` of the right factor under its columns and adds `lhs(i, j)`
//! times it to each of its rows. The compiler turns that into vector
//! instructions, the block's sums stay in registers while `j` runs over the
//! whole inner dimension, and its 16 sums are independent chains, so the
//! processor works on many at once. Blocks on the bottom and right edges
//! are smaller. Each sum still receives its terms in the order
//! `j = 0, 1, ...`, each added to the running total.
//!
//! The measured effect is in `docs/performance.md`.

/// The height of the blocks `product` cuts its output into.
const BLOCK_ROWS: usize = 4;
/// The width of the blocks `product` cuts its output into. A 4 x 4 block
/// is 16 sums: eight 128-bit registers, as many independent chains of
/// additions as it takes to keep the adders busy, few enough to leave
/// registers for the operands on any x86-64.
const BLOCK_COLS: usize = 4;

/// The matrix product behind `Matrix::dot` and `Matrix::t_dot`:
///
/// `out[i][k] = Σ_j lhs(i, j) * rhs[j][k]`, summed for `j = 0, 1, ..., J-1`
/// in that order, starting from `0.0`,
///
/// where `lhs(i, j)` is element `(i, j)` of the left factor.
///
/// The blocking is described at the top of this file.
#[inline(always)]
pub(crate) fn product<const I: usize, const J: usize, const K: usize>(
    lhs: impl Fn(usize, usize) -> f64,
    rhs: &[[f64; K]; J],
) -> [[f64; K]; I] {
    let mut out = [[0.0; K]; I];
    let mut bands = out.chunks_exact_mut(BLOCK_ROWS);
    for (b, band) in bands.by_ref().enumerate() {
        band_product(band, b * BLOCK_ROWS, &lhs, rhs);
    }
    band_product(
        bands.into_remainder(),
        I / BLOCK_ROWS * BLOCK_ROWS,
        &lhs,
        rhs,
    );
    out
}

/// The output rows `first_row..first_row + band.len()` of [`product`]
/// (at most [`BLOCK_ROWS`] of them), block by block from left to right.
#[inline(always)]
fn band_product<const J: usize, const K: usize>(
    band: &mut [[f64; K]],
    first_row: usize,
    lhs: &impl Fn(usize, usize) -> f64,
    rhs: &[[f64; K]; J],
) {
    for b in 0..K / BLOCK_COLS {
        block_product(band, first_row, b * BLOCK_COLS, BLOCK_COLS, lhs, rhs);
    }
    let first_col = K / BLOCK_COLS * BLOCK_COLS;
    block_product(band, first_row, first_col, K % BLOCK_COLS, lhs, rhs);
}

/// One block of [`product`]: the output rows of `band` (which start at row
/// `first_row`), columns `first_col..first_col + width`. Its sums are kept
/// in a local array that the compiler holds in registers, then stored.
#[inline(always)]
fn block_product<const J: usize, const K: usize>(
    band: &mut [[f64; K]],
    first_row: usize,
    first_col: usize,
    width: usize,
    lhs: &impl Fn(usize, usize) -> f64,
    rhs: &[[f64; K]; J],
) {
    let mut sums = [[0.0; BLOCK_COLS]; BLOCK_ROWS];
    let sums = &mut sums[..band.len()];
    for (j, rhs_row) in rhs.iter().enumerate() {
        let rhs_piece = &rhs_row[first_col..first_col + width];
        for (i, row_sums) in sums.iter_mut().enumerate() {
            let a = lhs(first_row + i, j);
            for (sum, &b) in row_sums.iter_mut().zip(rhs_piece) {
                *sum += a * b;
            }
        }
    }
    for (out_row, row_sums) in band.iter_mut().zip(sums) {
        out_row[first_col..first_col + width].copy_from_slice(&row_sums[..width]);
    }
}
