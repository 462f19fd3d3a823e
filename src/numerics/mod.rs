//! Appendix B: the numerics the lesson uses but need not read.
//!
//! `core` has no exponential and, on stable Rust, no square root, and the
//! lesson's matrix product is written as the textbook triple loop. The
//! three files here supply what is missing or slow, each on its own:
//!
//! - [`exp`]: `e^x` on the bits of IEEE 754 doubles, under the
//!   sigmoid. Its accuracy against the true `e^x` is stated and measured
//!   there.
//! - [`sqrt`]: the correctly rounded square root, for the Xavier
//!   and He ranges.
//! - [`kernel`]: the blocked product kernel behind [`Matrix::dot`]
//!   and [`Matrix::t_dot`], which computes the triple loop's sums in the
//!   same order, only faster.
//!
//! [`Matrix::dot`]: crate::Matrix::dot
//! [`Matrix::t_dot`]: crate::Matrix::t_dot

pub mod exp;
pub mod kernel;
pub mod sqrt;
