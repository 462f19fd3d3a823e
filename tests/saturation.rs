//! `TwoLayer::saturation`: the share of hidden activations near 0 or 1.

use constnet::{sigmoid, Init, Matrix, Mt19937, TwoLayer};

/// 32 random samples of 16 inputs in `[0, 1)`, like pixel intensities.
fn inputs() -> Matrix<32, 16> {
    Init::Uniform {
        low: 0.0,
        high: 1.0,
    }
    .matrix(&mut Mt19937::new(3))
}

#[test]
fn zero_weights_saturate_nothing() {
    let net = TwoLayer::<16, 8, 2>::from_weights(Matrix::zeros(), Matrix::zeros());
    assert_eq!(net.saturation(&inputs(), 0.03), 0.0);
}

#[test]
fn huge_weights_saturate_every_unit_that_sees_a_nonzero_input() {
    for c in [1e3, -1e3] {
        let net = TwoLayer::<16, 8, 2>::from_weights(Matrix::filled(c), Matrix::zeros());
        assert_eq!(net.saturation(&inputs(), 0.03), 1.0, "weights {c}");
    }
}

#[test]
fn activations_exactly_at_the_margin_count_as_saturated() {
    // One input of 1.0, so A1 = σ(W1) exactly.
    let x = Matrix::new([[1.0]]);
    let a = sigmoid(-3.0);
    let w1 = Matrix::new([[-3.0, 3.0, 0.0, 1.0]]);
    let net = TwoLayer::<1, 4, 1>::from_weights(w1, Matrix::zeros());
    // σ(-3) = a and σ(3) >= 1 - a count at margin a, σ(0) and σ(1) do not.
    assert!(sigmoid(3.0) >= 1.0 - a);
    assert_eq!(net.saturation(&x, a), 0.5);
    assert_eq!(net.saturation(&x, a * (1.0 - f64::EPSILON)), 0.25);
    assert_eq!(net.saturation(&x, 0.5), 1.0);
}

/// The point of the measure: the wider the range the weights are drawn
/// from, the more hidden units start stuck, with none at ±0.1 and nearly
/// all at ±100.
#[test]
fn saturation_grows_with_the_scale_of_a_random_start() {
    let x = inputs();
    let fractions = [0.1, 1.0, 3.0, 10.0, 100.0].map(|a| {
        let init = Init::Uniform { low: -a, high: a };
        let net: TwoLayer<16, 8, 2> = TwoLayer::new(init, &mut Mt19937::new(1));
        net.saturation(&x, 0.03)
    });
    assert_eq!(fractions[0], 0.0, "{fractions:?}");
    assert!(fractions.windows(2).all(|w| w[0] < w[1]), "{fractions:?}");
    assert!(fractions[4] > 0.9, "{fractions:?}");
}

/// `σ(z) = (1 + tanh(z/2)) / 2`, so margin 0.03 (`σ >= 0.97`) is the tanh
/// threshold `tanh(z/2) >= 0.94`, not 0.97: the two tests agree on every
/// `z` of a fine grid, and at the boundary `z = ln(0.97 / 0.03)` the tanh
/// is 0.94.
#[test]
fn margin_0_03_is_the_tanh_threshold_0_94() {
    let boundary = (0.97_f64 / 0.03).ln();
    assert!(((boundary / 2.0).tanh() - 0.94).abs() < 1e-12);
    assert!((sigmoid(boundary) - 0.97).abs() < 1e-12);
    for i in -20_000..=20_000 {
        let z = f64::from(i) * 1e-3;
        if (z.abs() - boundary).abs() < 1e-9 {
            continue;
        }
        let by_sigmoid = sigmoid(z) <= 0.03 || sigmoid(z) >= 0.97;
        let by_tanh = (z / 2.0).tanh().abs() >= 0.94;
        assert_eq!(by_sigmoid, by_tanh, "z = {z}");
    }
}

#[test]
fn output_saturation_counts_the_outputs_near_0_or_1() {
    // W1 = 0: both hidden activations are 0.5, so output o is
    // σ(0.5 · W2[0, o] + 0.5 · W2[1, o]) = σ(W2[0, o]) for equal rows.
    let x = Matrix::new([[1.0]]);
    let a = sigmoid(-3.0);
    let w2 = Matrix::new([[-3.0, 3.0, 0.0, 1.0]; 2]);
    let net = TwoLayer::<1, 2, 4>::from_weights(Matrix::zeros(), w2);
    assert_eq!(net.saturation(&x, a), 0.0);
    assert_eq!(net.output_saturation(&x, a), 0.5);
    assert_eq!(net.output_saturation(&x, a * (1.0 - f64::EPSILON)), 0.25);
    assert_eq!(net.output_saturation(&x, 0.5), 1.0);
}
