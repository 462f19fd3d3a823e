//! The decimal digits of an `f64`, computed exactly: the digits under
//! every number the crate prints.
//!
//! numpy's array print, Python's `repr` and [`rust_const`]'s literals all
//! start from the same two questions about a finite double `v`:
//!
//! - **Shortest.** Which decimal with the fewest significant digits reads
//!   back as exactly `v`?
//! - **Rounded.** What is `v`'s exact binary value rounded to `n`
//!   significant digits, or to `n` digits after the point?
//!
//! `core` answers both inside `{}`, `{:e}`, `{:?}`, `{:.N}` and `{:.Ne}`,
//! with two algorithms each and large tables, most of a small wasm module.
//! This file answers them with one short exact method and gives the same
//! digits as `core` for every double (`tests/float_digits.rs` compares
//! them on millions of random bit patterns and on the edge cases).
//!
//! # The exact method
//!
//! A finite `v > 0` is `m · 2^e` with a whole `m < 2^53`. Its digits come
//! from whole numbers only, as in G. L. Steele and J. L. White, "How to
//! print floating-point numbers accurately" (PLDI 1990), the method often
//! called Dragon4:
//!
//! 1. Write `v = R / S` with whole `R` and `S`: `R = m · 2^e, S = 1` when
//!    `e >= 0`, else `R = m, S = 2^-e`.
//! 2. Find the decimal exponent: the `k` with `10^(k-1) <= v < 10^k`.
//!    Multiply `S` by `10^k` (or `R` by `10^-k`), so that `R / S` is
//!    `v / 10^k`, in `[0.1, 1)`.
//! 3. Each digit is then `floor(10R / S)`, and `R` becomes the remainder
//!    `10R mod S`: long division, one digit at a time. After `n` digits
//!    `D`, what is left of `v` is `R / S · 10^(k-n)`.
//!
//! `R` and `S` grow up to about 2^1130 (for `5e-324`, `R` holds `10^323`),
//! so they live in a `Big`, 40 words of 32 bits on the stack.
//!
//! **Rounded** digits stop at the `n`-th digit (or at the `n`-th place
//! after the point) and round the rest `R / S` to nearest: up past a half
//! (`2R > S`), and on exactly a half (`2R = S`) up only if the last digit
//! is odd, so that ties go to the even digit.
//!
//! **Shortest** digits also track how far `v` is from its neighbours. Every
//! real number strictly between the midpoints to the next doubles below and
//! above reads back as `v`, and so do the midpoints themselves when `m` is
//! even (a tie in reading goes to the even mantissa). In the same scale as
//! `R`, the distances from `v` down and up to those midpoints are `M-` and
//! `M+`. After each digit:
//!
//! - if `R < M-`, the digits `D` so far already read back as `v` (they are
//!   at most `M-` below it);
//! - if `R + M+ > S`, the next decimal up, `D + 1` in the last place, does
//!   (it is at most `M+` above `v`);
//!
//! with `<=` and `>=` when the midpoints count. The first digit at which
//! either holds is the shortest length, and the two candidates there are
//! the two decimals of that length nearest `v`. When both read back, the
//! nearer wins, and on a tie the upper one, as in `core`.
//!
//! To find `k` for the shortest digits, step 2 uses the upper midpoint
//! instead of `v`, so that a power of ten just above `v` is not missed.
//!
//! # Where `core` decides a detail
//!
//! The digits must be `core`'s exactly, so two of its choices are kept:
//!
//! - every normal power of two (`m = 2^52`) has its lower neighbour at
//!   half the usual distance, [`f64::MIN_POSITIVE`] included (whose lower
//!   neighbour, the largest subnormal, is in fact a whole step below);
//! - a subnormal's midpoints always count, whatever the parity of `m`.
//!
//! Keeping them makes each step here the same as `core`'s, so that the
//! digits agree by construction and not only where the tests look.
//!
//! [`rust_const`]: crate::TwoLayer::rust_const

use core::cmp::Ordering;
use core::fmt::{self, Write};

/// The most significant digits a [`Decimal`] holds: 17, enough for the
/// shortest digits of every `f64`.
pub const MAX_DIGITS: usize = 17;

