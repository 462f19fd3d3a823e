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
