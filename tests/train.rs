//! `TwoLayer::train`: bad input is refused with the exact error, divergence
//! hands back the last finite weights, and a checked run computes the same
//! bits as the bare loop.

use constnet::{
    ClassicExperiment, Init, Matrix, Mt19937, Operand, Report, Summary, TrainError, TrainOptions,
    TwoLayer,
};

const X: Matrix<4, 3> = ClassicExperiment::INPUTS;
const Y: Matrix<4, 1> = ClassicExperiment::TARGETS;

fn uniform_net() -> TwoLayer<3, 4, 1> {
    let uniform = Init::Uniform {
        low: -1.0,
        high: 1.0,
    };
    TwoLayer::new(uniform, &mut Mt19937::new(1))
}

fn train(
    net: &mut TwoLayer<3, 4, 1>,
    x: &Matrix<4, 3>,
    y: &Matrix<4, 1>,
    options: TrainOptions,
) -> Result<Summary, TrainError> {
    net.train(x, y, options, |_| {})
}

#[test]
fn nan_in_inputs_is_reported_with_its_position_and_nothing_trains() {
    let mut x = X;
    x[(2, 1)] = f64::NAN;
    let mut net = uniform_net();
    let result = train(&mut net, &x, &Y, TrainOptions::new(10, 1.0));
    assert_eq!(
        result,
        Err(TrainError::NonFiniteInput {
            which: Operand::X,
            row: 2,
            col: 1
        })
    );
    assert_eq!(net, uniform_net());
}

#[test]
fn infinite_target_is_reported_with_its_position() {
    let mut y = Y;
    y[(3, 0)] = f64::NEG_INFINITY;
    let result = train(&mut uniform_net(), &X, &y, TrainOptions::new(10, 1.0));
    assert_eq!(
        result,
        Err(TrainError::NonFiniteInput {
            which: Operand::Y,
            row: 3,
            col: 0
        })
    );
}

#[test]
fn non_finite_starting_weights_are_reported() {
    let mut w2 = *uniform_net().w2();
    w2[(1, 0)] = f64::INFINITY;
    let mut net = TwoLayer::from_weights(*uniform_net().w1(), w2);
    let result = train(&mut net, &X, &Y, TrainOptions::new(10, 1.0));
    assert_eq!(
        result,
        Err(TrainError::NonFiniteInput {
            which: Operand::W2,
            row: 1,
            col: 0
        })
    );
    let mut net = TwoLayer::new(Init::Constant(f64::NAN), &mut Mt19937::new(1));
    let result = train(&mut net, &X, &Y, TrainOptions::new(10, 1.0));
    assert_eq!(
        result,
        Err(TrainError::NonFiniteInput {
            which: Operand::W1,
            row: 0,
            col: 0
        })
    );
}

#[test]
fn learning_rates_that_are_not_finite_and_positive_are_refused() {
    for lr in [0.0, -0.5, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut net = uniform_net();
        match train(&mut net, &X, &Y, TrainOptions::new(10, lr)) {
            Err(TrainError::InvalidLearningRate(got)) => assert_eq!(got.to_bits(), lr.to_bits()),
            other => panic!("lr {lr}: {other:?}"),
        }
        assert_eq!(net, uniform_net());
    }
}

#[test]
fn zero_steps_is_not_an_error_and_reports_the_starting_error() {
    let mut net = uniform_net();
    let summary = train(&mut net, &X, &Y, TrainOptions::new(0, 1.0)).unwrap();
    assert_eq!(summary.steps, 0);
    assert_eq!(summary.final_error, uniform_net().error(&X, &Y));
    assert_eq!(summary.final_error, 1.238336180889141);
    assert_eq!(net, uniform_net());
}

#[test]
fn checked_training_gives_the_same_bits_as_bare_steps() {
    let mut bare = uniform_net();
    for _ in 0..1000 {
        bare.train_step(&X, &Y, 1.0);
    }
    let mut checked = uniform_net();
    let summary = train(
        &mut checked,
        &X,
        &Y,
        TrainOptions::new(1000, 1.0).check_every(7),
    )
    .unwrap();
    assert_eq!(checked, bare);
    assert_eq!(summary.final_error, bare.error(&X, &Y));
}

#[test]
fn reports_arrive_at_every_interval_with_the_pre_update_error() {
    let mut reports = Vec::new();
    let mut net = uniform_net();
    net.train(&X, &Y, TrainOptions::new(25, 1.0).report_every(10), |r| {
        reports.push(r)
    })
    .unwrap();
    let steps: Vec<usize> = reports.iter().map(|r| r.step).collect();
    assert_eq!(steps, [0, 10, 20]);
    assert_eq!(
        reports[0],
        Report {
            step: 0,
            error: 1.238336180889141
        }
    );
}