/// Words of a [`Big`]: 40 × 32 = 1280 bits, above the 1130 the digits of
/// the smallest subnormal need.
const WORDS: usize = 40;

/// A whole number below `2^1280`, in 32-bit words, least significant
/// first, of which the first `len` are in use (the rest are 0). Only what
/// the digit loop needs: small products, shifts, sums, differences and
/// comparisons. Every use stays far below the top, so no operation here
/// ever carries out of the last word.
#[derive(Clone, Copy)]
struct Big {
    words: [u32; WORDS],
    len: usize,
}

impl Big {
    /// `n`.
    fn new(n: u64) -> Self {
        let mut big = Big {
            words: [0; WORDS],
            len: 2,
        };
        big.words[0] = n as u32;
        big.words[1] = (n >> 32) as u32;
        big.trim();
        big
    }

    /// Drops the zero words at the top from `len`.
    fn trim(&mut self) {
        while self.len > 0 && self.words[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    /// Appends `carry` as a new top word, if it is not 0.
    fn push(&mut self, carry: u32) {
        if carry != 0 && self.len < WORDS {
            self.words[self.len] = carry;
            self.len += 1;
        }
    }

    /// `self · k`.
    fn mul_small(&mut self, k: u32) {
        let mut carry = 0_u64;
        for w in &mut self.words[..self.len] {
            let t = u64::from(*w) * u64::from(k) + carry;
            *w = t as u32;
            carry = t >> 32;
        }
        self.push(carry as u32);
    }

    /// `self · 2^n`.
    fn shl(&mut self, n: u32) {
        let (whole, bits) = ((n / 32) as usize, n % 32);
        let top = (self.len + whole + 1).min(WORDS);
        for i in (0..top).rev() {
            let lo = i.checked_sub(whole).map_or(0, |j| self.words[j]);
            let below = i.checked_sub(whole + 1).map_or(0, |j| self.words[j]);
            self.words[i] = if bits == 0 {
                lo
            } else {
                (lo << bits) | (below >> (32 - bits))
            };
        }
        self.len = top;
        self.trim();
    }

    /// `self · 10^n`, nine digits at a time.
    fn mul_pow10(&mut self, mut n: u32) {
        while n >= 9 {
            self.mul_small(1_000_000_000);
            n -= 9;
        }
        self.mul_small(10_u32.pow(n));
    }

    /// `self + other`.
    fn add(mut self, other: &Big) -> Big {
        let mut carry = 0_u64;
        self.len = self.len.max(other.len);
        for (w, o) in self.words[..self.len].iter_mut().zip(&other.words) {
            let t = u64::from(*w) + u64::from(*o) + carry;
            *w = t as u32;
            carry = t >> 32;
        }
        self.push(carry as u32);
        self
    }

    /// `self - other`, for `other <= self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = false;
        for (w, o) in self.words[..self.len].iter_mut().zip(&other.words) {
            let (d, b1) = w.overflowing_sub(*o);
            let (d, b2) = d.overflowing_sub(u32::from(borrow));
            *w = d;
            borrow = b1 || b2;
        }
        self.trim();
    }

    /// How `self` compares with `other`.
    fn cmp(&self, other: &Big) -> Ordering {
        if self.len != other.len {
            return self.len.cmp(&other.len);
        }
        for i in (0..self.len).rev() {
            if self.words[i] != other.words[i] {
                return self.words[i].cmp(&other.words[i]);
            }
        }
        Ordering::Equal
    }

    /// The next digit of `self / s`, for `self < 10 s`: `floor(self / s)`,
    /// leaving the remainder in `self`.
    fn digit(&mut self, s: &Big) -> u8 {
        let mut d = 0;
        while self.cmp(s) != Ordering::Less {
            self.sub(s);
            d += 1;
        }
        d
    }
}

/// A finite `f64` as `m · 2^e` and the distances to the midpoints next to
/// it, all in units of `2^e`: `v = m · 2^e`, reading back as `v` from
/// `(m - minus) · 2^e` to `(m + plus) · 2^e`, ends included when
/// `inclusive`. `m` is 0 for zero.
struct Binary {
    m: u64,
    e: i32,
    minus: u64,
    plus: u64,
    inclusive: bool,
}

impl Binary {
    /// The parts of `|x|`, for a finite `x`.
    fn of(x: f64) -> Binary {
        let bits = x.abs().to_bits();
        let biased = (bits >> 52) as i32;
        let fraction = bits & ((1 << 52) - 1);
        if biased == 0 {
            // A subnormal: `fraction · 2^-1074`, here doubled so that the
            // midpoints sit at whole units (`core`'s choice, which is also
            // why they always count: the doubled `m` is even).
            return Binary {
                m: fraction << 1,
                e: -1075,
                minus: 1,
                plus: 1,
                inclusive: true,
            };
        }
        let m = fraction | (1 << 52);
        let inclusive = m % 2 == 0;
        if fraction == 0 {
            // A power of two: the double below is half as far as the one
            // above, so the scale is 4 and the midpoints 1 below, 2 above.
            Binary {
                m: m << 2,
                e: biased - 1077,
                minus: 1,
                plus: 2,
                inclusive,
            }
        } else {
            Binary {
                m: m << 1,
                e: biased - 1076,
                minus: 1,
                plus: 1,
                inclusive,
            }
        }
    }
}

/// `R`, `S` and the two margins of [`Binary`] as whole numbers with
/// `v = R / S` (step 1 of the method).
fn fraction(b: &Binary) -> (Big, Big, Big, Big) {
    let (mut r, mut s) = (Big::new(b.m), Big::new(1));
    let (mut minus, mut plus) = (Big::new(b.minus), Big::new(b.plus));
    if b.e >= 0 {
        r.shl(b.e as u32);
        minus.shl(b.e as u32);
        plus.shl(b.e as u32);
    } else {
        s.shl(b.e.unsigned_abs());
    }
    (r, s, minus, plus)
}

/// Multiplies `R / S` (and `R`'s margins) by `10^-k`: by `10^-k` on top
/// for `k < 0`, by `10^k` below otherwise.
fn scale(k: i32, s: &mut Big, tops: &mut [&mut Big]) {
    if k >= 0 {
        s.mul_pow10(k as u32);
    } else {
        for t in tops {
            t.mul_pow10(k.unsigned_abs());
        }
    }
}

/// A first guess at the decimal exponent `k` of a value `n · 2^e` with
/// `n > 0` (`10^(k-1) <= n · 2^e < 10^k`): at most `k`, and at most 3
/// below it. The value lies in `[2^(b-1), 2^b)` for `b` its bit length, so
/// `k - 1` is `floor((b - 1) · log10 2)` or one more; `1233 / 4096` is so
/// near `log10 2` (below it by 6·10^-6) that for `|b| < 1100` the floor
/// taken with it is off by at most one either way.
fn estimate_k(n: u64, e: i32) -> i32 {
    let b = 64 - n.leading_zeros() as i32 + e;
    ((b - 1) * 1233) >> 12
}

/// A nonnegative decimal `0.d1 d2 … dn · 10^(exp + 1)`, that is `d1.d2…dn ×
/// 10^exp`, with at most [`MAX_DIGITS`] digits and no trailing zeros: the
/// digits of a double, without its sign. Zero has no digits.
///
/// ```
/// use constnet::numpy::digits::Decimal;
///
/// let d = Decimal::shortest(0.3).unwrap();
/// assert_eq!((d.digits(), d.exp()), (&[3][..], -1));
///
/// let d = Decimal::significant(0.3, 17).unwrap(); // 0.29999999999999998889...
/// assert_eq!((d.digits(), d.exp()), (&[2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9][..], -1));
///
/// let d = Decimal::fraction(2.5, 0).unwrap(); // a tie goes to the even digit
/// assert_eq!((d.digits(), d.exp()), (&[2][..], 0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    digits: [u8; MAX_DIGITS],
    len: usize,
    exp: i32,
}

