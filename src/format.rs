//! Placeholder: replaced by numpy-style printing.
use crate::Matrix;
use core::fmt;
impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    /// Placeholder.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.rows())
    }
}
