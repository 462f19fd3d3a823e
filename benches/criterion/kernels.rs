//! Kernel benchmarks: the matrix product at the three network sizes, the
//! transpose, and `exp` and `sigmoid` over 16 and 1024 elements next to the
//! same maps built on the platform's `f64::exp`.
//!
//! Run with `cargo bench --bench kernels`; criterion's report lands in
//! `target/criterion/`.

use constnet::{exp, sigmoid, Init, Matrix, Mt19937};
use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

/// An `R x C` matrix uniform in `[low, high)`, drawn from `Mt19937::new(seed)`.
fn random<const R: usize, const C: usize>(low: f64, high: f64, seed: u32) -> Matrix<R, C> {
    Init::Uniform { low, high }.matrix(&mut Mt19937::new(seed))
}

/// Short runs: the whole suite must stay well under five minutes on two
/// cores. 10000 bootstrap resamples (criterion's default is 100000) give
/// the same estimates to the digits printed and cut the time the HTML
/// report's plots take by about five times.
fn configured<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(30)
        .nresamples(10_000)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    group
}

/// Benchmarks `a · b` for random `R x C` and `C x K` matrices as `name`.
fn bench_dot<const R: usize, const C: usize, const K: usize>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
) {
    let a = random::<R, C>(-1.0, 1.0, 1);
    let b = random::<C, K>(-1.0, 1.0, 2);
    group.bench_function(name, |bench| {
        bench.iter(|| black_box(&a).dot(black_box(&b)))
    });
}

/// `a · b` at the shapes of the hidden-to-output product `A1 · W2` of the
/// three benchmarked networks (roughly), and of the largest network's
/// biggest product, `X · W1` at 64-128-10 on 64 samples.
fn dot(c: &mut Criterion) {
    let mut group = configured(c, "kernels/dot");
    bench_dot::<4, 4, 4>(&mut group, "4x4_4x4");
    bench_dot::<16, 32, 4>(&mut group, "16x32_32x4");
    bench_dot::<64, 128, 10>(&mut group, "64x128_128x10");
    bench_dot::<64, 64, 128>(&mut group, "64x64_64x128");
    group.finish();
}

/// Benchmarks `aᵀ · b` for random `R x C` and `R x K` matrices, computed by
/// `t_dot` and by `transpose().dot()` (the same bits), as `name`.
fn bench_t_dot<const R: usize, const C: usize, const K: usize>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
) {
    let a = random::<R, C>(-1.0, 1.0, 3);
    let b = random::<R, K>(-1.0, 1.0, 4);
    group.bench_function(format!("t_dot_{name}"), |bench| {
        bench.iter(|| black_box(&a).t_dot(black_box(&b)))
    });
    group.bench_function(format!("transpose_then_dot_{name}"), |bench| {
        bench.iter(|| black_box(&a).transpose().dot(black_box(&b)))
    });
}

/// `Xᵀ · D1`, the first layer's weight gradient, at the classic size and at
/// 64-128-10 on 64 samples.
fn t_dot(c: &mut Criterion) {
    let mut group = configured(c, "kernels/t_dot");
    bench_t_dot::<4, 3, 4>(&mut group, "4x3T_4x4");
    bench_t_dot::<64, 64, 128>(&mut group, "64x64T_64x128");
    group.finish();
}

/// `mᵀ` for the seed inputs' shape and the largest hidden layer's.
fn transpose(c: &mut Criterion) {
    let mut group = configured(c, "kernels/transpose");
    let m = random::<4, 3>(-1.0, 1.0, 7);
    group.bench_function("4x3", |bench| bench.iter(|| black_box(&m).transpose()));
    let m = random::<64, 128>(-1.0, 1.0, 8);
    group.bench_function("64x128", |bench| bench.iter(|| black_box(&m).transpose()));
    group.finish();
}

/// `function` applied to every element of `m` by constnet (`ours`) and by a
/// version built on `f64::exp` (`std`), in the group `kernels/{function}`.
fn versus<const R: usize, const C: usize>(
    c: &mut Criterion,
    function: &str,
    m: &Matrix<R, C>,
    ours: impl Fn(f64) -> f64 + Copy,
    std: impl Fn(f64) -> f64 + Copy,
) {
    let mut group = configured(c, &format!("kernels/{function}"));
    group.throughput(Throughput::Elements((R * C) as u64));
    let n = R * C;
    group.bench_function(format!("constnet_{n}"), |bench| {
        bench.iter(|| black_box(m).map(ours))
    });
    group.bench_function(format!("f64_exp_{n}"), |bench| {
        bench.iter(|| black_box(m).map(std))
    });
    group.finish();
}

/// Element-wise kernels over 16 (4 x 4) and 1024 (32 x 32) values in
/// `[-10, 10)`, the range where a sigmoid layer's inputs live.
fn elementwise(c: &mut Criterion) {
    let std_sigmoid = |v: f64| 1.0 / (1.0 + (-v).exp());
    let small = random::<4, 4>(-10.0, 10.0, 9);
    let large = random::<32, 32>(-10.0, 10.0, 10);
    versus(c, "exp", &small, exp, f64::exp);
    versus(c, "exp", &large, exp, f64::exp);
    versus(c, "sigmoid", &small, sigmoid, std_sigmoid);
    versus(c, "sigmoid", &large, sigmoid, std_sigmoid);
}

criterion_group!(benches, dot, t_dot, transpose, elementwise);
criterion_main!(benches);