impl Decimal {
    /// Zero.
    const ZERO: Decimal = Decimal {
        digits: [0; MAX_DIGITS],
        len: 0,
        exp: 0,
    };

    /// The digits, most significant first, each `0..=9`; the last is not 0.
    /// Empty for zero.
    pub fn digits(&self) -> &[u8] {
        &self.digits[..self.len]
    }

    /// The decimal exponent of the first digit: the value is
    /// `d1.d2…dn × 10^exp`. 0 for zero.
    pub fn exp(&self) -> i32 {
        self.exp
    }

    /// The shortest digits that read back as `|x|`: of all decimals that
    /// round to `|x|`, one with the fewest significant digits, the nearer to
    /// `|x|` of the two there can be, and the upper of two equally near.
    /// These are the digits of `core`'s `{}`, `{:e}` and `{:?}`.
    /// `None` for NaN and the infinities.
    ///
    /// ```
    /// use constnet::numpy::digits::Decimal;
    ///
    /// let d = Decimal::shortest(-1234.5).unwrap();
    /// assert_eq!((d.digits(), d.exp()), (&[1, 2, 3, 4, 5][..], 3));
    /// let d = Decimal::shortest(5e-324).unwrap();
    /// assert_eq!((d.digits(), d.exp()), (&[5][..], -324));
    /// assert_eq!(Decimal::shortest(f64::NAN), None);
    /// ```
    pub fn shortest(x: f64) -> Option<Decimal> {
        if !x.is_finite() {
            return None;
        }
        if x == 0.0 {
            return Some(Decimal::ZERO);
        }
        let b = Binary::of(x);
        let (mut r, mut s, mut minus, mut plus) = fraction(&b);
        // `a` past `limit` in the sense of the ends: `a >= limit` when the
        // midpoints count, `a > limit` when they do not.
        let inclusive = b.inclusive;
        let past = |a: &Big, limit: &Big| match a.cmp(limit) {
            Ordering::Greater => true,
            Ordering::Equal => inclusive,
            Ordering::Less => false,
        };
        let mut k = estimate_k(b.m + b.plus, b.e);
        scale(k, &mut s, &mut [&mut r, &mut minus, &mut plus]);
        // Step 2 on the upper midpoint: raise `k` while it reaches 10^k.
        while past(&r.add(&plus), &s) {
            s.mul_small(10);
            k += 1;
        }
        let mut out = Decimal::ZERO;
        loop {
            r.mul_small(10);
            minus.mul_small(10);
            plus.mul_small(10);
            out.digits[out.len] = r.digit(&s);
            out.len += 1;
            let down = past(&minus, &r);
            let up = past(&r.add(&plus), &s);
            if down || up || out.len == MAX_DIGITS {
                let mut twice = r;
                twice.mul_small(2);
                if up && (!down || twice.cmp(&s) != Ordering::Less) {
                    out.round_up(&mut k);
                }
                break;
            }
        }
        out.exp = k - 1;
        out.trim();
        Some(out)
    }

