//! The digits study: how big should the random start be?
//!
//! Run with `cargo run --release --example digits`, optionally followed by
//! `-- path/to/picture.svg` (the default is `target/digits.svg`).
//!
//! The classic experiment and XOR show that the weights must start random, but
//! they are too small to show how big the random numbers should be. Here
//! the network is wide enough for the scale to matter. It learns to read
//! handwritten digits: the UCI optical recognition data set (1797 images of
//! 8 x 8 pixel counts from 0 to 16; see `digits/DATA.md` for its source and
//! licence), the first 1500 images for training and the last 297 for
//! testing.
//!
//! * The network is 65-32-10: the 64 pixels scaled to `[0, 1]` plus a
//!   constant 1 (the network has no biases, so that input's weights stand
//!   in for them), 32 hidden units, and one output per digit. The target is
//!   one-hot: 1 for the digit written, 0 for the others. The network's
//!   answer is its largest output.
//! * Each epoch shuffles the training images (Fisher-Yates, with
//!   `Mt19937`), cuts the new order into batches of 10 and takes one
//!   `train_step` at learning rate 0.5 on each: 150 steps an epoch, 20
//!   epochs.
//! * Nine ways to start: a constant; uniform in `±a` for `a` = 0.01, 0.1,
//!   0.3, 1, 3 and 10; Xavier; He. Each with the seeds 1 to 20.
//!
//! Before the first step it measures how many hidden activations on the
//! training images are saturated (within 0.03 of 0 or 1, where the sigmoid
//! is nearly flat and passes almost no gradient back), and after every
//! epoch the share of the test images the network reads right. Then it
//! prints a Markdown table (ready for the README) and draws one panel per
//! scheme: the test accuracy against the epoch for every seed, and the
//! saturation at the start.

#[path = "../shared/median.rs"]
mod median;
#[path = "../shared/plot.rs"]
mod plot;
mod study;
mod svg;

use median::median;
use std::error::Error;
use std::ops::RangeInclusive;
use std::time::Instant;
use study::{DataSet, Run, Scheme, SCHEMES};

/// Every scheme is run once per seed.
const SEEDS: RangeInclusive<u32> = 1..=20;

/// Passes over the training images.
const EPOCHS: usize = 20;

/// The epochs after which the table shows the test accuracy.
const TABLE_EPOCHS: [usize; 4] = [1, 2, 5, EPOCHS];

/// One scheme, run with every seed.
struct Outcome {
    scheme: &'static Scheme,
    runs: Vec<Run>,
}

impl Outcome {
    /// The median over the seeds of the share of hidden activations
    /// saturated at the start.
    fn saturation_at_start(&self) -> f64 {
        let shares: Vec<f64> = self
            .runs
            .iter()
            .map(|run| run.saturation_at_start)
            .collect();
        median(&shares)
    }

    /// The median over the seeds of the test accuracy after `epoch` epochs.
    fn test_accuracy(&self, epoch: usize) -> f64 {
        median(&self.accuracies(epoch))
    }

    /// The test accuracy of every seed after `epoch` epochs.
    fn accuracies(&self, epoch: usize) -> Vec<f64> {
        self.runs
            .iter()
            .map(|run| run.test_accuracy[epoch])
            .collect()
    }

    /// The lowest and the highest test accuracy over the seeds after
    /// `epoch` epochs.
    fn test_accuracy_range(&self, epoch: usize) -> (f64, f64) {
        self.accuracies(epoch)
            .into_iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), a| {
                (low.min(a), high.max(a))
            })
    }

    /// The Markdown table header, matching [`Outcome::markdown`].
    fn header() -> String {
        let mut columns = vec![
            "scheme".to_string(),
            "hidden activations saturated at the start".to_string(),
        ];
        columns.extend(TABLE_EPOCHS.map(|epoch| format!("after epoch {epoch}")));
        columns.push(format!("after epoch {EPOCHS}: worst–best seed"));
        let rule = vec!["---".to_string(); columns.len()];
        format!("{}\n{}", table_line(&columns), table_line(&rule))
    }

    /// The scheme's row of the table: medians over the seeds, then the
    /// spread over them at the end.
    fn markdown(&self) -> String {
        let mut cells = vec![
            self.scheme.name.to_string(),
            percent(self.saturation_at_start()),
        ];
        cells.extend(TABLE_EPOCHS.map(|epoch| percent(self.test_accuracy(epoch))));
        let (worst, best) = self.test_accuracy_range(EPOCHS);
        cells.push(format!("{}–{}", percent(worst), percent(best)));
        table_line(&cells)
    }
}

/// A line of a Markdown table.
fn table_line(cells: &[String]) -> String {
    format!("| {} |", cells.join(" | "))
}

/// A share in `[0, 1]` as a percentage with one decimal: `0.8047` is
/// `80.5%`. (One test image is 0.34%.)
fn percent(share: f64) -> String {
    format!("{:.1}%", 100.0 * share)
}

fn main() -> Result<(), Box<dyn Error>> {
    let picture_path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/digits.svg".to_string());
    let started = Instant::now();
    let data = DataSet::load()?;
    let mut outcomes = Vec::new();
    for scheme in &SCHEMES {
        let scheme_started = Instant::now();
        let outcome = Outcome {
            scheme,
            runs: study::run_seeds(&data, scheme.init, SEEDS, EPOCHS),
        };
        println!(
            "{:>13}: {} seeds x {EPOCHS} epochs in {:.2} s; saturated at the start {}, test accuracy {} after epoch {EPOCHS}",
            scheme.name,
            SEEDS.count(),
            scheme_started.elapsed().as_secs_f64(),
            percent(outcome.saturation_at_start()),
            percent(outcome.test_accuracy(EPOCHS)),
        );
        outcomes.push(outcome);
    }

    println!();
    println!(
        "Test accuracy on the last {} images, median over seeds {} to {}:",
        data.test.len(),
        SEEDS.start(),
        SEEDS.end()
    );
    println!();
    println!("{}", Outcome::header());
    for outcome in &outcomes {
        println!("{}", outcome.markdown());
    }
    println!();
    std::fs::write(&picture_path, svg::render(&outcomes))?;
    println!(
        "wrote {picture_path}; {:.2} s in all",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
