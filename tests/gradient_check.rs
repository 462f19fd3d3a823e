//! The backward pass, checked against the definition of a derivative.
//!
//! `TwoLayer::gradients` is derived by hand with the chain rule. Here every
//! one of its numbers is compared with a centred finite difference of the
//! loss itself,
//!
//! `n = (L(w + h) - L(w - h)) / 2h`,   `h = 1e-5`,
//!
//! for every weight of many random networks of several shapes.

use constnet::{Init, Matrix, Mt19937, TwoLayer};

/// The step of the finite differences.
const H_STEP: f64 = 1e-5;

/// The largest relative error `|a - n| / max(|a|, |n|)` accepted where the
/// gradient is not tiny (the bound CS231n's notes give for a correct
/// backward pass).
const RELATIVE_BOUND: f64 = 1e-7;

/// The loss the gradient belongs to: `L = ½ Σ (Y - A2)²`.
fn loss<const N: usize, const I: usize, const H: usize, const O: usize>(
    net: &TwoLayer<I, H, O>,
    x: &Matrix<N, I>,
    y: &Matrix<N, O>,
) -> f64 {
    let e = *y - net.predict(x);
    e.rows().as_flattened().iter().map(|v| 0.5 * v * v).sum()
}

/// How far rounding alone can move a centred difference, in units of
/// `ε · L / h` (see [`roundoff_unit`]). Each loss is computed with a
/// relative error of a few `ε`: two products and two sigmoids per term
/// (each within a few ulps), then a sum of `N · O` squares, whose roundings
/// are each a fraction of an ulp of the total and partly cancel. Allowing
/// `8 ε` per loss, the difference of the two losses is off by at most
/// `16 ε · L`, and the quotient by `2h` by `8 ε · L / h`. Every error
/// measured over the networks below stays under `3 ε · L / h`
/// (`assert_passed` checks that too), well inside this allowance.
const ROUNDOFF_ALLOWANCE: f64 = 8.0;

/// `ε · L / h`: the error of a centred difference caused by one rounding
/// error of relative size `ε` in `L`.
fn roundoff_unit(loss: f64) -> f64 {
    f64::EPSILON * loss / H_STEP
}

/// What one comparison of a network found.
#[derive(Default, Debug)]
struct Tally {
    /// Weights checked against the relative bound.
    relative: usize,
    /// Weights whose gradient is so small that rounding alone could break
    /// the relative bound, checked against the absolute one instead.
    tiny: usize,
    /// The largest relative error among the `relative` weights.
    worst_relative: f64,
    /// The largest `|a - n|` over all weights, in units of `ε · L / h`.
    worst_in_roundoff_units: f64,
    /// Weights that failed their bound, as (layer, row, col, analytic, numeric).
    failures: Vec<(u8, usize, usize, f64, f64)>,
}

impl Tally {
    fn compare(&mut self, layer: u8, row: usize, col: usize, a: f64, n: f64, unit: f64) {
        let noise = ROUNDOFF_ALLOWANCE * unit;
        let size = a.abs().max(n.abs());
        let units = (a - n).abs() / unit;
        self.worst_in_roundoff_units = self.worst_in_roundoff_units.max(units);
        if size * RELATIVE_BOUND <= noise {
            self.tiny += 1;
            if (a - n).abs() > noise {
                self.failures.push((layer, row, col, a, n));
            }
        } else {
            self.relative += 1;
            let relative = (a - n).abs() / size;
            self.worst_relative = self.worst_relative.max(relative);
            if relative > RELATIVE_BOUND {
                self.failures.push((layer, row, col, a, n));
            }
        }
    }
}

/// Compares the gradient `(g1, g2)` claimed for `net` with finite
/// differences of the loss, weight by weight.
fn check<const N: usize, const I: usize, const H: usize, const O: usize>(
    net: &TwoLayer<I, H, O>,
    x: &Matrix<N, I>,
    y: &Matrix<N, O>,
    (g1, g2): (Matrix<I, H>, Matrix<H, O>),
) -> Tally {
    let unit = roundoff_unit(loss(net, x, y));
    let mut tally = Tally::default();
    for i in 0..I {
        for h in 0..H {
            let nudged = |delta: f64| {
                let mut w1 = *net.w1();
                w1[(i, h)] += delta;
                loss(&TwoLayer::from_weights(w1, *net.w2()), x, y)
            };
            let numeric = (nudged(H_STEP) - nudged(-H_STEP)) / (2.0 * H_STEP);
            tally.compare(1, i, h, g1[(i, h)], numeric, unit);
        }
    }
    for h in 0..H {
        for o in 0..O {
            let nudged = |delta: f64| {
                let mut w2 = *net.w2();
                w2[(h, o)] += delta;
                loss(&TwoLayer::from_weights(*net.w1(), w2), x, y)
            };
            let numeric = (nudged(H_STEP) - nudged(-H_STEP)) / (2.0 * H_STEP);
            tally.compare(2, h, o, g2[(h, o)], numeric, unit);
        }
    }
    tally
}

