//! The random generator: the 32-bit Mersenne Twister, MT19937.
//!
//! The classic experiment draws its random weights with numpy's legacy
//! generator after `np.random.seed(1)`. That generator is MT19937 (Matsumoto
//! and Nishimura, 1998), seeded with the reference `init_genrand` routine,
//! and `np.random.random()` builds each double from two 32-bit draws. This
//! file implements exactly that, so constnet draws the very same weights.
//!
//! The generator keeps 624 words of state. Every 624 draws it "twists" the
//! whole state at once (a linear recurrence over GF(2)), then each draw
//! takes one word and "tempers" it with shifts and masks so that the output
//! bits are well distributed.

/// Words of state: the degree of the recurrence.
const N: usize = 624;
/// The middle word: the recurrence mixes word `i` with word `i + M`.
const M: usize = 397;
/// The twist matrix's last row, applied when the low bit of the mixed word is 1.
const MATRIX_A: u32 = 0x9908_b0df;
/// The top bit of a word.
const UPPER_MASK: u32 = 0x8000_0000;
/// The lower 31 bits of a word.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The MT19937 generator, bit for bit the stream of numpy's legacy
/// `np.random.seed(seed)` followed by `np.random.random()` calls.
///
/// ```
/// use constnet::Mt19937;
///
/// // In numpy: np.random.seed(1); np.random.random() -> 0.417022004702574
/// let mut rng = Mt19937::new(1);
/// assert_eq!(rng.next_f64(), 0.417022004702574);
/// ```
#[derive(Clone)]
pub struct Mt19937 {
    state: [u32; N],
    /// Index of the next word to hand out; `N` means "twist first".
    next: usize,
}

impl core::fmt::Debug for Mt19937 {
    /// The position in the current block of 624 words, not the words
    /// themselves (they would print thousands of characters):
    ///
    /// ```
    /// use constnet::Mt19937;
    ///
    /// let mut rng = Mt19937::new(1);
    /// assert_eq!(format!("{rng:?}"), "Mt19937 { next: 624, .. }");
    /// rng.next_f64(); // two words
    /// assert_eq!(format!("{rng:?}"), "Mt19937 { next: 2, .. }");
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Mt19937")
            .field("next", &self.next)
            .finish_non_exhaustive()
    }
}

impl Mt19937 {
    /// Seeds the generator the way the reference `init_genrand` does:
    ///
    /// `state[0] = seed`, `state[i] = 1812433253 * (state[i-1] ^ (state[i-1] >> 30)) + i`
    /// (all arithmetic modulo 2^32).
    ///
    /// ```
    /// use constnet::Mt19937;
    ///
    /// // 5489 is the reference implementation's default seed.
    /// assert_eq!(Mt19937::new(5489).next_u32(), 3499211612);
    /// ```
    #[must_use]
    pub fn new(seed: u32) -> Self {
        // Filled in place: building the 2.5 KiB state in a local array and
        // then moving it into the struct would hold two copies on the stack
        // at once, which a microcontroller notices (docs/embedded.md).
        let mut rng = Self {
            state: [0; N],
            next: N,
        };
        rng.state[0] = seed;
        for i in 1..N {
            let prev = rng.state[i - 1];
            rng.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        rng
    }

    /// The next 32-bit output, uniform over `0..=u32::MAX`.
    pub fn next_u32(&mut self) -> u32 {
        if self.next == N {
            self.twist();
        }
        let mut y = self.state[self.next];
        self.next += 1;
        // Tempering: an invertible bit mix that improves equidistribution.
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// The next double, uniform on `[0, 1)` with 53 random bits, built as
    /// numpy builds it from two draws `a` and `b`:
    ///
    /// `((a >> 5) * 2^26 + (b >> 6)) / 2^53`
    ///
    /// (27 bits of `a` above 26 bits of `b`).
    pub fn next_f64(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// Regenerates all `N` words of state from the current ones.
    ///
    /// Word `i` is replaced by `state[i + M] ^ ((y >> 1) ^ (MATRIX_A if y is odd))`,
    /// where `y` joins the top bit of `state[i]` with the low 31 bits of
    /// `state[i + 1]` (indices wrap around modulo `N`).
    fn twist(&mut self) {
        for i in 0..N {
            let y = (self.state[i] & UPPER_MASK) | (self.state[(i + 1) % N] & LOWER_MASK);
            let odd = if y & 1 == 1 { MATRIX_A } else { 0 };
            self.state[i] = self.state[(i + M) % N] ^ (y >> 1) ^ odd;
        }
        self.next = 0;
    }
}
