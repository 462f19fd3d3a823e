//! Xavier and He are `Uniform` on `[-a, a)` with the bound computed from the
//! layer's shape, drawing from the generator exactly as `Uniform` does; and
//! a start that is no random start (a reversed, empty or overflowing range,
//! a non-finite bound or constant) is refused with an error naming the fix.

use constnet::{ClassicExperiment, Init, InitError, Matrix, Mt19937, TrainError, TwoLayer};

/// `Uniform` on `[-a, a)`, with `a` computed by std's `sqrt`.
fn symmetric(a_squared: f64) -> Init {
    let a = a_squared.sqrt();
    Init::Uniform { low: -a, high: a }
}

/// Fills an `R x C` matrix with `init` and with `expected` from generators
/// seeded alike, and checks the matrices and the generators' next draws.
fn assert_draws_like<const R: usize, const C: usize>(init: Init, expected: Init, seed: u32) {
    let (mut rng, mut expected_rng) = (Mt19937::new(seed), Mt19937::new(seed));
    let got: Matrix<R, C> = init.matrix(&mut rng);
    let want: Matrix<R, C> = expected.matrix(&mut expected_rng);
    assert_eq!(got, want, "{init:?} as a {R} x {C} layer, seed {seed}");
    assert_eq!(
        rng.next_u32(),
        expected_rng.next_u32(),
        "both drew R * C values"
    );
}

#[test]
fn xavier_is_uniform_with_bound_sqrt_6_over_fan_in_plus_fan_out() {
    for seed in 1..=5 {
        assert_draws_like::<3, 4>(Init::Xavier, symmetric(6.0 / 7.0), seed);
        assert_draws_like::<4, 1>(Init::Xavier, symmetric(6.0 / 5.0), seed);
        assert_draws_like::<2, 8>(Init::Xavier, symmetric(6.0 / 10.0), seed);
        assert_draws_like::<64, 32>(Init::Xavier, symmetric(6.0 / 96.0), seed);
    }
}

#[test]
fn he_is_uniform_with_bound_sqrt_6_over_fan_in() {
    for seed in 1..=5 {
        assert_draws_like::<3, 4>(Init::He, symmetric(6.0 / 3.0), seed);
        assert_draws_like::<4, 1>(Init::He, symmetric(6.0 / 4.0), seed);
        assert_draws_like::<2, 8>(Init::He, symmetric(6.0 / 2.0), seed);
        assert_draws_like::<64, 32>(Init::He, symmetric(6.0 / 64.0), seed);
    }
}

#[test]
fn a_network_scales_each_layer_by_its_own_fans() {
    // W1 is a 3 -> 4 layer, W2 a 4 -> 1 layer, drawn in that order.
    for (init, w1_bound, w2_bound) in [
        (Init::Xavier, 6.0 / 7.0, 6.0 / 5.0),
        (Init::He, 6.0 / 3.0, 6.0 / 4.0),
    ] {
        let net: TwoLayer<3, 4, 1> = TwoLayer::new(init, &mut Mt19937::new(1));
        let mut rng = Mt19937::new(1);
        let w1: Matrix<3, 4> = symmetric(w1_bound).matrix(&mut rng);
        let w2: Matrix<4, 1> = symmetric(w2_bound).matrix(&mut rng);
        assert_eq!(*net.w1(), w1, "{init:?}");
        assert_eq!(*net.w2(), w2, "{init:?}");
    }
}

/// The sample mean and variance of every weight in `m`.
fn mean_and_variance<const R: usize, const C: usize>(m: &Matrix<R, C>) -> (f64, f64) {
    let n = (R * C) as f64;
    let mean = m.rows().iter().flatten().sum::<f64>() / n;
    let variance = m
        .rows()
        .iter()
        .flatten()
        .map(|w| (w - mean).powi(2))
        .sum::<f64>()
        / n;
    (mean, variance)
}

