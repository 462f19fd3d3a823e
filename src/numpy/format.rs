//! Printing a [`Matrix`] exactly as numpy prints a 2-D `float64` array.
//!
//! `format!("{m}")` gives the same text as `print(arr)` (that is, `str(arr)`)
//! in numpy 2.x with the default print options (`precision=8`,
//! `floatmode='maxprec'`, `suppress=False`, `linewidth=75`, `threshold=1000`,
//! `edgeitems=3`, `sign='-'`), so results can be compared with a numpy
//! session character for character. numpy applies these rules:
//!
//! 1. **One notation for the whole array.** Look at the finite nonzero
//!    magnitudes. If the largest is at least `1e8`, the smallest is below
//!    `1e-4`, or the largest is more than 1000 times the smallest, every
//!    element is printed in scientific notation (`1.5e-05`); otherwise every
//!    element is printed positionally (`0.5`).
//! 2. **Digits.** Each value gets the shortest digits that read back as
//!    exactly that `f64`, but never more than 8 digits after the decimal
//!    point. A value that needs more is rounded to 8 from its exact binary
//!    value, with ties going to the even digit (`0.001953125` prints as
//!    `0.00195312`). Trailing zeros are dropped but the point stays: `1.`,
//!    `0.`, `-0.`.
//! 3. **Alignment.** Every element is padded to one common width. A
//!    positional element gets spaces on the left of its integer part and on
//!    the right of its fraction, so the points line up (`1.5 ` beside
//!    `2.25`). A scientific element gets digits instead: every mantissa has
//!    as many fractional digits as the longest one, and every exponent has a
//!    sign and as many digits as the longest one, at least two (`1.00e+00`
//!    beside `1.25e-05`). A positive element gets a leading space only
//!    because a negative one is wider, never on its own.
//! 4. **nan and inf** are printed as `nan`, `inf` and `-inf`, right-aligned
//!    in the common width, which widens if they do not fit.
//! 5. **Layout.** Rows are printed as `[[a b c]\n [d e f]]`. Before an
//!    element would pass column 73 (the line width of 75 less one column for
//!    each closing `]`), its row breaks and continues on the next line,
//!    indented by two spaces.
//! 6. **Summary.** A matrix with more than 1000 elements shows only the first
//!    and last 3 rows and columns of any axis longer than 6, with `...` in
//!    place of the rest. The widths are then taken from the shown elements
//!    only.

use super::digits::{self, Decimal};
use crate::Matrix;
use core::fmt::{self, Write};

/// At most this many digits after the decimal point (numpy's `precision`).
const PRECISION: usize = 8;

/// The last column an element of a row may reach: numpy's `linewidth=75`,
/// less one column kept free for the `]` closing the row and one for the
/// `]` closing the matrix.
const ROW_WIDTH: usize = 75 - 2;

/// Matrices with more elements than this are summarized (numpy's
/// `threshold`).
const THRESHOLD: usize = 1000;

/// A summarized axis keeps this many entries at each end (numpy's
/// `edgeitems`).
const EDGE_ITEMS: usize = 3;

/// What a summarized axis shows in place of the entries it leaves out.
const ELLIPSIS: &str = "...";

/// Prints the matrix exactly as numpy 2.x prints a 2-D `float64` array with
/// its default options: `print(arr)` in numpy and `println!("{m}")` here
/// give the same characters. The module documentation lists the rules.
///
/// Width, fill, precision and the `#` flag of the format string are ignored.
///
/// ```
/// use constnet::Matrix;
///
/// let m = Matrix::new([[1.0, -0.5, 2.25], [0.0, 0.125, 3.0]]);
/// assert_eq!(
///     format!("{m}"),
///     "[[ 1.    -0.5    2.25 ]\n [ 0.     0.125  3.   ]]"
/// );
///
/// let tiny = Matrix::new([[1.0, 1.5e-5]]);
/// assert_eq!(format!("{tiny}"), "[[1.0e+00 1.5e-05]]");
/// ```
impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_array(f, self.rows().as_flattened(), C)
    }
}

/// The matrix whose rows are the `cols` values each of `values`, row after
/// row, as numpy prints it. Not generic, so that every shape shares one
/// copy of the printing code.
fn write_array(f: &mut fmt::Formatter<'_>, values: &[f64], cols: usize) -> fmt::Result {
    if values.is_empty() {
        return f.write_str("[]");
    }
    let rows = values.len() / cols;
    let summarize = values.len() > THRESHOLD;
    let style = Style::new(values, rows, cols, summarize)?;
    f.write_char('[')?;
    for (k, row) in shown(rows, summarize).enumerate() {
        if k > 0 {
            f.write_str("\n ")?;
        }
        match row {
            Some(r) => {
                let row = values.get(r * cols..(r + 1) * cols).ok_or(fmt::Error)?;
                write_row(f, row, &style, summarize)?;
            }
            None => f.write_str(ELLIPSIS)?,
        }
    }
    f.write_char(']')
}