/// Huge targets and a huge learning rate blow the weights up on the first
/// step. The network must come back holding what it had learned before the
/// call, and the error must name that state and its error.
#[test]
fn divergence_restores_the_last_finite_weights_and_names_their_step() {
    let y = Matrix::new([[1e200], [-1e200], [2e200], [0.0]]);
    let mut net = uniform_net();
    train(&mut net, &X, &Y, TrainOptions::new(500, 1.0)).unwrap();
    let learned = net;

    for check_every in [1, 64] {
        let mut diverging = learned;
        let options = TrainOptions::new(1000, 1e200).check_every(check_every);
        let result = train(&mut diverging, &X, &y, options);
        assert_eq!(
            result,
            Err(TrainError::Diverged {
                step: 0,
                last_error: learned.error(&X, &y)
            }),
            "check_every {check_every}"
        );
        assert!(diverging.is_finite());
        assert_eq!(diverging, learned, "check_every {check_every}");
    }
}

/// Tiny weights meet huge inputs and targets. The first step is finite,
/// but it scales the weights up by the inputs' size, so on the second step
/// the products `X · W1` overflow and `inf - inf` makes NaN. The network
/// must come back holding the weights after that first step: the last
/// checked state, which is not the start.
#[test]
fn divergence_after_the_first_step_restores_the_weights_of_the_last_check() {
    let x = X * 1e150;
    let y = Y * 1e200;
    let start = TwoLayer::<3, 4, 1>::new(
        Init::Uniform {
            low: -1e-100,
            high: 1e-100,
        },
        &mut Mt19937::new(1),
    );
    let mut after_one_step = start;
    after_one_step.train_step(&x, &y, 1.0);
    assert!(after_one_step.is_finite());
    let mut after_two_steps = after_one_step;
    after_two_steps.train_step(&x, &y, 1.0);
    assert!(!after_two_steps.is_finite());

    let mut net = start;
    let result = train(&mut net, &x, &y, TrainOptions::new(100, 1.0).check_every(1));
    assert_eq!(
        result,
        Err(TrainError::Diverged {
            step: 1,
            last_error: after_one_step.error(&x, &y)
        })
    );
    assert_eq!(net, after_one_step);

    // Checking only every 4 steps, the last checked state is the start.
    let mut net = start;
    let result = train(&mut net, &x, &y, TrainOptions::new(100, 1.0).check_every(4));
    assert_eq!(
        result,
        Err(TrainError::Diverged {
            step: 0,
            last_error: start.error(&x, &y)
        })
    );
    assert_eq!(net, start);
}

/// A single step is checked only after the loop: the divergence it causes
/// must still be caught and undone.
#[test]
fn the_check_after_the_last_step_catches_a_divergence_there() {
    let y = Matrix::new([[1e200], [-1e200], [2e200], [0.0]]);
    let start = uniform_net();
    let mut net = start;
    let options = TrainOptions::new(1, 1e200).check_every(64);
    assert_eq!(
        train(&mut net, &X, &y, options),
        Err(TrainError::Diverged {
            step: 0,
            last_error: start.error(&X, &y)
        })
    );
    assert_eq!(net, start);
}

/// Targets near `f64::MAX` are finite, but the sum behind mean |Y - A2|
/// overflows before the first step: that is an overflow in the data, not a
/// divergence, and the error says so.
#[test]
fn a_starting_error_that_overflows_is_refused_as_an_overflow() {
    let y = Matrix::new([[1e308], [1e308], [1e308], [1e308]]);
    let mut net = uniform_net();
    let result = train(&mut net, &X, &y, TrainOptions::new(10, 1.0));
    assert_eq!(
        result,
        Err(TrainError::StartOverflow {
            error: f64::INFINITY
        })
    );
    assert_eq!(net, uniform_net());
    assert!(result
        .unwrap_err()
        .to_string()
        .contains("a sum overflowed, so some values are too large"));

    // Inputs whose products with the weights overflow: inf - inf is NaN.
    let x = Matrix::new([[1e308, -1e308, 0.0]; 4]);
    let net = TwoLayer::from_weights(Matrix::filled(2.0), Matrix::filled(1.0));
    let mut refused = net;
    match train(&mut refused, &x, &Y, TrainOptions::new(10, 1.0)) {
        Err(TrainError::StartOverflow { error }) => assert!(error.is_nan()),
        other => panic!("{other:?}"),
    }
    assert_eq!(refused, net);
}

