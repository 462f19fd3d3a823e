//! The digits study's data and training: everything but the printing and
//! the picture.
//!
//! `tests/digits.rs` includes this file too (with `#[path]`), so the test
//! runs the very code the example runs, on fewer seeds and epochs.

use constnet::{Init, Matrix, Mt19937, TwoLayer};
use std::array;
use std::fmt;
use std::num::ParseIntError;
use std::ops::RangeInclusive;
use std::thread;

/// The data set as text, built into the program so that it runs from any
/// directory: 1797 lines of 64 pixel counts and a digit (see `DATA.md`).
pub const CSV: &str = include_str!("digits.csv");

/// Pixels in an image: 8 x 8, row by row.
const PIXELS: usize = 64;
/// The largest pixel count: a pixel counts the black dots in a 4 x 4 block.
pub const MAX_PIXEL: u8 = 16;
/// The network's inputs: the pixels, then a constant 1. The network has no
/// biases; the weight each hidden unit gives the constant input acts as
/// one, as the third input of the classic experiment's `X` does.
const INPUTS: usize = PIXELS + 1;
/// Hidden units.
const HIDDEN: usize = 32;
/// Output units, one per digit.
pub const CLASSES: usize = 10;

/// The network: 65 inputs, 32 hidden units, 10 outputs.
type Network = TwoLayer<INPUTS, HIDDEN, CLASSES>;

/// Samples per training step. Every batch is a `Matrix<BATCH, INPUTS>` of
/// inputs with a `Matrix<BATCH, CLASSES>` of targets, so the batch size is
/// part of the types like every other shape.
const BATCH: usize = 10;
/// The first `TRAIN` lines of the file are for training...
pub const TRAIN: usize = 1500;
/// ...and the remaining `TEST` for testing.
pub const TEST: usize = 297;
/// The step size of every `train_step`.
const LEARNING_RATE: f64 = 0.5;
/// A hidden activation within this distance of 0 or 1 counts as saturated:
/// there the sigmoid's slope `a · (1 - a)` is below 0.03, an eighth of its
/// largest value (see `TwoLayer::saturation`).
pub const SATURATION_MARGIN: f64 = 0.03;

// An epoch is a whole number of batches: no sample is left out, and no
// batch is short.
const _: () = assert!(TRAIN % BATCH == 0);

/// An initialization scheme and the name the table and the picture use.
pub struct Scheme {
    pub name: &'static str,
    pub init: Init,
}

/// Uniform on `[-a, a)`.
const fn uniform(a: f64) -> Init {
    Init::Uniform { low: -a, high: a }
}

/// The schemes compared: one constant, six uniform ranges from very narrow
/// to very wide, and the two that pick their range from the layer sizes.
/// For the 65 x 32 layer `W1` Xavier draws from ±√(6 / 97) ≈ ±0.25 and He
/// from ±√(6 / 65) ≈ ±0.30; for the 32 x 10 layer `W2`, ±0.38 and ±0.43.
pub const SCHEMES: [Scheme; 9] = [
    // Small enough that no unit starts saturated, so that only the symmetry
    // holds it back.
    Scheme {
        name: "Constant(0.1)",
        init: Init::Constant(0.1),
    },
    Scheme {
        name: "Uniform ±0.01",
        init: uniform(0.01),
    },
    Scheme {
        name: "Uniform ±0.1",
        init: uniform(0.1),
    },
    Scheme {
        name: "Uniform ±0.3",
        init: uniform(0.3),
    },
    Scheme {
        name: "Uniform ±1",
        init: uniform(1.0),
    },
    Scheme {
        name: "Uniform ±3",
        init: uniform(3.0),
    },
    Scheme {
        name: "Uniform ±10",
        init: uniform(10.0),
    },
    Scheme {
        name: "Xavier",
        init: Init::Xavier,
    },
    Scheme {
        name: "He",
        init: Init::He,
    },
];

/// Seed `s` draws the weights from `Mt19937::new(s)`, as the other examples
/// do, and the batch order from `Mt19937::new(ORDER_SEEDS + s)`: a stream of
/// its own, the same for every scheme, so that two schemes run with the
/// same seed see the same batches and differ only in how they start.
const ORDER_SEEDS: u32 = 1000;

/// One handwritten digit: the image and the digit written.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    /// The pixel counts, each in `0..=MAX_PIXEL`, row by row.
    pub pixels: [u8; PIXELS],
    /// The digit, `0..=9`.
    pub digit: usize,
}

impl Sample {
    /// Input `i` of the network: pixel `i` scaled to `[0, 1]`, or for the
    /// last input the constant 1.
    fn input(&self, i: usize) -> f64 {
        match self.pixels.get(i) {
            Some(&count) => f64::from(count) / f64::from(MAX_PIXEL),
            None => 1.0,
        }
    }

    /// Target `class` of the network, one-hot: 1 for the digit written, 0
    /// for the nine others.
    fn target(&self, class: usize) -> f64 {
        if class == self.digit {
            1.0
        } else {
            0.0
        }
    }
}

