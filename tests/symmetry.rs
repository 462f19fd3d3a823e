//! Constant initialization keeps the hidden units identical; random
//! initialization makes them differ.
//!
//! Hidden unit `h` is column `h` of `W1` together with row `h` of `W2`.

use constnet::{Init, SeedExperiment, TwoLayer};

/// The weights of hidden unit `h`: column `h` of `W1`, then row `h` of `W2`,
/// as bit patterns so that equality is exact.
fn unit_bits(net: &TwoLayer<3, 4, 1>, h: usize) -> [u64; 4] {
    let w1 = net.w1();
    let w2 = net.w2();
    [w1[(0, h)], w1[(1, h)], w1[(2, h)], w2[(h, 0)]].map(f64::to_bits)
}

#[test]
fn constant_init_keeps_hidden_columns_bitwise_equal() {
    for init in [Init::Zeros, Init::Constant(2.0), Init::Constant(-0.75)] {
        let net = SeedExperiment::run(init).unwrap().network;
        // The weights did move: training happened.
        assert_ne!(net.w1()[(0, 0)], 0.0);
        for h in 1..4 {
            assert_eq!(unit_bits(&net, h), unit_bits(&net, 0), "{init:?}, unit {h}");
        }
    }
}

#[test]
fn random_init_ends_with_four_distinct_hidden_units() {
    let uniform = Init::Uniform {
        low: -1.0,
        high: 1.0,
    };
    let net = SeedExperiment::run(uniform).unwrap().network;
    for a in 0..4 {
        for b in a + 1..4 {
            assert_ne!(unit_bits(&net, a), unit_bits(&net, b), "units {a} and {b}");
        }
    }
}