#[test]
fn weight_variance_is_2_over_fan_in_plus_fan_out_for_xavier_and_2_over_fan_in_for_he() {
    // 8192 weights: the sample variance of a uniform is then within about
    // 1% (one standard error) of the true one; allow 4%.
    let mut rng = Mt19937::new(3);
    let xavier: Matrix<64, 128> = Init::Xavier.matrix(&mut rng);
    let he: Matrix<64, 128> = Init::He.matrix(&mut rng);
    for (m, want) in [(xavier, 2.0_f64 / 192.0), (he, 2.0 / 64.0)] {
        let (mean, variance) = mean_and_variance(&m);
        assert!(mean.abs() < 0.05 * want.sqrt(), "mean {mean}");
        assert!(
            (variance / want - 1.0).abs() < 0.04,
            "variance {variance}, want {want}"
        );
    }
}

/// Draws `count` weights (a multiple of 100) from `Uniform { low, high }`
/// and checks each lies in `[low, high)`; returns how many were exactly
/// `low`.
fn assert_uniform_stays_in_range(low: f64, high: f64, count: usize) -> usize {
    let init = Init::Uniform { low, high };
    let mut rng = Mt19937::new(11);
    let mut at_low = 0;
    for _ in 0..count / 100 {
        let w: Matrix<10, 10> = init.matrix(&mut rng);
        for &v in w.rows().as_flattened() {
            assert!(low <= v && v < high, "{v:e} outside [{low:e}, {high:e})");
            at_low += usize::from(v == low);
        }
    }
    at_low
}

/// With `high` the very next double after `low`, `low + (high - low) * u`
/// rounds to `high` whenever `u > 0.5`: about half the draws would break
/// the promise without the correction.
#[test]
fn uniform_never_returns_high_even_when_rounding_reaches_it() {
    for low in [1.0_f64, -1.0, 0.0, 1e-300, -3.5e10] {
        let high = f64::from_bits(if low >= 0.0 {
            low.to_bits() + 1
        } else {
            low.to_bits() - 1
        });
        assert!(high > low);
        assert_eq!(assert_uniform_stays_in_range(low, high, 10_000), 10_000);
    }
    // The step below 0.0 is the negative of the smallest subnormal.
    assert_eq!(
        assert_uniform_stays_in_range(-f64::from_bits(1), 0.0, 1_000),
        1_000
    );
}

#[test]
fn uniform_with_an_infinite_bound_gives_weights_train_refuses() {
    let init = Init::Uniform {
        low: 0.0,
        high: f64::INFINITY,
    };
    let net: TwoLayer<2, 2, 1> = TwoLayer::new(init, &mut Mt19937::new(1));
    assert!(!net.is_finite());
}

/// The mistakes a new user makes: each was once a silent constant start
/// (`low: 1.0, high: -1.0` set every weight to -1.0000000000000002, and
/// `low: -1e308, high: 1e308` every weight to 9.999999999999998e307).
fn refused_starts() -> [(Init, InitError); 9] {
    let uniform = |low, high| Init::Uniform { low, high };
    [
        (
            uniform(1.0, -1.0),
            InitError::EmptyRange {
                low: 1.0,
                high: -1.0,
            },
        ),
        (
            uniform(0.5, 0.5),
            InitError::EmptyRange {
                low: 0.5,
                high: 0.5,
            },
        ),
        (
            uniform(-1e308, 1e308),
            InitError::RangeTooWide {
                low: -1e308,
                high: 1e308,
            },
        ),
        (
            uniform(-f64::MAX, f64::MAX),
            InitError::RangeTooWide {
                low: -f64::MAX,
                high: f64::MAX,
            },
        ),
        (
            uniform(0.0, f64::INFINITY),
            InitError::NonFiniteBound {
                low: 0.0,
                high: f64::INFINITY,
            },
        ),
        (
            uniform(f64::NEG_INFINITY, 1.0),
            InitError::NonFiniteBound {
                low: f64::NEG_INFINITY,
                high: 1.0,
            },
        ),
        (
            uniform(f64::INFINITY, f64::NEG_INFINITY),
            InitError::NonFiniteBound {
                low: f64::INFINITY,
                high: f64::NEG_INFINITY,
            },
        ),
        (
            Init::Constant(f64::INFINITY),
            InitError::NonFiniteConstant(f64::INFINITY),
        ),
        (
            Init::Constant(-f64::INFINITY),
            InitError::NonFiniteConstant(-f64::INFINITY),
        ),
    ]
}

