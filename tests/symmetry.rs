//! Constant initialization keeps the hidden units identical, on the classic
//! data from any constant and on XOR from zeros. (The three full classic
//! runs are checked in `tests/classic.rs`, which computes them once.)
//!
//! Hidden unit `h` is column `h` of `W1` together with row `h` of `W2`.

mod common;

use common::unit_bits;
use constnet::{ClassicExperiment, Init, Matrix, Mt19937, TwoLayer};

/// A constant start makes the network one hidden unit without a bias, so
/// every output is σ(H · w · a) with a in (0, 1): all on the side of 0.5
/// that the sign of w picks. The classic data's fourth target (0) can then
/// never be told apart from the other three, and mean |E| >= 0.875. And
/// the four hidden units stay bitwise equal.
#[test]
fn constant_init_stays_one_unit_with_every_classic_output_on_one_side_of_one_half() {
    let (x, y) = (ClassicExperiment::INPUTS, ClassicExperiment::TARGETS);
    for c in [-3.0, -0.5, 0.0, 0.25, 2.0, 7.0] {
        let mut net: TwoLayer<3, 4, 1> = TwoLayer::new(Init::Constant(c), &mut Mt19937::new(1));
        for step in 0..2000 {
            let error = net.train_step(&x, &y, 1.0);
            assert!(error >= 0.875, "c = {c}, step {step}: error {error}");
            let (_, outputs) = net.forward(&x);
            let above = outputs.rows().iter().filter(|o| o[0] > 0.5).count();
            assert!(
                above == 0 || above == 4,
                "c = {c}, step {step}: {outputs:?}"
            );
        }
        for h in 1..4 {
            assert_eq!(unit_bits(&net, h), unit_bits(&net, 0), "c = {c}, unit {h}");
        }
    }
}

/// XOR's targets are balanced: from all-zero weights every hidden
/// activation is 0.5, the output deltas for (0, 0) and (1, 1) cancel those
/// for (0, 1) and (1, 0), and the gradient is exactly 0. Nothing ever moves.
#[test]
fn zero_init_on_xor_is_a_stationary_point() {
    let x = Matrix::new([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]);
    let y = Matrix::new([[0.0], [1.0], [1.0], [0.0]]);
    let mut net: TwoLayer<2, 4, 1> = TwoLayer::new(Init::Zeros, &mut Mt19937::new(1));
    for _ in 0..1000 {
        assert_eq!(net.train_step(&x, &y, 1.0), 0.5);
    }
    assert_eq!(
        net,
        TwoLayer::from_weights(Matrix::zeros(), Matrix::zeros())
    );
}