/// The entries shown along an axis of length `len`: all of them, or, in a
/// summarized matrix when the axis is longer than `2 * EDGE_ITEMS`, the first
/// and last `EDGE_ITEMS` with one `None` between them standing for `...`.
fn shown(len: usize, summarize: bool) -> impl Iterator<Item = Option<usize>> {
    let elide = summarize && len > 2 * EDGE_ITEMS;
    let (head, tail) = if elide {
        (EDGE_ITEMS, len - EDGE_ITEMS)
    } else {
        (len, len)
    };
    (0..head)
        .map(Some)
        .chain(elide.then_some(None))
        .chain((tail..len).map(Some))
}

/// How every element of one matrix is printed; numpy decides this once per
/// array (its `FloatingFormat`).
struct Style {
    /// Rule 1: scientific rather than positional notation.
    scientific: bool,
    /// Columns left of the decimal point: sign and integer digits, or more
    /// if `nan` or `-inf` needs the room.
    int_width: usize,
    /// Digits right of the decimal point.
    frac_width: usize,
    /// Exponent digits, after the exponent's sign.
    exp_digits: usize,
    /// The width of every printed element.
    width: usize,
}

impl Style {
    /// Measures the shown elements in a first pass: the widest integer part,
    /// fraction and exponent of the finite ones fix the common width, which
    /// then grows if `nan`, `inf` or `-inf` is wider (rules 3 and 4).
    fn new(values: &[f64], rows: usize, cols: usize, summarize: bool) -> Result<Self, fmt::Error> {
        let values = || {
            shown(rows, summarize).flatten().flat_map(move |r| {
                shown(cols, summarize)
                    .flatten()
                    .filter_map(move |c| values.get(r * cols + c).copied())
            })
        };
        let scientific = needs_scientific(values());
        let (mut int_width, mut frac_width, mut exp_digits) = (0, 0, 2);
        let mut special_width = 0;
        for x in values() {
            if x.is_finite() {
                let parts = Parts::of(x, scientific)?;
                int_width = int_width.max(parts.int_len());
                frac_width = frac_width.max(parts.frac_len());
                exp_digits = exp_digits.max(parts.exp_len());
            } else {
                special_width = special_width.max(special(x).len());
            }
        }
        let exp_width = if scientific { 2 + exp_digits } else { 0 };
        let finite_width = int_width + 1 + frac_width + exp_width;
        Ok(Self {
            scientific,
            int_width: int_width + special_width.saturating_sub(finite_width),
            frac_width,
            exp_digits,
            width: finite_width.max(special_width),
        })
    }

    /// Writes `x` padded to the common width, except for the spaces that
    /// belong on its right, whose number it returns: the row decides whether
    /// they are printed (see [`write_row`]).
    fn write(&self, f: &mut fmt::Formatter<'_>, x: f64) -> Result<usize, fmt::Error> {
        if !x.is_finite() {
            let text = special(x);
            repeat(f, ' ', self.width - text.len())?;
            f.write_str(text)?;
            return Ok(0);
        }
        let mut parts = Parts::of(x, self.scientific)?;
        if self.scientific && parts.frac_len() < self.frac_width {
            // numpy widens a short mantissa with more digits of the exact
            // value. These are zeros for every normal f64, but not for the
            // few digits a subnormal carries: 5e-324 becomes 4.94065646e-324.
            parts = Parts::rounded(x, true, self.frac_width)?;
        }
        repeat(f, ' ', self.int_width - parts.int_len())?;
        parts.write_int(f)?;
        f.write_char('.')?;
        if !self.scientific {
            parts.write_frac(f, 0)?;
            return Ok(self.frac_width - parts.frac_len());
        }
        parts.write_frac(f, self.frac_width)?;
        let exp = parts.digits.exp();
        f.write_str(if exp < 0 { "e-" } else { "e+" })?;
        repeat(f, '0', self.exp_digits - parts.exp_len())?;
        write!(f, "{}", exp.unsigned_abs())?;
        Ok(0)
    }
}

/// Rule 1: scientific notation when the finite nonzero magnitudes reach
/// `1e8`, drop below `1e-4`, or span more than a factor of 1000. With no
/// such values the fold leaves `min = inf, max = 0`, and all three tests fail.
fn needs_scientific(values: impl Iterator<Item = f64>) -> bool {
    let (min, max) = values
        .filter(|x| x.is_finite() && *x != 0.0)
        .map(f64::abs)
        .fold((f64::INFINITY, 0.0_f64), |(min, max), a| {
            (min.min(a), max.max(a))
        });
    max >= 1e8 || min < 1e-4 || max / min > 1e3
}

/// Rule 4: numpy's names for the values that are not finite.
fn special(x: f64) -> &'static str {
    if x.is_nan() {
        "nan"
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    }
}

/// A finite value's digits as numpy prints them, in one notation: the
/// sign and integer digits, the fraction without trailing zeros, and in
/// scientific notation the exponent.
struct Parts {
    /// Whether a `-` comes first (also for `-0.0`).
    negative: bool,
    /// The digits and the decimal exponent of the first one.
    digits: Decimal,
    /// Scientific notation (`d.ddd` and an exponent) rather than positional.
    scientific: bool,
}