/// What is wrong with one line of the file.
#[derive(Clone, Debug, PartialEq)]
pub enum LineProblem {
    /// It has this many comma-separated fields instead of 65.
    FieldCount(usize),
    /// Field `field` (counted from 1) is not a whole number.
    NotANumber {
        field: usize,
        text: String,
        error: ParseIntError,
    },
    /// Pixel field `field` (counted from 1) holds a count above
    /// [`MAX_PIXEL`].
    PixelTooLarge { field: usize, count: u32 },
    /// The last field holds this number, which is not a digit.
    NotADigit(u32),
}

/// Why the file could not be read as the study's data.
#[derive(Clone, PartialEq)]
pub enum DataError {
    /// Line `line` (counted from 1) is not 64 pixel counts and a digit.
    Line { line: usize, problem: LineProblem },
    /// The file holds this many samples; the split needs `TRAIN + TEST`.
    SampleCount(usize),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, problem) = match self {
            DataError::Line { line, problem } => (line, problem),
            DataError::SampleCount(found) => {
                return write!(
                    f,
                    "digits.csv: {found} samples, but the study splits {} into {TRAIN} for \
                    training and {TEST} for testing",
                    TRAIN + TEST
                )
            }
        };
        write!(f, "digits.csv, line {line}: ")?;
        match problem {
            LineProblem::FieldCount(count) => write!(
                f,
                "{count} fields, expected {} ({PIXELS} pixel counts and the digit)",
                PIXELS + 1
            ),
            LineProblem::NotANumber { field, text, error } => {
                write!(f, "field {field} is {text:?}, not a whole number ({error})")
            }
            LineProblem::PixelTooLarge { field, count } => write!(
                f,
                "field {field} is the pixel count {count}, above the largest possible, {MAX_PIXEL}"
            ),
            LineProblem::NotADigit(value) => {
                write!(f, "the last field is {value}, which is not a digit 0 to 9")
            }
        }
    }
}

/// The message of `Display`: a `main` that returns the error prints it with
/// `Debug`, and should say what is wrong in words.
impl fmt::Debug for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for DataError {}

/// Reads the samples from `csv`, one per line; stops at the first line
/// that is not 64 pixel counts and a digit, and says which and why.
pub fn parse(csv: &str) -> Result<Vec<Sample>, DataError> {
    csv.lines()
        .enumerate()
        .map(|(index, text)| {
            parse_line(text).map_err(|problem| DataError::Line {
                line: index + 1,
                problem,
            })
        })
        .collect()
}

/// One line: 64 pixel counts and the digit, separated by commas.
fn parse_line(text: &str) -> Result<Sample, LineProblem> {
    let fields: Vec<&str> = text.split(',').collect();
    if fields.len() != PIXELS + 1 {
        return Err(LineProblem::FieldCount(fields.len()));
    }
    let mut numbers = [0; PIXELS + 1];
    for (index, (number, field)) in numbers.iter_mut().zip(&fields).enumerate() {
        *number = field
            .trim()
            .parse::<u32>()
            .map_err(|error| LineProblem::NotANumber {
                field: index + 1,
                text: field.to_string(),
                error,
            })?;
    }
    let mut pixels = [0; PIXELS];
    for (index, (pixel, &count)) in pixels.iter_mut().zip(&numbers).enumerate() {
        *pixel = u8::try_from(count)
            .ok()
            .filter(|&count| count <= MAX_PIXEL)
            .ok_or(LineProblem::PixelTooLarge {
                field: index + 1,
                count,
            })?;
    }
    let digit = numbers[PIXELS];
    if digit >= CLASSES as u32 {
        return Err(LineProblem::NotADigit(digit));
    }
    Ok(Sample {
        pixels,
        digit: digit as usize,
    })
}

/// The samples, split in file order.
pub struct DataSet {
    /// The first [`TRAIN`] samples.
    pub train: Vec<Sample>,
    /// The last [`TEST`] samples.
    pub test: Vec<Sample>,
}

impl DataSet {
    /// The study's data: [`CSV`] parsed and split.
    pub fn load() -> Result<Self, DataError> {
        let mut samples = parse(CSV)?;
        if samples.len() != TRAIN + TEST {
            return Err(DataError::SampleCount(samples.len()));
        }
        let test = samples.split_off(TRAIN);
        Ok(Self {
            train: samples,
            test,
        })
    }
}

/// One network trained with one scheme and one seed.
pub struct Run {
    /// The share of the hidden activations on the training images that are
    /// saturated before the first step, in `[0, 1]`.
    pub saturation_at_start: f64,
    /// `test_accuracy[e]` is the share of the test images classified right
    /// after `e` epochs; `test_accuracy[0]` is before training.
    pub test_accuracy: Vec<f64>,
}