    /// `|x|`'s exact value rounded to `count` significant digits (1 to
    /// [`MAX_DIGITS`]), to nearest with ties to the even digit: the digits
    /// of `core`'s `{:.Ne}` with `N = count - 1`. `None` for NaN, the
    /// infinities and a `count` out of range.
    ///
    /// ```
    /// use constnet::numpy::digits::Decimal;
    ///
    /// let d = Decimal::significant(9.96, 2).unwrap();
    /// assert_eq!((d.digits(), d.exp()), (&[1][..], 1)); // 10
    /// assert_eq!(Decimal::significant(1.0, 18), None);
    /// ```
    pub fn significant(x: f64, count: usize) -> Option<Decimal> {
        if !(1..=MAX_DIGITS).contains(&count) {
            return None;
        }
        Decimal::rounded(x, false, count as i32)
    }

    /// `|x|`'s exact value rounded to `places` digits after the decimal
    /// point, to nearest with ties to the even digit: the digits of
    /// `core`'s `{:.N}` with `N = places`. `None` for NaN, the infinities,
    /// and when that takes more than [`MAX_DIGITS`] significant digits
    /// (`|x| >= 10^(17 - places)`).
    ///
    /// ```
    /// use constnet::numpy::digits::Decimal;
    ///
    /// let d = Decimal::fraction(0.001953125, 8).unwrap(); // 0.00195312|5
    /// assert_eq!((d.digits(), d.exp()), (&[1, 9, 5, 3, 1, 2][..], -3));
    /// assert_eq!(Decimal::fraction(4e-9, 8), Some(Decimal::shortest(0.0).unwrap()));
    /// assert_eq!(Decimal::fraction(1e10, 8), None);
    /// ```
    pub fn fraction(x: f64, places: u32) -> Option<Decimal> {
        let places = places.min(400) as i32;
        Decimal::rounded(x, true, places)
    }

