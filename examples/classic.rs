//! The classic experiment: a 3-4-1 sigmoid network trained three times on
//! four samples, from weights all 0, all 2, and uniform in [-1, 1) drawn as
//! numpy draws them after `np.random.seed(1)`.
//!
//! Run with `cargo run --release --example classic`. Each block below its
//! heading is, byte for byte, what the original numpy program prints.

use constnet::{ClassicExperiment, Init};

fn main() -> Result<(), constnet::TrainError> {
    let runs = [
        ("weights all 0", Init::Zeros),
        ("weights all 2", Init::Constant(2.0)),
        (
            "weights uniform in [-1, 1), np.random.seed(1)",
            Init::Uniform {
                low: -1.0,
                high: 1.0,
            },
        ),
    ];
    for (heading, init) in runs {
        println!("== {heading} ==");
        print!("{}", ClassicExperiment::run(init)?);
    }
    Ok(())
}
