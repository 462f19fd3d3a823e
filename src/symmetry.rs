//! Symmetry, measured: how many of the hidden units are really different.
//!
//! Hidden unit `h` of a [`TwoLayer`] is everything that belongs to it alone:
//! column `h` of `W1` (its `I` input weights) and row `h` of `W2` (its `O`
//! output weights). Two units with the same weights compute the same
//! activation, receive the same gradient and so stay the same; a layer of
//! `H` such copies computes what one unit computes. Counting the distinct
//! units says how much of the layer is really in use.

use crate::TwoLayer;

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// The number of hidden units that differ from every earlier unit by
    /// more than `tolerance` in at least one weight.
    ///
    /// Unit `h` is the pair (column `h` of `W1`, row `h` of `W2`), and the
    /// distance between units `g` and `h` is the largest absolute difference
    /// between matching weights:
    ///
    /// `d(g, h) = max( max_i |W1[(i, g)] - W1[(i, h)]|, max_o |W2[(g, o)] - W2[(h, o)]| )`
    ///
    /// Unit `h` counts when `d(g, h) > tolerance` for every `g < h`; unit 0
    /// always counts, so the result is between 1 and `H` (0 only when `H`
    /// is 0). With `tolerance = 0.0` this is the number of different units,
    /// compared exactly (as numbers: `0.0` and `-0.0` are equal). A NaN
    /// weight never counts as a difference; [`TwoLayer::train`] never
    /// returns one.
    ///
    /// ```
    /// use constnet::{Init, Matrix, Mt19937, TwoLayer};
    ///
    /// let constant: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Constant(2.0), &mut Mt19937::new(1));
    /// assert_eq!(constant.distinct_hidden_units(0.0), 1);
    ///
    /// let random: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Xavier, &mut Mt19937::new(1));
    /// assert_eq!(random.distinct_hidden_units(0.0), 4);
    ///
    /// // Units 0 and 1 differ by 0.25 in one weight, unit 2 copies unit 0:
    /// let w1 = Matrix::new([[1.0, 1.0, 1.0], [2.0, 2.25, 2.0]]);
    /// let w2 = Matrix::new([[0.5], [0.5], [0.5]]);
    /// let net = TwoLayer::<2, 3, 1>::from_weights(w1, w2);
    /// assert_eq!(net.distinct_hidden_units(0.0), 2);
    /// assert_eq!(net.distinct_hidden_units(0.25), 1);
    /// ```
    #[must_use]
    pub fn distinct_hidden_units(&self, tolerance: f64) -> usize {
        (0..H)
            .filter(|&h| (0..h).all(|g| self.unit_distance(g, h) > tolerance))
            .count()
    }

    /// `d(g, h)`: the largest absolute difference between the weights of
    /// hidden units `g` and `h`.
    fn unit_distance(&self, g: usize, h: usize) -> f64 {
        let (w1, w2) = (self.w1(), self.w2());
        let inputs = (0..I).map(|i| (w1[(i, g)] - w1[(i, h)]).abs());
        let outputs = (0..O).map(|o| (w2[(g, o)] - w2[(h, o)]).abs());
        inputs.chain(outputs).fold(0.0, f64::max)
    }
}