/// A random problem: inputs uniform in `[-1, 1)`, targets in `[0, 1)`, and
/// a network drawn with `init`.
fn problem<const N: usize, const I: usize, const H: usize, const O: usize>(
    rng: &mut Mt19937,
    init: Init,
) -> (TwoLayer<I, H, O>, Matrix<N, I>, Matrix<N, O>) {
    let x = Init::Uniform {
        low: -1.0,
        high: 1.0,
    }
    .matrix(rng);
    let y = Init::Uniform {
        low: 0.0,
        high: 1.0,
    }
    .matrix(rng);
    (TwoLayer::new(init, rng), x, y)
}

/// Checks `networks` random networks of one shape, drawn with each of three
/// schemes in turn, and returns the total tally.
fn check_shape<const N: usize, const I: usize, const H: usize, const O: usize>(
    seed: u32,
    networks: usize,
) -> Tally {
    let schemes = [
        Init::Xavier,
        Init::Uniform {
            low: -1.0,
            high: 1.0,
        },
        Init::Uniform {
            low: -3.0,
            high: 3.0,
        },
    ];
    let mut rng = Mt19937::new(seed);
    let mut total = Tally::default();
    for k in 0..networks {
        let (net, x, y) = problem::<N, I, H, O>(&mut rng, schemes[k % schemes.len()]);
        let tally = check(&net, &x, &y, net.gradients(&x, &y));
        total.relative += tally.relative;
        total.tiny += tally.tiny;
        total.worst_relative = total.worst_relative.max(tally.worst_relative);
        total.worst_in_roundoff_units = total
            .worst_in_roundoff_units
            .max(tally.worst_in_roundoff_units);
        total.failures.extend(tally.failures);
    }
    println!("{N} samples, {I}-{H}-{O}: {total:?}");
    total
}

/// Asserts a shape's tally passed, that rounding stayed under the
/// `3 ε · L / h` the docs of `ROUNDOFF_ALLOWANCE` quote, and that the relative
/// bound did most of the work: at least two weights in three were big
/// enough to be held to it.
fn assert_passed(tally: &Tally) {
    assert!(tally.failures.is_empty(), "{:?}", tally.failures);
    assert!(tally.worst_in_roundoff_units < 3.0, "{tally:?}");
    assert!(
        tally.relative >= 2 * tally.tiny,
        "too many tiny gradients for the check to mean much: {tally:?}"
    );
}

#[test]
fn gradients_match_centred_differences_at_the_classic_size() {
    assert_passed(&check_shape::<4, 3, 4, 1>(1, 30));
}

#[test]
fn gradients_match_centred_differences_with_several_outputs() {
    assert_passed(&check_shape::<6, 2, 8, 3>(2, 20));
    assert_passed(&check_shape::<10, 5, 16, 2>(3, 10));
}

#[test]
fn gradients_match_centred_differences_for_a_64_wide_layer() {
    assert_passed(&check_shape::<16, 8, 64, 4>(4, 3));
}

/// The check is not blind: a backward pass that forgets the hidden
/// sigmoid's slope (a classic slip) fails it on almost every weight of W1.
#[test]
fn the_check_catches_a_backward_pass_missing_the_hidden_slope() {
    let mut rng = Mt19937::new(5);
    let (net, x, y) = problem::<4, 3, 4, 1>(&mut rng, Init::Xavier);
    let a1 = x.dot(net.w1()).map(constnet::sigmoid);
    let a2 = a1.dot(net.w2()).map(constnet::sigmoid);
    let d_z2 = (a2 - y).hadamard(&a2.map(constnet::sigmoid_derivative));
    let d_w2 = a1.transpose().dot(&d_z2);
    let d_w1_wrong = x.transpose().dot(&d_z2.dot(&net.w2().transpose()));
    assert_eq!(d_w2, net.gradients(&x, &y).1);
    let tally = check(&net, &x, &y, (d_w1_wrong, d_w2));
    assert!(tally.failures.len() >= 10, "{tally:?}");
    assert!(tally.failures.iter().all(|f| f.0 == 1), "{tally:?}");
}
