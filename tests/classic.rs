//! The classic experiment, reproduced byte for byte and bit for bit, and
//! what its runs show about symmetry. Each of the three runs is computed
//! once (`runs/mod.rs`) and every test here reads that one run.
//!
//! The expected text is what the numpy program prints for each run. It lives
//! in `tests/data/classic_*.txt`, one file per run, because the firmware check
//! (`embedded/run`) diffs what each Cortex-M core prints against the same
//! three files.
//!
//! The bit patterns were recorded from a run of this crate. IEEE 754
//! arithmetic without fused multiply-adds or reassociation is deterministic,
//! and constnet uses neither, so debug and release builds on any target
//! must reproduce them bit for bit (`.ci/run` runs these tests in both).
//! A change that alters a single bit of any weight fails here, even when the
//! 8-digit printout still matches.

mod common;
mod runs;

use common::unit_bits;
use constnet::ClassicExperiment;

const ZEROS: &str = include_str!("data/classic_zeros.txt");
const TWOS: &str = include_str!("data/classic_constant_2.txt");
const UNIFORM: &str = include_str!("data/classic_uniform.txt");

#[test]
fn zero_init_prints_the_numpy_output_byte_for_byte() {
    assert_eq!(runs::zeros().to_string(), ZEROS);
}

#[test]
fn constant_two_init_prints_the_numpy_output_byte_for_byte() {
    assert_eq!(runs::twos().to_string(), TWOS);
}

#[test]
fn uniform_seed_1_init_prints_the_numpy_output_byte_for_byte() {
    assert_eq!(runs::uniform().to_string(), UNIFORM);
}

/// Guards the shared files themselves: each is one run's whole output,
/// fourteen lines (six errors, the heading, three rows of `W1`, four of
/// `W2`) ending in exactly one newline, so that the firmware's three runs
/// printed back to back are the three files concatenated.
#[test]
fn each_expected_file_is_one_run_of_fourteen_lines() {
    for text in [ZEROS, TWOS, UNIFORM] {
        assert_eq!(text.lines().count(), 14);
        assert!(text.ends_with("]]\n") && !text.ends_with("\n\n"));
        assert!(text.starts_with("Error:"));
    }
}

/// `W1` (3 x 4) and `W2` (4 x 1) as `f64::to_bits` patterns.
type WeightBits = ([[u64; 4]; 3], [[u64; 1]; 4]);

fn final_weight_bits(run: &ClassicExperiment) -> WeightBits {
    let network = run.network;
    (
        network.w1().into_rows().map(bits),
        network.w2().into_rows().map(bits),
    )
}

fn bits<const C: usize>(row: [f64; C]) -> [u64; C] {
    row.map(f64::to_bits)
}

#[test]
fn zero_init_ends_on_the_recorded_weight_bits() {
    let w1 = [
        0x3fe2_95ca_5f60_bb58,
        0x3fe7_4f78_1b0d_3013,
        0x3ff5_6619_6c77_fc13,
    ]
    .map(|b| [b; 4]);
    let w2 = [[0x400c_304a_42e1_bf8d]; 4];
    assert_eq!(final_weight_bits(runs::zeros()), (w1, w2));
}

#[test]
fn constant_two_init_ends_on_the_recorded_weight_bits() {
    let w1 = [
        0x4000_1170_ae71_2552,
        0x4000_2d2c_2106_a026,
        0x4000_50f9_98aa_0bfe,
    ]
    .map(|b| [b; 4]);
    let w2 = [[0x400a_67d2_25a7_cbb5]; 4];
    assert_eq!(final_weight_bits(runs::twos()), (w1, w2));
}

#[test]
fn uniform_seed_1_init_ends_on_the_recorded_weight_bits() {
    let w1 = [
        [
            0x3fb5_f828_336b_4b43,
            0x3ff1_494b_3185_0093,
            0xbff2_a550_fd7a_97fd,
            0x3fd1_8892_2493_7f93,
        ],
        [
            0xbfdf_1824_0a80_4541,
            0x3fd2_f226_9f6f_021f,
            0xbfeb_9054_1c2f_2452,
            0x3fe1_6e29_5449_e905,
        ],
        [
            0x3fcf_5f36_ae7d_88bb,
            0x4001_e149_2b53_a138,
            0xbfe1_51c4_edeb_66f1,
            0x4001_e4d4_c2a7_28e1,
        ],
    ];
    let w2 = [
        [0x3ff3_cc06_dbea_509b],
        [0x4019_a2b3_f6b3_45b3],
        [0x3fb9_83cf_bf93_df5c],
        [0x4017_2444_33fd_ee89],
    ];
    assert_eq!(final_weight_bits(runs::uniform()), (w1, w2));
}

#[test]
fn constant_init_keeps_hidden_columns_bitwise_equal() {
    for (name, run) in [("zeros", runs::zeros()), ("twos", runs::twos())] {
        let net = run.network;
        // The weights did move: training happened.
        assert_ne!(net.w1()[(0, 0)], 0.0);
        assert_ne!(net.w1()[(0, 0)], 2.0);
        for h in 1..4 {
            assert_eq!(unit_bits(&net, h), unit_bits(&net, 0), "{name}, unit {h}");
        }
    }
}

#[test]
fn random_init_ends_with_four_distinct_hidden_units() {
    let net = runs::uniform().network;
    for a in 0..4 {
        for b in a + 1..4 {
            assert_ne!(unit_bits(&net, a), unit_bits(&net, b), "units {a} and {b}");
        }
    }
}
