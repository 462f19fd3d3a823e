//! Bitwise determinism: the three classic runs end on exactly these weights.
//!
//! The bit patterns below were recorded from a run of this crate. IEEE 754
//! arithmetic without fused multiply-adds or reassociation is deterministic,
//! and constnet uses neither, so debug and release builds on any target
//! must reproduce them bit for bit (`.ci/run` runs this test in both).
//! A change that alters a single bit of any weight fails here, even when the
//! 8-digit printout in `tests/classic.rs` still matches.

use constnet::{ClassicExperiment, Init};

/// `W1` (3 x 4) and `W2` (4 x 1) as `f64::to_bits` patterns.
type WeightBits = ([[u64; 4]; 3], [[u64; 1]; 4]);

fn final_weight_bits(init: Init) -> WeightBits {
    let network = ClassicExperiment::run(init).unwrap().network;
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
    assert_eq!(final_weight_bits(Init::Zeros), (w1, w2));
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
    assert_eq!(final_weight_bits(Init::Constant(2.0)), (w1, w2));
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
    let uniform = Init::Uniform {
        low: -1.0,
        high: 1.0,
    };
    assert_eq!(final_weight_bits(uniform), (w1, w2));
}
