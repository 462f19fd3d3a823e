//! Training benchmarks: the classic experiment end to end, one training step at
//! three network sizes next to a hand-fused reference, the step of the
//! firmware's 16-32-4 network on 8 samples, how a step scales with
//! the batch size and the hidden width, and the cost of the divergence checks
//! in `TwoLayer::train`.
//!
//! Run with `cargo bench --bench training`; criterion's report lands in
//! `target/criterion/`. Every step benchmark starts from the same weights
//! each iteration (a copy of the starting network), so it measures the same
//! work however many iterations criterion chooses.

use constnet::{ClassicExperiment, Init, Matrix, Mt19937, TrainOptions, TwoLayer};
use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

/// Random data and a random starting network of one shape: inputs uniform
/// in `[-1, 1)`, targets uniform in `[0, 1)` (inside the sigmoid's range),
/// weights uniform in `[-1, 1)`, all drawn from one seeded generator.
struct Problem<const N: usize, const I: usize, const H: usize, const O: usize> {
    x: Matrix<N, I>,
    y: Matrix<N, O>,
    net: TwoLayer<I, H, O>,
}

impl<const N: usize, const I: usize, const H: usize, const O: usize> Problem<N, I, H, O> {
    fn new(seed: u32) -> Self {
        let mut rng = Mt19937::new(seed);
        let x = UNIFORM.matrix(&mut rng);
        let y = Init::Uniform {
            low: 0.0,
            high: 1.0,
        }
        .matrix(&mut rng);
        let net = TwoLayer::new(UNIFORM, &mut rng);
        Self { x, y, net }
    }

    /// Benchmarks one `train_step` from the starting weights as `name`.
    fn bench_step(&self, group: &mut BenchmarkGroup<'_, WallTime>, name: &str) {
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut net = black_box(self.net);
                let error = net.train_step(black_box(&self.x), black_box(&self.y), LEARNING_RATE);
                black_box(&net);
                error
            })
        });
    }
}

/// A benchmark group with short runs (the whole suite must stay well under
/// five minutes on two cores): `samples` samples over `seconds` seconds,
/// and 10000 bootstrap resamples (criterion's default is 100000), which
/// give the same estimates to the digits printed and cut the time the HTML
/// report's plots take by about five times.
fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
    samples: usize,
    seconds: f64,
) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(samples)
        .nresamples(10_000)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs_f64(seconds));
    group
}

/// The classic experiment's random start: a 3-4-1 network uniform in
/// `[-1, 1)` from `Mt19937::new(ClassicExperiment::SEED)`.
fn classic_start() -> TwoLayer<3, 4, 1> {
    TwoLayer::new(UNIFORM, &mut Mt19937::new(ClassicExperiment::SEED))
}

/// Weights (and inputs) uniform in `[-1, 1)`.
const UNIFORM: Init = Init::Uniform {
    low: -1.0,
    high: 1.0,
};

/// The learning rate of every step benchmark. At `1.0` the scaling by the
/// learning rate is exact, as in the classic experiment.
const LEARNING_RATE: f64 = 1.0;

/// The 3-4-1 network's weights as flat arrays, for [`hand_fused_step`].
#[derive(Clone, Copy)]
struct FlatClassicNet {
    w1: [[f64; 4]; 3],
    w2: [f64; 4],
}

/// The classic-size step as a careful person writes it by hand, for comparison:
/// flat arrays, the forward pass, error and output delta fused into one loop
/// over samples, `f64::exp` from the platform's math library. It computes the
/// same step as `TwoLayer::train_step` (in a different order, with a
/// different `exp`), so its time shows what the `Matrix` abstraction and the
/// hand-written `exp` cost or gain. Index loops over flat arrays are the
/// point of the reference, hence the lint exception.
#[allow(clippy::needless_range_loop)]
fn hand_fused_step(net: &mut FlatClassicNet, x: &[[f64; 3]; 4], y: &[[f64; 1]; 4], lr: f64) -> f64 {
    let sigmoid = |v: f64| 1.0 / (1.0 + (-v).exp());
    let mut a1 = [[0.0; 4]; 4];
    let mut d2 = [0.0; 4];
    let mut error = 0.0;
    for n in 0..4 {
        for h in 0..4 {
            let mut z = 0.0;
            for i in 0..3 {
                z += x[n][i] * net.w1[i][h];
            }
            a1[n][h] = sigmoid(z);
        }
        let mut z = 0.0;
        for h in 0..4 {
            z += a1[n][h] * net.w2[h];
        }
        let a2 = sigmoid(z);
        let e = y[n][0] - a2;
        error += e.abs();
        d2[n] = e * (a2 * (1.0 - a2));
    }
    let mut d1 = [[0.0; 4]; 4];
    for n in 0..4 {
        for h in 0..4 {
            d1[n][h] = d2[n] * net.w2[h] * (a1[n][h] * (1.0 - a1[n][h]));
        }
    }
    for h in 0..4 {
        let mut g = 0.0;
        for n in 0..4 {
            g += a1[n][h] * d2[n];
        }
        net.w2[h] += lr * g;
    }
    for i in 0..3 {
        for h in 0..4 {
            let mut g = 0.0;
            for n in 0..4 {
                g += x[n][i] * d1[n][h];
            }
            net.w1[i][h] += lr * g;
        }
    }
    error / 4.0
}

