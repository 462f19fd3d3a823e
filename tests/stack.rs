//! The stack a training step needs, as the README budgets it: one
//! `train_step` of a 784-32-10 network on 512 samples fits in 3 MiB of
//! stack in a debug build and in 1.25 MiB in release. A step that needed
//! more would overflow its thread and abort this test.

use constnet::{Init, Matrix, Mt19937, TwoLayer};
use std::thread;

/// Builds the data and the network on a thread with room to spare, then
/// runs one `train_step` on a second thread whose stack holds `budget`
/// bytes. The data are lent to it, so only the step itself counts.
fn step_on_a_stack_of(budget: usize) -> f64 {
    thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut rng = Mt19937::new(1);
            let pixels = Init::Uniform {
                low: 0.0,
                high: 1.0,
            };
            let x: Matrix<512, 784> = pixels.matrix(&mut rng);
            let y: Matrix<512, 10> = pixels.matrix(&mut rng);
            let mut net: TwoLayer<784, 32, 10> = TwoLayer::new(Init::Xavier, &mut rng);
            thread::scope(|scope| {
                thread::Builder::new()
                    .stack_size(budget)
                    .spawn_scoped(scope, || net.train_step(&x, &y, 0.5))
                    .expect("a thread")
                    .join()
                    .expect("the step")
            })
        })
        .expect("a thread")
        .join()
        .expect("the data")
}

#[test]
fn a_784_32_10_step_on_512_samples_fits_the_readme_stack_budget() {
    let budget = if cfg!(debug_assertions) {
        3 << 20
    } else {
        5 << 18
    };
    let error = step_on_a_stack_of(budget);
    assert!(error > 0.0 && error < 1.0, "{error}");
}