#[test]
fn error_messages_say_what_to_fix() {
    let e = TrainError::NonFiniteInput {
        which: Operand::X,
        row: 2,
        col: 1,
    };
    assert_eq!(
        e.to_string(),
        "X[(2, 1)] is NaN or infinite: replace it with a finite number before training"
    );
    let e = TrainError::Diverged {
        step: 40,
        last_error: 0.5,
    };
    assert_eq!(
        e.to_string(),
        "training diverged (an error or weight became NaN or infinite); the network was restored to the weights it had after 40 steps of this call (mean |error| 0.5): lower the learning rate or rescale the data"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert!(boxed.to_string().starts_with("training diverged"));
}

/// 64 samples of two inputs in `[0, 1)` and a constant 1, with target 1
/// where the first input exceeds the second (42 of the 64).
fn sixty_four_samples() -> (Matrix<64, 3>, Matrix<64, 1>) {
    let mut rng = Mt19937::new(2);
    let x: Matrix<64, 3> = Matrix::from_fn(|_, c| if c == 2 { 1.0 } else { rng.next_f64() });
    let y = Matrix::from_fn(|n, _| f64::from(u8::from(x[(n, 0)] > x[(n, 1)])));
    (x, y)
}

fn largest_magnitude<const R: usize, const C: usize>(m: &Matrix<R, C>) -> f64 {
    m.rows()
        .as_flattened()
        .iter()
        .fold(0.0, |largest: f64, g| largest.max(g.abs()))
}

/// The loss is a sum over the samples, so `lr = 1`, right for the classic
/// 4 samples, is 16 times too large for 64: a 3-32-1 Xavier network is
/// thrown into saturation in one step. Every output then sits at 0 or 1
/// (the hidden layer does not: `saturation` sees nothing), the gradient
/// has all but vanished, and 300 more steps change nothing. `train` still
/// returns `Ok`, but its `largest_gradient` says the network is dead, and
/// `output_saturation` says why. Divided by 16, the same rate learns.
#[test]
fn a_learning_rate_too_large_for_the_batch_kills_the_gradient_and_the_summary_says_so() {
    let (x, y) = sixty_four_samples();
    assert_eq!(y.sum(), 42.0);
    let start: TwoLayer<3, 32, 1> = TwoLayer::new(Init::Xavier, &mut Mt19937::new(1));
    let (d_w1, d_w2) = start.gradients(&x, &y);
    let start_gradient = largest_magnitude(&d_w1).max(largest_magnitude(&d_w2));
    assert!(start_gradient > 1.0, "{start_gradient}");
    assert_eq!(start.output_saturation(&x, 0.03), 0.0);

    let mut dead = start;
    let one = train_64(&mut dead, &x, &y, TrainOptions::new(1, 1.0));
    assert_eq!(dead.output_saturation(&x, 0.03), 1.0);
    assert_eq!(dead.saturation(&x, 0.03), 0.0);
    assert!(one.largest_gradient < 1e-4 * start_gradient, "{one:?}");
    let more = train_64(&mut dead, &x, &y, TrainOptions::new(300, 1.0));
    assert!(more.largest_gradient < 1e-4 * start_gradient, "{more:?}");
    assert!(
        (more.final_error - one.final_error).abs() < 1e-5,
        "{one:?} {more:?}"
    );
    // Every output near 1: the error is the 22 targets of 0 out of 64.
    assert!((more.final_error - 22.0 / 64.0).abs() < 1e-5, "{more:?}");

    let mut alive = start;
    let scaled = train_64(&mut alive, &x, &y, TrainOptions::new(301, 1.0 / 16.0));
    assert!(scaled.final_error < 0.15, "{scaled:?}");
    assert!(
        scaled.largest_gradient > 1e-2 * start_gradient,
        "{scaled:?}"
    );
}

fn train_64(
    net: &mut TwoLayer<3, 32, 1>,
    x: &Matrix<64, 3>,
    y: &Matrix<64, 1>,
    options: TrainOptions,
) -> Summary {
    net.train(x, y, options, |_| {}).expect("finite throughout")
}

/// `largest_gradient` is the largest |element| of `gradients` at the final
/// weights, exactly.
#[test]
fn the_summary_reports_the_largest_gradient_of_the_final_weights() {
    let mut net = uniform_net();
    let summary = train(&mut net, &X, &Y, TrainOptions::new(100, 1.0)).unwrap();
    let (d_w1, d_w2) = net.gradients(&X, &Y);
    let largest = largest_magnitude(&d_w1).max(largest_magnitude(&d_w2));
    assert!(largest > 0.0);
    assert_eq!(summary.largest_gradient.to_bits(), largest.to_bits());
}

#[test]
fn the_learning_rate_message_says_the_step_shrinks_with_the_batch() {
    assert_eq!(
        TrainError::InvalidLearningRate(f64::NAN).to_string(),
        "learning rate NaN is not a finite number greater than 0: pass a positive step size, \
         smaller the more samples a batch has (the loss is a sum over them)"
    );
}

#[test]
fn options_read_back_what_was_set() {
    let options = TrainOptions::new(7, 0.25).report_every(3).check_every(0);
    assert_eq!(
        (
            options.steps(),
            options.learning_rate(),
            options.report_interval(),
            options.check_interval()
        ),
        (7, 0.25, 3, 0)
    );
    let default = TrainOptions::new(7, 0.25);
    assert_eq!(default.report_interval(), 0);
    assert_eq!(default.check_interval(), TrainOptions::DEFAULT_CHECK_EVERY);
    assert_eq!(TrainOptions::DEFAULT_CHECK_EVERY, 64);
}