impl Parts {
    /// Rule 2 (numpy's Dragon4 with `unique=True, precision=8`): the
    /// shortest digits that read back as `x`; when those need more than 8
    /// fractional digits, `x` is rounded to 8 instead.
    fn of(x: f64, scientific: bool) -> Result<Self, fmt::Error> {
        let parts = Parts::new(x, Decimal::shortest(x), scientific)?;
        if parts.frac_len() > PRECISION {
            return Parts::rounded(x, scientific, PRECISION);
        }
        Ok(parts)
    }

    /// `x`'s exact binary value rounded to `places` fractional digits (of
    /// the mantissa, in scientific notation), ties to even, which is what
    /// numpy does when it cuts the digits short.
    fn rounded(x: f64, scientific: bool, places: usize) -> Result<Self, fmt::Error> {
        let digits = if scientific {
            Decimal::significant(x, places + 1)
        } else {
            Decimal::fraction(x, places as u32)
        };
        Parts::new(x, digits, scientific)
    }

    /// The parts of `x` from its digits (`None`, which no finite element
    /// of a printed matrix gives, is a formatting error).
    fn new(x: f64, digits: Option<Decimal>, scientific: bool) -> Result<Self, fmt::Error> {
        Ok(Parts {
            negative: x.is_sign_negative(),
            digits: digits.ok_or(fmt::Error)?,
            scientific,
        })
    }

    /// Integer digits: one in scientific notation, else those of the
    /// value, or the single `0` of a value below 1.
    fn int_digits(&self) -> usize {
        if self.scientific {
            1
        } else {
            usize::try_from(self.digits.exp() + 1).unwrap_or(0).max(1)
        }
    }

    /// Columns of the sign and the integer digits: 3 for `-12`, 1 for `0`.
    fn int_len(&self) -> usize {
        usize::from(self.negative) + self.int_digits()
    }

    /// Fractional digits, without trailing zeros: 0 for `1.`.
    fn frac_len(&self) -> usize {
        let len = self.digits.digits().len();
        if self.scientific {
            len.saturating_sub(1)
        } else {
            (digits::shift(&self.digits) + len).saturating_sub(self.int_digits())
        }
    }

    /// Digits of the exponent's magnitude: 1 for `e+00`... `e-9`, 3 for
    /// `e-300`; 0 in positional notation.
    fn exp_len(&self) -> usize {
        let mut magnitude = self.digits.exp().unsigned_abs();
        let mut len = usize::from(self.scientific);
        while self.scientific && magnitude >= 10 {
            magnitude /= 10;
            len += 1;
        }
        len
    }

    /// Writes the sign and the integer digits.
    fn write_int(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negative {
            f.write_char('-')?;
        }
        self.write_places(f, 0..self.int_digits())
    }

    /// Writes the fractional digits, then zeros up to `width` of them.
    fn write_frac(&self, f: &mut fmt::Formatter<'_>, width: usize) -> fmt::Result {
        let start = self.int_digits();
        self.write_places(f, start..start + width.max(self.frac_len()))
    }

    /// Writes the digits in the places `range` from the first printed one,
    /// zeros past the end.
    fn write_places(
        &self,
        f: &mut fmt::Formatter<'_>,
        range: core::ops::Range<usize>,
    ) -> fmt::Result {
        if self.scientific {
            digits::write_significant(f, &self.digits, range)
        } else {
            digits::write_digits(f, &self.digits, range)
        }
    }
}

/// Rule 5, one row, as numpy's `_formatArray` lays out its last axis: `[`,
/// the elements separated by single spaces, `]`. When the next element
/// would end past column `ROW_WIDTH`, the row breaks instead and continues
/// on a new line after two spaces. The break also swallows the previous
/// element's right padding, because numpy strips trailing spaces from each
/// finished line; the padding of the row's last element stays, before `]`.
fn write_row(
    f: &mut fmt::Formatter<'_>,
    row: &[f64],
    style: &Style,
    summarize: bool,
) -> fmt::Result {
    f.write_char('[')?;
    // Columns used on this line so far, counting the previous element's
    // unprinted padding. "[[", " [" and the continuation indent are all 2.
    let mut column = 2;
    let mut padding = 0;
    for (k, entry) in shown(row.len(), summarize).enumerate() {
        let width = if entry.is_some() {
            style.width
        } else {
            ELLIPSIS.len()
        };
        if k > 0 {
            if column + 1 + width > ROW_WIDTH {
                f.write_str("\n  ")?;
                column = 2;
            } else {
                repeat(f, ' ', padding + 1)?;
                column += 1;
            }
        }
        padding = match entry {
            Some(c) => style.write(f, row.get(c).copied().ok_or(fmt::Error)?)?,
            None => {
                f.write_str(ELLIPSIS)?;
                0
            }
        };
        column += width;
    }
    repeat(f, ' ', padding)?;
    f.write_char(']')
}

/// Writes `c` `n` times.
fn repeat(f: &mut fmt::Formatter<'_>, c: char, n: usize) -> fmt::Result {
    (0..n).try_for_each(|_| f.write_char(c))
}