    /// `|x|` rounded to `n` significant digits, or with `after_point` to
    /// `n` places after the point, that is to `k + n` digits for its
    /// decimal exponent `k` (`10^(k-1) <= |x| < 10^k`); `None` when that is
    /// more than [`MAX_DIGITS`].
    fn rounded(x: f64, after_point: bool, n: i32) -> Option<Decimal> {
        if !x.is_finite() {
            return None;
        }
        if x == 0.0 {
            return Some(Decimal::ZERO);
        }
        let b = Binary::of(x);
        let (mut r, mut s, ..) = fraction(&b);
        let mut k = estimate_k(b.m, b.e);
        scale(k, &mut s, &mut [&mut r]);
        while r.cmp(&s) != Ordering::Less {
            s.mul_small(10);
            k += 1;
        }
        let n = if after_point { k + n } else { n };
        if n > MAX_DIGITS as i32 {
            return None;
        }
        let mut out = Decimal::ZERO;
        if n < 0 {
            // Below a tenth of the last place: rounds to zero.
            return Some(out);
        }
        for _ in 0..n {
            r.mul_small(10);
            out.digits[out.len] = r.digit(&s);
            out.len += 1;
        }
        r.mul_small(2);
        let odd = out.len > 0 && out.digits[out.len - 1] % 2 == 1;
        match r.cmp(&s) {
            Ordering::Greater => out.round_up(&mut k),
            Ordering::Equal if odd => out.round_up(&mut k),
            _ => {}
        }
        out.exp = k - 1;
        out.trim();
        Some(out)
    }

    /// Adds one in the last place (a place past the digits if there are
    /// none), carrying; `999` becomes `1` with `k` one higher.
    fn round_up(&mut self, k: &mut i32) {
        for i in (0..self.len).rev() {
            if self.digits[i] < 9 {
                self.digits[i] += 1;
                return;
            }
            self.digits[i] = 0;
        }
        // All nines, or no digits at all: the carry makes a new first digit.
        self.digits[0] = 1;
        self.len = self.len.max(1);
        *k += 1;
    }

    /// Drops trailing zeros; zero keeps the exponent 0.
    fn trim(&mut self) {
        while self.len > 0 && self.digits[self.len - 1] == 0 {
            self.len -= 1;
        }
        if self.len == 0 {
            self.exp = 0;
        }
    }
}

/// An `f64` whose [`Display`](fmt::Display) and [`Debug`](fmt::Debug)
/// print what `core`'s `{}` and `{:?}` print for it, from
/// [`Decimal::shortest`], for programs that should not link `core`'s float
/// formatting code (the wasm lab prints every number through it).
///
/// - `{}` is positional, however long: `1.5`, `-0`, `1e21` as
///   `1000000000000000000000`, `1e-7` as `0.0000001`;
/// - `{:?}` is positional with at least one fractional digit for zero and
///   `1e-4 <= |x| < 1e16` (`1.0`, `-0.0`, `0.0001`), else in exponent form
///   (`1e16`, `1.5e-7`, `5e-324`);
/// - both print `NaN`, `inf` and `-inf`.
///
/// Width, fill, precision and the other flags of the format string are
/// ignored.
///
/// ```
/// use constnet::numpy::digits::Shortest;
///
/// assert_eq!(format!("{}", Shortest(-0.25)), format!("{}", -0.25));
/// assert_eq!(format!("{}", Shortest(1e21)), "1000000000000000000000");
/// assert_eq!(format!("{:?}", Shortest(2.0)), "2.0");
/// assert_eq!(format!("{:?}", Shortest(1.5e-7)), "1.5e-7");
/// assert_eq!(format!("{:?}", Shortest(f64::NEG_INFINITY)), "-inf");
/// ```
#[derive(Clone, Copy, PartialEq)]
pub struct Shortest(pub f64);

