//! `Mt19937` draws exactly numpy's legacy stream.
//!
//! The files in `tests/data/` were written by numpy:
//! `np.random.seed(1); np.random.random(1000)` (one `repr` per line), and the
//! raw 32-bit outputs of `np.random.MT19937()` after `_legacy_seeding(5489)`.

use constnet::Mt19937;

#[test]
fn seed_1_first_double_matches_numpy() {
    assert_eq!(Mt19937::new(1).next_f64(), 0.417022004702574);
}

#[test]
fn seed_5489_first_u32_matches_the_reference_implementation() {
    assert_eq!(Mt19937::new(5489).next_u32(), 3_499_211_612);
}

#[test]
fn seed_1_matches_numpy_random_for_1000_doubles() {
    let mut rng = Mt19937::new(1);
    let expected = include_str!("data/mt19937_seed1_random.txt");
    assert_eq!(expected.lines().count(), 1000);
    for (i, line) in expected.lines().enumerate() {
        let want: f64 = line.parse().unwrap();
        assert_eq!(rng.next_f64().to_bits(), want.to_bits(), "draw {i}");
    }
}

#[test]
fn seed_5489_matches_numpy_raw_stream_for_1000_words() {
    let mut rng = Mt19937::new(5489);
    let expected = include_str!("data/mt19937_seed5489_u32.txt");
    assert_eq!(expected.lines().count(), 1000);
    for (i, line) in expected.lines().enumerate() {
        let want: u32 = line.parse().unwrap();
        assert_eq!(rng.next_u32(), want, "draw {i}");
    }
}

/// `Debug` shows where in its block of 624 words the generator is, not the
/// 624 words themselves (which once printed 7,324 characters).
#[test]
fn debug_shows_the_position_in_a_few_characters() {
    let mut rng = Mt19937::new(1);
    for _ in 0..1000 {
        rng.next_u32();
    }
    assert_eq!(format!("{rng:?}"), "Mt19937 { next: 376, .. }");
    assert_eq!(format!("{rng:#?}"), "Mt19937 {\n    next: 376,\n    ..\n}");
}