/// Trains a network started by `init` for `epochs` epochs of mini-batch
/// gradient descent, and measures it before the first and after every
/// epoch. The weights are drawn from `Mt19937::new(seed)`, the batch order
/// from `Mt19937::new(ORDER_SEEDS + seed)`.
fn run(data: &DataSet, init: Init, seed: u32, epochs: usize) -> Run {
    let mut network: Network = TwoLayer::new(init, &mut Mt19937::new(seed));
    let mut order_rng = Mt19937::new(ORDER_SEEDS + seed);
    let saturation_at_start = saturation(&network, &data.train);
    let mut test_accuracy = vec![accuracy(&network, &data.test)];
    for _ in 0..epochs {
        // A new order of the training images every epoch, each batch the
        // next ten in it: images order[0..10], then order[10..20], ...
        let order: [usize; TRAIN] = permutation(&mut order_rng);
        for batch in order.chunks_exact(BATCH) {
            let samples = batch.iter().map(|&k| &data.train[k]);
            let x: Matrix<BATCH, INPUTS> = rows(samples.clone(), Sample::input);
            let y: Matrix<BATCH, CLASSES> = rows(samples, Sample::target);
            network.train_step(&x, &y, LEARNING_RATE);
        }
        test_accuracy.push(accuracy(&network, &data.test));
    }
    Run {
        saturation_at_start,
        test_accuracy,
    }
}

/// [`run`] once per seed, each on a thread of its own: the runs are
/// independent, and the machine has more than one core. The runs come back
/// in the order of `seeds`.
pub fn run_seeds(
    data: &DataSet,
    init: Init,
    seeds: RangeInclusive<u32>,
    epochs: usize,
) -> Vec<Run> {
    thread::scope(|scope| {
        let threads: Vec<_> = seeds
            .map(|seed| scope.spawn(move || run(data, init, seed, epochs)))
            .collect();
        threads
            .into_iter()
            .map(|thread| thread.join().expect("a training thread panicked"))
            .collect()
    })
}

/// The numbers `0..N` in a random order: Fisher and Yates's shuffle, as
/// numpy's legacy `np.random.RandomState(seed).permutation(N)` does it.
/// Going down from the last place, place `i` swaps with a place `j` drawn
/// uniformly from `0..=i`: `j` is a draw `next_u32()` masked to the bits
/// `i` needs, drawn again until it is at most `i`, so that no `j` is more
/// likely than another.
pub fn permutation<const N: usize>(rng: &mut Mt19937) -> [usize; N] {
    // numpy switches to 64-bit draws for longer arrays; this one never does.
    const { assert!(N as u64 <= 1 << 32, "a 32-bit draw must reach every place") };
    let mut order: [usize; N] = array::from_fn(|k| k);
    for i in (1..N).rev() {
        let mask = u32::MAX >> (i as u32).leading_zeros();
        let j = loop {
            let candidate = rng.next_u32() & mask;
            if candidate as usize <= i {
                break candidate as usize;
            }
        };
        order.swap(i, j);
    }
    order
}

/// The share of `samples` whose largest output is their digit's.
///
/// The images go through the network `BATCH` at a time, to keep the stack
/// small: every matrix lives on the stack, and a forward pass on all the
/// images at once holds the whole input and the whole hidden activation
/// matrix there, plus the copies a debug build makes of them. For the 1500
/// training images that is a 780 KB input and a 384 KB activation matrix,
/// and [`saturation`] on them overflows the 2 MiB stack of a spawned thread
/// in a debug build (measured). The last chunk is short, so its missing
/// rows are left 0 and their predictions ignored.
fn accuracy(network: &Network, samples: &[Sample]) -> f64 {
    let mut correct = 0;
    for chunk in samples.chunks(BATCH) {
        let x: Matrix<BATCH, INPUTS> = rows(chunk, Sample::input);
        let predicted: [usize; BATCH] = network.predict(&x).row_argmax();
        correct += chunk
            .iter()
            .zip(predicted)
            .filter(|(sample, class)| sample.digit == *class)
            .count();
    }
    correct as f64 / samples.len() as f64
}

/// The share of the hidden activations on `samples` within
/// [`SATURATION_MARGIN`] of 0 or 1, measured `BATCH` samples at a time for
/// the same reason as [`accuracy`]. Every chunk is full (the caller passes
/// the training set, a whole number of batches), so the mean of the
/// chunks' shares is the share over all of them.
fn saturation(network: &Network, samples: &[Sample]) -> f64 {
    let chunks = samples.chunks_exact(BATCH);
    assert!(
        chunks.remainder().is_empty(),
        "a short chunk would count less"
    );
    let count = chunks.len();
    let total: f64 = chunks
        .map(|chunk| {
            let x: Matrix<BATCH, INPUTS> = rows(chunk, Sample::input);
            network.saturation(&x, SATURATION_MARGIN)
        })
        .sum();
    total / count as f64
}

/// A `BATCH x C` matrix with one row per sample, `m[(row, c)] =
/// value(sample, c)`, for up to `BATCH` samples; the rows past the last
/// sample are 0.
fn rows<'a, const C: usize>(
    samples: impl IntoIterator<Item = &'a Sample>,
    value: impl Fn(&Sample, usize) -> f64,
) -> Matrix<BATCH, C> {
    let mut m = Matrix::zeros();
    for (row, sample) in samples.into_iter().enumerate() {
        for c in 0..C {
            m[(row, c)] = value(sample, c);
        }
    }
    m
}
