//! Weights as bytes (`TwoLayer::to_bytes`, `TwoLayer::from_bytes`): the
//! layout is the documented one, every bit pattern survives the round trip,
//! and a buffer of the wrong length is an error that says what to fix.
//!
//! `tests/data/bytes_uniform.bin` holds the bytes of the classic uniform
//! run's network (the `const` in `embedded/src/trained.rs`), and
//! `tests/data/bytes_uniform.txt` the bit patterns of its weights as hex;
//! the `bytes` firmware loads the first from a `static` and must print the
//! second (`embedded/run` diffs it). After a deliberate change to the
//! library's arithmetic, run these tests with `CONSTNET_BLESS=1` to rewrite
//! both files, then review the diff.

mod common;

use common::SplitMix;
use constnet::export::bytes::BytesError;
use constnet::{ClassicExperiment, Init, Matrix, TwoLayer};
use std::path::Path;

/// A random `f64` bit pattern, weighted towards the awkward ones: one in
/// eight is a NaN with a random sign and payload, one in eight subnormal,
/// one in sixteen a signed zero, one in sixteen an infinity; the rest are
/// uniform bits.
fn random_bits(rng: &mut SplitMix) -> u64 {
    let bits = rng.next_u64();
    let sign_and_mantissa = bits & 0x800f_ffff_ffff_ffff;
    match rng.next_u64() % 16 {
        0 | 1 => sign_and_mantissa | 0x7ff0_0000_0000_0001, // NaN, payload ≠ 0
        2 | 3 => sign_and_mantissa,                         // subnormal (or ±0)
        4 => bits & 0x8000_0000_0000_0000,                  // ±0.0
        5 => (bits & 0x8000_0000_0000_0000) | 0x7ff0_0000_0000_0000, // ±∞
        _ => bits,
    }
}

/// A network of shape `I-H-O` with random bit patterns as weights.
fn random_network<const I: usize, const H: usize, const O: usize>(
    rng: &mut SplitMix,
) -> TwoLayer<I, H, O> {
    TwoLayer::from_weights(
        Matrix::from_fn(|_, _| f64::from_bits(random_bits(rng))),
        Matrix::from_fn(|_, _| f64::from_bits(random_bits(rng))),
    )
}

/// Every weight's bit pattern, `W1` row by row, then `W2` row by row.
fn bit_patterns<const I: usize, const H: usize, const O: usize>(
    net: &TwoLayer<I, H, O>,
) -> Vec<u64> {
    let w1 = net.w1().rows().iter().flatten();
    let w2 = net.w2().rows().iter().flatten();
    w1.chain(w2).map(|w| w.to_bits()).collect()
}

/// `to_bytes` then `from_bytes` on `rounds` random networks of one shape:
/// every weight must come back with its bits (NaN payloads included, which
/// `==` on the networks could not check).
fn round_trips<const I: usize, const H: usize, const O: usize>(rng: &mut SplitMix, rounds: usize) {
    let mut buffer = vec![0; TwoLayer::<I, H, O>::BYTES];
    for _ in 0..rounds {
        let net = random_network::<I, H, O>(rng);
        assert_eq!(net.to_bytes(&mut buffer), Ok(TwoLayer::<I, H, O>::BYTES));
        let back = TwoLayer::<I, H, O>::from_bytes(&buffer).expect("the right length");
        assert_eq!(bit_patterns(&back), bit_patterns(&net));
    }
}

#[test]
fn random_bit_patterns_read_back_as_themselves_at_several_shapes() {
    let mut rng = SplitMix(0x6279_7465_7321);
    round_trips::<3, 4, 1>(&mut rng, 2_000);
    round_trips::<1, 1, 1>(&mut rng, 2_000);
    round_trips::<16, 32, 4>(&mut rng, 100);
    round_trips::<2, 0, 3>(&mut rng, 1);
}

#[test]
fn the_awkward_values_read_back_as_themselves() {
    let specials = [
        0.0,
        -0.0,
        f64::from_bits(1),                      // the smallest subnormal
        -f64::from_bits(0x000f_ffff_ffff_ffff), // the largest subnormal, negative
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::from_bits(0x7ff8_0000_0000_0000), // the quiet NaN
        f64::from_bits(0xfff0_0000_dead_beef), // a negative signalling NaN
        f64::from_bits(0x7fff_ffff_ffff_ffff), // the largest payload
    ];
    let net = TwoLayer::<1, 11, 1>::from_weights(
        Matrix::new([specials]),
        Matrix::from_fn(|r, _| specials[10 - r]),
    );
    let mut bytes = [0; TwoLayer::<1, 11, 1>::BYTES];
    net.to_bytes(&mut bytes).unwrap();
    let back = TwoLayer::<1, 11, 1>::from_bytes(&bytes).unwrap();
    assert_eq!(bit_patterns(&back), bit_patterns(&net));
}

