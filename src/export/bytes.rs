//! Weights as bytes: a network written to a byte buffer and read back, bit
//! for bit, at run time.
//!
//! [`rust_const`](super::rust_const) puts weights into a firmware when it is
//! built. To change them without rebuilding (from a flash page, over a
//! serial link), write the network as bytes on one side with
//! [`TwoLayer::to_bytes`] and read them on the other with
//! [`TwoLayer::from_bytes`].
//!
//! The layout is [`TwoLayer::BYTES`] bytes: every weight of `W1` (`I x H`),
//! row by row, then every weight of `W2` (`H x O`), row by row, each as the
//! 8 bytes of its bit pattern, least significant byte first. Any bit
//! pattern reads back as itself: `-0.0`, subnormals, the infinities and
//! every NaN payload. Nothing is allocated, and a buffer of the wrong length
//! is a [`BytesError`], never a panic.

use crate::{Matrix, TwoLayer};
use core::fmt;

/// Why a network could not be written to, or read from, a byte buffer: the
/// buffer's length. Its [`Display`](fmt::Display) says what length to use.
///
/// ```
/// use constnet::export::bytes::BytesError;
/// use constnet::TwoLayer;
///
/// let error = TwoLayer::<3, 4, 1>::from_bytes(&[0; 10]).unwrap_err();
/// assert_eq!(error, BytesError::WrongLength { expected: 128, found: 10 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BytesError {
    /// [`TwoLayer::from_bytes`] was given `found` bytes; a network of this
    /// shape is exactly `expected` ([`TwoLayer::BYTES`]).
    WrongLength {
        /// [`TwoLayer::BYTES`] of the network being read.
        expected: usize,
        /// The length of the buffer given.
        found: usize,
    },
    /// [`TwoLayer::to_bytes`] was given a buffer of `found` bytes, fewer
    /// than the `needed` ([`TwoLayer::BYTES`]) it writes.
    TooShort {
        /// [`TwoLayer::BYTES`] of the network being written.
        needed: usize,
        /// The length of the buffer given.
        found: usize,
    },
}

impl fmt::Display for BytesError {
    /// One sentence: what was wrong, and the length that would work.
    ///
    /// ```
    /// use constnet::TwoLayer;
    ///
    /// let error = TwoLayer::<3, 4, 1>::from_bytes(&[0; 10]).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "the buffer holds 10 bytes, but the network's weights are exactly 128 \
    ///      (8 per weight): read from a buffer of exactly 128 bytes"
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            BytesError::WrongLength { expected, found } => write!(
                f,
                "the buffer holds {found} bytes, but the network's weights are exactly \
                 {expected} (8 per weight): read from a buffer of exactly {expected} bytes"
            ),
            BytesError::TooShort { needed, found } => write!(
                f,
                "the buffer holds {found} bytes, but the network's weights take {needed} \
                 (8 per weight): write to a buffer of at least {needed} bytes"
            ),
        }
    }
}

impl core::error::Error for BytesError {}

impl<const I: usize, const H: usize, const O: usize> TwoLayer<I, H, O> {
    /// The length of the network as bytes: 8 bytes for each of its
    /// `I·H + H·O` weights.
    ///
    /// ```
    /// use constnet::TwoLayer;
    ///
    /// assert_eq!(TwoLayer::<3, 4, 1>::BYTES, 8 * (3 * 4 + 4 * 1));
    /// ```
    pub const BYTES: usize = 8 * (I * H + H * O);

    /// Writes the weights into the first [`BYTES`](TwoLayer::BYTES) bytes of
    /// `out`: `W1` row by row, then `W2` row by row, each weight as the 8
    /// bytes of `f64::to_bits`, least significant first (`to_le_bytes`).
    /// Returns how many bytes it wrote, [`BYTES`](TwoLayer::BYTES); the
    /// rest of `out` is left alone.
    ///
    /// # Errors
    ///
    /// [`BytesError::TooShort`] if `out` holds fewer than
    /// [`BYTES`](TwoLayer::BYTES) bytes; nothing is written then.
    ///
    /// ```
    /// use constnet::{Matrix, TwoLayer};
    ///
    /// let net = TwoLayer::<1, 1, 1>::from_weights(Matrix::new([[1.0]]), Matrix::new([[-2.0]]));
    /// let mut page = [0xff; 20];
    /// assert_eq!(net.to_bytes(&mut page), Ok(16));
    /// assert_eq!(page[..8], 1.0f64.to_le_bytes());
    /// assert_eq!(page[8..16], (-2.0f64).to_le_bytes());
    /// assert_eq!(page[16..], [0xff; 4]);
    /// ```
    pub fn to_bytes(&self, out: &mut [u8]) -> Result<usize, BytesError> {
        let Some(out) = out.get_mut(..Self::BYTES) else {
            return Err(BytesError::TooShort {
                needed: Self::BYTES,
                found: out.len(),
            });
        };
        let weights = self.w1().rows().as_flattened().iter();
        let weights = weights.chain(self.w2().rows().as_flattened());
        for (chunk, w) in out.chunks_exact_mut(8).zip(weights) {
            chunk.copy_from_slice(&w.to_bits().to_le_bytes());
        }
        Ok(Self::BYTES)
    }

    /// The network whose weights `bytes` holds, in the layout
    /// [`to_bytes`](TwoLayer::to_bytes) writes: every weight comes back with
    /// the very bit pattern that was written.
    ///
    /// # Errors
    ///
    /// [`BytesError::WrongLength`] unless `bytes` is exactly
    /// [`BYTES`](TwoLayer::BYTES) long: a buffer of another length was
    /// written for another shape, or cut short.
    ///
    /// ```
    /// use constnet::{Init, Mt19937, TwoLayer};
    ///
    /// let net: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Xavier, &mut Mt19937::new(1));
    /// let mut bytes = [0; TwoLayer::<3, 4, 1>::BYTES];
    /// net.to_bytes(&mut bytes)?;
    /// assert_eq!(TwoLayer::<3, 4, 1>::from_bytes(&bytes)?, net);
    /// # Ok::<(), constnet::export::bytes::BytesError>(())
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BytesError> {
        if bytes.len() != Self::BYTES {
            return Err(BytesError::WrongLength {
                expected: Self::BYTES,
                found: bytes.len(),
            });
        }
        let (w1_bytes, w2_bytes) = bytes.split_at(8 * I * H);
        let mut w1 = [[0.0; H]; I];
        read(w1.as_flattened_mut(), w1_bytes);
        let mut w2 = [[0.0; O]; H];
        read(w2.as_flattened_mut(), w2_bytes);
        Ok(Self::from_weights(Matrix::new(w1), Matrix::new(w2)))
    }
}

/// Fills `weights` from `bytes`, 8 little-endian bytes per weight (the
/// caller passes exactly `8 * weights.len()` bytes).
fn read(weights: &mut [f64], bytes: &[u8]) {
    for (w, chunk) in weights.iter_mut().zip(bytes.chunks_exact(8)) {
        let mut le = [0; 8];
        le.copy_from_slice(chunk);
        *w = f64::from_bits(u64::from_le_bytes(le));
    }
}