#[test]
fn reversed_empty_overflowing_and_non_finite_starts_are_refused_by_name() {
    for (init, error) in refused_starts() {
        assert_eq!(init.check(), Err(error), "{init:?}");
    }
    // NaN compares unequal to itself, so these are matched instead.
    assert!(matches!(
        Init::Uniform { low: f64::NAN, high: 1.0 }.check(),
        Err(InitError::NonFiniteBound { low, high: 1.0 }) if low.is_nan()
    ));
    assert!(matches!(
        Init::Constant(f64::NAN).check(),
        Err(InitError::NonFiniteConstant(c)) if c.is_nan()
    ));
}

/// The widest ranges that still work, the narrowest non-empty one, and
/// every other scheme are accepted.
#[test]
fn proper_starts_are_accepted() {
    let just_above = f64::from_bits(1.0_f64.to_bits() + 1);
    for init in [
        Init::Zeros,
        Init::Constant(2.0),
        Init::Constant(-0.0),
        Init::Xavier,
        Init::He,
        Init::Uniform {
            low: -1.0,
            high: 1.0,
        },
        Init::Uniform {
            low: 1.0,
            high: just_above,
        },
        Init::Uniform {
            low: -f64::MAX / 2.0,
            high: f64::MAX / 2.0,
        },
        Init::Uniform {
            low: 0.0,
            high: f64::MAX,
        },
    ] {
        assert_eq!(init.check(), Ok(()), "{init:?}");
    }
}

#[test]
fn try_new_refuses_a_bad_start_without_drawing_and_draws_a_good_one_like_new() {
    for (init, error) in refused_starts() {
        let mut rng = Mt19937::new(1);
        assert_eq!(TwoLayer::<3, 4, 1>::try_new(init, &mut rng), Err(error));
        assert_eq!(rng.next_u32(), Mt19937::new(1).next_u32(), "{init:?} drew");
    }
    let uniform = Init::Uniform {
        low: -1.0,
        high: 1.0,
    };
    assert_eq!(
        TwoLayer::<3, 4, 1>::try_new(uniform, &mut Mt19937::new(1)),
        Ok(TwoLayer::new(uniform, &mut Mt19937::new(1)))
    );
}

#[test]
fn the_classic_experiment_refuses_a_bad_start_before_training() {
    for (init, error) in refused_starts() {
        assert_eq!(
            ClassicExperiment::run(init),
            Err(TrainError::InvalidInit(error)),
            "{init:?}"
        );
    }
}

#[test]
fn init_error_messages_name_the_scheme_and_the_fix() {
    let messages = refused_starts().map(|(_, error)| error.to_string());
    assert_eq!(
        messages[0],
        "Init::Uniform { low: 1.0, high: -1.0 } is an empty range: low must be less than high \
         (swap them if they are reversed); otherwise every weight gets the same value and the \
         hidden units stay identical"
    );
    assert_eq!(
        messages[2],
        "Init::Uniform { low: -1e308, high: 1e308 } is too wide: high - low overflows f64 \
         (it exceeds 1.8e308); narrow the range"
    );
    assert_eq!(
        messages[4],
        "Init::Uniform { low: 0.0, high: inf } has a bound that is NaN or infinite: pass \
         finite bounds, such as low: -1.0, high: 1.0"
    );
    assert_eq!(
        messages[7],
        "Init::Constant(inf) is not a finite number: pass a finite constant"
    );
    // Through TrainError, the same sentence, with the InitError as source.
    let train_error = TrainError::from(InitError::EmptyRange {
        low: 1.0,
        high: -1.0,
    });
    assert_eq!(train_error.to_string(), messages[0]);
    let source = std::error::Error::source(&train_error).expect("a source");
    assert_eq!(source.to_string(), messages[0]);
}