impl Shortest {
    /// Writes `NaN`, `inf` or `-inf` and returns `None`, or writes the sign
    /// and returns the digits.
    fn start(self, f: &mut fmt::Formatter<'_>) -> Result<Option<Decimal>, fmt::Error> {
        let x = self.0;
        if x.is_nan() {
            f.write_str("NaN")?;
            return Ok(None);
        }
        if x.is_sign_negative() {
            f.write_char('-')?;
        }
        match Decimal::shortest(x) {
            Some(d) => Ok(Some(d)),
            None => f.write_str("inf").map(|()| None),
        }
    }
}

impl fmt::Display for Shortest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.start(f)? {
            Some(d) => positional(f, &d, 0),
            None => Ok(()),
        }
    }
}

impl fmt::Debug for Shortest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let a = self.0.abs();
        match self.start(f)? {
            Some(d) if a == 0.0 || (1e-4..1e16).contains(&a) => positional(f, &d, 1),
            Some(d) => exponent(f, &d),
            None => Ok(()),
        }
    }
}

/// `d` positionally, with at least `min_frac` digits after the point (and
/// no point when there are none): `1234.5`, `0.00012`, `100`, `0`.
pub(crate) fn positional(f: &mut fmt::Formatter<'_>, d: &Decimal, min_frac: usize) -> fmt::Result {
    let int = usize::try_from(d.exp + 1).unwrap_or(0).max(1);
    let end = (shift(d) + d.len).max(int + min_frac);
    write_digits(f, d, 0..int)?;
    if end > int {
        f.write_char('.')?;
        write_digits(f, d, int..end)?;
    }
    Ok(())
}

/// `d` as `d1.d2…dn e exp`, the way `core`'s `{:e}` does: `1e16`,
/// `1.5e-7`, `0e0`.
pub(crate) fn exponent(f: &mut fmt::Formatter<'_>, d: &Decimal) -> fmt::Result {
    write_significant(f, d, 0..1)?;
    if d.len > 1 {
        f.write_char('.')?;
        write_significant(f, d, 1..d.len)?;
    }
    f.write_str(if d.exp < 0 { "e-" } else { "e" })?;
    write!(f, "{}", d.exp.unsigned_abs())
}

/// The digits of `d` numbered `range` from its first one (0), zeros past
/// the last; zero's one digit is `0`.
pub(crate) fn write_significant(
    f: &mut fmt::Formatter<'_>,
    d: &Decimal,
    range: core::ops::Range<usize>,
) -> fmt::Result {
    for i in range {
        write_digit(f, d.digits().get(i).copied().unwrap_or(0))?;
    }
    Ok(())
}

/// One digit, `0..=9`, as its character.
pub(crate) fn write_digit(f: &mut fmt::Formatter<'_>, digit: u8) -> fmt::Result {
    f.write_char(char::from(b'0' + digit))
}

/// Where `d`'s first digit stands when it is written positionally: in
/// place `-exp` for `exp < 0` (after `0.` and the zeros), else in place 0.
pub(crate) fn shift(d: &Decimal) -> usize {
    usize::try_from(-d.exp).unwrap_or(0)
}

/// The digits of `d` written positionally, in the places `range`: place 0
/// holds the first digit, or the `0` before the point when `exp < 0`;
/// every place before the first digit or past the last is a zero.
pub(crate) fn write_digits(
    f: &mut fmt::Formatter<'_>,
    d: &Decimal,
    range: core::ops::Range<usize>,
) -> fmt::Result {
    for p in range {
        let digit = p.checked_sub(shift(d)).and_then(|i| d.digits().get(i));
        write_digit(f, digit.copied().unwrap_or(0))?;
    }
    Ok(())
}