/// The three runs of the classic experiment, 60000 checked steps each.
fn classic_run(c: &mut Criterion) {
    let mut group = group(c, "training/classic_run", 10, 2.0);
    for (name, init) in [
        ("zeros", Init::Zeros),
        ("twos", Init::Constant(2.0)),
        ("uniform", UNIFORM),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| ClassicExperiment::run(black_box(init)).expect("the classic run is finite"))
        });
    }
    group.finish();
}

/// One step at the classic size (with the hand-fused reference beside it), at
/// 16-32-4 on 32 samples and at 64-128-10 on 64 samples.
fn train_step(c: &mut Criterion) {
    let mut group = group(c, "training/train_step", 40, 1.5);
    let x = ClassicExperiment::INPUTS;
    let y = ClassicExperiment::TARGETS;
    let seed = Problem {
        x,
        y,
        net: classic_start(),
    };
    seed.bench_step(&mut group, "3-4-1_n4");
    let flat = FlatClassicNet {
        w1: seed.net.w1().into_rows(),
        w2: seed.net.w2().into_rows().map(|[w]| w),
    };
    let (x, y) = (x.into_rows(), y.into_rows());
    group.bench_function("3-4-1_n4_hand_fused_f64_exp", |b| {
        b.iter(|| {
            let mut net = black_box(flat);
            let error = hand_fused_step(&mut net, black_box(&x), black_box(&y), LEARNING_RATE);
            black_box(&net);
            error
        })
    });

    Problem::<32, 16, 32, 4>::new(2).bench_step(&mut group, "16-32-4_n32");
    Problem::<64, 64, 128, 10>::new(3).bench_step(&mut group, "64-128-10_n64");
    group.finish();
}

/// One step of the firmware's larger network, 16-32-4 on 8 samples, from
/// the start `embedded/src/bin/wide.rs` and `tests/wide.rs` train from:
/// `X[n][i] = ((7n + 3i) mod 16) / 8 - 1`, `Y[n][o] = ((5n + 3o) mod 8 +
/// 0.5) / 8`, weights uniform in `[-1, 1)` from `Mt19937::new(17)`, learning
/// rate 0.5. `docs/embedded.md` gives its stack on the cores; this is its
/// speed on the host, so that a change made to save stack is also measured
/// for time.
fn wide_firmware_step(c: &mut Criterion) {
    let mut group = group(c, "training/wide_firmware", 40, 1.5);
    let problem = Problem::<8, 16, 32, 4> {
        x: Matrix::from_fn(|n, i| ((7 * n + 3 * i) % 16) as f64 / 8.0 - 1.0),
        y: Matrix::from_fn(|n, o| (((5 * n + 3 * o) % 8) as f64 + 0.5) / 8.0),
        net: TwoLayer::new(UNIFORM, &mut Mt19937::new(17)),
    };
    group.bench_function("16-32-4_n8", |b| {
        b.iter(|| {
            let mut net = black_box(problem.net);
            let error = net.train_step(black_box(&problem.x), black_box(&problem.y), 0.5);
            black_box(&net);
            error
        })
    });
    group.finish();
}

/// The 3-4-1 network with only the batch size `N` changing.
fn batch_size(c: &mut Criterion) {
    let mut group = group(c, "training/batch_size", 30, 1.0);
    group.throughput(Throughput::Elements(4));
    Problem::<4, 3, 4, 1>::new(4).bench_step(&mut group, "n4");
    group.throughput(Throughput::Elements(16));
    Problem::<16, 3, 4, 1>::new(4).bench_step(&mut group, "n16");
    group.throughput(Throughput::Elements(64));
    Problem::<64, 3, 4, 1>::new(4).bench_step(&mut group, "n64");
    group.throughput(Throughput::Elements(256));
    Problem::<256, 3, 4, 1>::new(4).bench_step(&mut group, "n256");
    group.finish();
}

/// The 3-H-1 network on 4 samples with only the hidden width `H` changing.
fn hidden_width(c: &mut Criterion) {
    let mut group = group(c, "training/hidden_width", 30, 1.0);
    Problem::<4, 3, 4, 1>::new(5).bench_step(&mut group, "h4");
    Problem::<4, 3, 16, 1>::new(5).bench_step(&mut group, "h16");
    Problem::<4, 3, 64, 1>::new(5).bench_step(&mut group, "h64");
    group.finish();
}

/// `TwoLayer::train` (checking for divergence every
/// `TrainOptions::DEFAULT_CHECK_EVERY` steps) against a bare loop of
/// `train_step`, both taking the same steps at the classic size from the same
/// start: their ratio is the cost of the checks.
fn check_interval(c: &mut Criterion) {
    const STEPS: usize = 6_400;
    let mut group = group(c, "training/check_interval", 20, 2.0);
    let x = ClassicExperiment::INPUTS;
    let y = ClassicExperiment::TARGETS;
    let start = classic_start();
    group.bench_function("train_checked", |b| {
        b.iter(|| {
            let mut net = black_box(start);
            let options = TrainOptions::new(STEPS, LEARNING_RATE);
            net.train(black_box(&x), black_box(&y), options, |_| {})
                .expect("the classic data trains without diverging");
            net
        })
    });
    group.bench_function("bare_train_step_loop", |b| {
        b.iter(|| {
            let mut net = black_box(start);
            for _ in 0..STEPS {
                net.train_step(black_box(&x), black_box(&y), LEARNING_RATE);
            }
            net
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    train_step,
    wide_firmware_step,
    check_interval,
    classic_run,
    batch_size,
    hidden_width
);
criterion_main!(benches);
