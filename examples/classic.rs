//! The classic experiment: a 3-4-1 sigmoid network trained three times on
//! four samples, from weights all 0, all 2, and uniform in [-1, 1) drawn as
//! numpy draws them after `np.random.seed(1)`.
//!
//! Run with `cargo run --release --example classic`. Each block below its
//! `== ... ==` heading is, byte for byte, what the post's numpy program
//! prints. A last block says what the three starts did to the hidden
//! units, which the errors alone do not show: all three end near 1.0.

use constnet::{ClassicExperiment, Init};

fn main() -> Result<(), constnet::TrainError> {
    let starts = [
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
    let mut units = [0; 3];
    for ((heading, init), units) in starts.into_iter().zip(&mut units) {
        println!("== {heading} ==");
        let run = ClassicExperiment::run(init)?;
        print!("{run}");
        *units = run.network.distinct_hidden_units(0.0);
    }
    println!("== what the starts did to the 4 hidden units ==");
    for ((heading, _), units) in starts.into_iter().zip(units) {
        let meaning = if units == 1 {
            "they got the same gradient at every step and still act as one"
        } else {
            "the random start made them differ, and they learned different things"
        };
        println!("{heading}: {units} distinct, {meaning}");
    }
    Ok(())
}