#[test]
fn the_layout_is_w1_then_w2_row_major_little_endian() {
    let net = TwoLayer::<2, 3, 2>::from_weights(
        Matrix::from_fn(|r, c| (10 * r + c) as f64),
        Matrix::from_fn(|r, c| -((10 * r + c) as f64) - 100.0),
    );
    assert_eq!(TwoLayer::<2, 3, 2>::BYTES, 8 * (6 + 6));
    let mut bytes = [0; 96];
    assert_eq!(net.to_bytes(&mut bytes), Ok(96));
    let expected: Vec<u8> = [0.0, 1.0, 2.0, 10.0, 11.0, 12.0]
        .into_iter()
        .chain([-100.0, -101.0, -110.0, -111.0, -120.0, -121.0])
        .flat_map(|w: f64| w.to_bits().to_le_bytes())
        .collect();
    assert_eq!(bytes.to_vec(), expected);
    // Least significant byte first: 1.0 is 0x3ff0_0000_0000_0000.
    assert_eq!(bytes[8..16], [0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
}

#[test]
fn to_bytes_writes_only_its_bytes_into_a_longer_buffer() {
    let net = random_network::<3, 4, 1>(&mut SplitMix(5));
    let mut page = [0xa5; 200];
    assert_eq!(net.to_bytes(&mut page), Ok(128));
    assert!(page[128..].iter().all(|&b| b == 0xa5));
    let back = TwoLayer::<3, 4, 1>::from_bytes(&page[..128]).unwrap();
    assert_eq!(bit_patterns(&back), bit_patterns(&net));
}

#[test]
fn from_bytes_rejects_every_other_length_with_a_clear_error() {
    let bytes = vec![0; 300];
    for len in (0..=300).filter(|&len| len != 128) {
        let error = TwoLayer::<3, 4, 1>::from_bytes(&bytes[..len]).unwrap_err();
        assert_eq!(
            error,
            BytesError::WrongLength {
                expected: 128,
                found: len
            }
        );
        assert_eq!(
            error.to_string(),
            format!(
                "the buffer holds {len} bytes, but the network's weights are exactly 128 \
                 (8 per weight): read from a buffer of exactly 128 bytes"
            )
        );
    }
    assert!(TwoLayer::<3, 4, 1>::from_bytes(&bytes[..128]).is_ok());
}

#[test]
fn to_bytes_rejects_a_short_buffer_and_leaves_it_alone() {
    let net = random_network::<3, 4, 1>(&mut SplitMix(6));
    for len in 0..128 {
        let mut short = vec![0x5a; len];
        let error = net.to_bytes(&mut short).unwrap_err();
        assert_eq!(
            error,
            BytesError::TooShort {
                needed: 128,
                found: len
            }
        );
        assert_eq!(
            error.to_string(),
            format!(
                "the buffer holds {len} bytes, but the network's weights take 128 \
                 (8 per weight): write to a buffer of at least 128 bytes"
            )
        );
        assert!(short.iter().all(|&b| b == 0x5a));
    }
}

/// The two files the `bytes` firmware is checked with: the bytes of the
/// classic uniform run's network, and its weights' bit patterns as the
/// firmware prints them (`W1` and `W2`, one row a line, 16 hex digits a
/// weight).
fn firmware_files() -> (Vec<u8>, String) {
    let net = ClassicExperiment::run(Init::Uniform {
        low: -1.0,
        high: 1.0,
    })
    .expect("the classic uniform run is finite")
    .network;
    let mut bytes = vec![0; TwoLayer::<3, 4, 1>::BYTES];
    net.to_bytes(&mut bytes).unwrap();
    let mut text = String::new();
    for row in net.w1().rows() {
        common::hex_line(&mut text, "W1", row);
    }
    for row in net.w2().rows() {
        common::hex_line(&mut text, "W2", row);
    }
    (bytes, text)
}

#[test]
fn the_bytes_firmware_files_hold_the_hosts_bytes_and_bits() {
    let (bytes, text) = firmware_files();
    let path = "tests/data/bytes_uniform.bin";
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("CONSTNET_BLESS").is_some() {
        std::fs::write(&file, &bytes).unwrap();
    }
    let committed = std::fs::read(&file).unwrap_or_default();
    assert_eq!(
        committed, bytes,
        "{path} is stale: rerun with CONSTNET_BLESS=1 and review the diff"
    );
    common::check_or_bless(
        "tests/data/bytes_uniform.txt",
        include_str!("data/bytes_uniform.txt"),
        &text,
    );
}
