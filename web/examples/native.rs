//! The lab's training, timed natively, for the figures docs/web.md puts
//! next to the page's: the same `lab::advance` the wasm runs.
//!
//! `cargo run --release --example native` in web/.
use constnet_web::lab::{self, Params};
use constnet_web::state::Slot;
use std::time::Instant;

/// Best of five runs of `steps` steps on `task` from a uniform ±1 start, in
/// nanoseconds per step.
fn per_step(task: u32, lr: f64, steps: u32) -> f64 {
    let slot = Slot::new();
    let params = Params {
        task,
        init: 2,
        value: 0.0,
        low: -1.0,
        high: 1.0,
        seed: 1.0,
        lr,
        steps: f64::from(steps),
    };
    (0..5)
        .map(|_| {
            lab::setup(&slot, &params).expect("a good start");
            let started = Instant::now();
            lab::advance(&slot, steps).expect("no divergence");
            started.elapsed().as_secs_f64() * 1e9 / f64::from(steps)
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    println!("classic: {:.1} ns/step", per_step(0, 1.0, 60_000));
    println!("xor:     {:.1} ns/step", per_step(1, 1.0, 60_000));
    println!("moons:   {:.1} ns/step", per_step(2, 0.2, 20_000));
}
