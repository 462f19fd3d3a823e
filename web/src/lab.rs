//! The lab itself, in safe code: the three tasks, their data, one run's
//! state, and what the page reads from it.
//!
//! Every task trains the lesson's network, a 3-4-1 [`TwoLayer`] without
//! biases: two of its three inputs are the data and the third is a constant
//! 1, which plays the hidden layer's bias (as the classic data's third
//! column does for four of its samples).

use crate::state::Slot;
use constnet::numpy::digits::Shortest;
use constnet::{ClassicExperiment, Init, Matrix, Mt19937, TrainError, TrainOptions, TwoLayer};
use core::fmt::{self, Write};

/// The network every task trains.
pub type Net = TwoLayer<3, 4, 1>;

/// The largest step count a run may ask for: at about 0.2 µs a classic step
/// in the browser, 0.2 s of training.
pub const MAX_STEPS: f64 = 1_000_000.0;

/// The error is recorded every this many steps, as the classic experiment
/// prints it.
pub const REPORT_EVERY: u32 = ClassicExperiment::REPORT_EVERY as u32;

/// Points in the 2-D task.
pub const MOONS: usize = 64;

/// Samples in every batch the page computes on: the classic data's 4. The
/// moons are [`MOON_BATCHES`] such batches, so that the wasm holds the
/// network's code for one batch size only (a second one, 64, cost 11 KB).
pub const BATCH: usize = 4;

/// Batches of [`BATCH`] points in the 2-D task.
pub const MOON_BATCHES: usize = MOONS / BATCH;

/// The seed of the generator that draws the 2-D task's points, fixed so
/// that every start sees the same data.
pub const MOONS_SEED: u32 = 2;

/// Half the side of the square `[-B, B]²` in which the 2-D tasks' inputs
/// are drawn and their decision boundary is plotted.
pub const PLOT_BOUND: f64 = 2.0;

/// What the network learns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// The post's data: [`ClassicExperiment::INPUTS`] and `TARGETS`.
    Classic,
    /// XOR of two bits, plus the constant input 1.
    Xor,
    /// Two interleaved half rings in the plane (two moons), plus the
    /// constant input 1.
    Moons,
}

impl Task {
    /// The task with the page's code `code` (0, 1, 2 in the order above).
    pub fn from_code(code: u32) -> Option<Self> {
        match code {
            0 => Some(Task::Classic),
            1 => Some(Task::Xor),
            2 => Some(Task::Moons),
            _ => None,
        }
    }

    /// The page's code for this task.
    pub fn code(self) -> u32 {
        match self {
            Task::Classic => 0,
            Task::Xor => 1,
            Task::Moons => 2,
        }
    }

    /// The task's samples `X` (`N x 3`) and targets `Y` (`N x 1`).
    pub fn data(self) -> Data {
        match self {
            Task::Classic => Data::Four(ClassicExperiment::INPUTS, ClassicExperiment::TARGETS),
            Task::Xor => Data::Four(
                Matrix::new([
                    [0.0, 0.0, 1.0],
                    [0.0, 1.0, 1.0],
                    [1.0, 0.0, 1.0],
                    [1.0, 1.0, 1.0],
                ]),
                Matrix::new([[0.0], [1.0], [1.0], [0.0]]),
            ),
            Task::Moons => Data::Moons(moons(&mut Mt19937::new(MOONS_SEED))),
        }
    }
}

/// Two moons, drawn by rejection: points uniform in a box, kept when they
/// fall in exactly one of two half rings (radii 0.75 to 1.25), the upper one
/// around `(0, 0)` (target 1) and the lower one around `(1, 0.5)` (target
/// 0), alternating targets. The inputs are the point moved and stretched to
/// fill `[-2, 2]²` (`x - 0.5`, `2 (y - 0.25)`), then 1. Returned in
/// batches of [`BATCH`] points, in the order drawn.
fn moons(rng: &mut Mt19937) -> [Batch; MOON_BATCHES] {
    let mut x = [[0.0; 3]; MOONS];
    let mut y = [0.0; MOONS];
    for (n, (xn, yn)) in x.iter_mut().zip(y.iter_mut()).enumerate() {
        let upper = n % 2 == 0;
        loop {
            let px = -1.2 + 3.4 * rng.next_f64();
            let py = -0.8 + 2.1 * rng.next_f64();
            let in_ring = |cx: f64, cy: f64| {
                let r2 = (px - cx) * (px - cx) + (py - cy) * (py - cy);
                (0.75 * 0.75..=1.25 * 1.25).contains(&r2)
            };
            let a = py >= 0.0 && in_ring(0.0, 0.0);
            let b = py <= 0.5 && in_ring(1.0, 0.5);
            if a != b && a == upper {
                *xn = [px - 0.5, 2.0 * (py - 0.25), 1.0];
                *yn = if a { 1.0 } else { 0.0 };
                break;
            }
        }
    }
    core::array::from_fn(|b| {
        let n = b * BATCH;
        (
            Matrix::from_fn(|i, k| x[n + i][k]),
            Matrix::from_fn(|i, _| y[n + i]),
        )
    })
}

/// [`BATCH`] samples `X` (`4 x 3`) and their targets `Y` (`4 x 1`).
pub type Batch = (Matrix<BATCH, 3>, Matrix<BATCH, 1>);

/// A task's samples and targets, in batches of [`BATCH`].
///
/// Made on the stack for one call and dropped after it, so the moons'
/// larger variant costs nothing while the data is small (and boxing it
/// would need an allocator).
#[allow(clippy::large_enum_variant)]
pub enum Data {
    /// Four samples: the classic data or XOR.
    Four(Matrix<4, 3>, Matrix<4, 1>),
    /// The two moons, [`MOON_BATCHES`] batches of [`BATCH`] points.
    Moons([Batch; MOON_BATCHES]),
}

impl Data {
    /// `net.train(X, Y, options, on_report)` on four samples; on the moons
    /// the same full-batch training, its gradient summed over the batches
    /// (see [`train_moons`]).
    fn train(
        &self,
        net: &mut Net,
        options: TrainOptions,
        on_report: &mut dyn FnMut(constnet::Report),
    ) -> Result<(), TrainError> {
        match self {
            Data::Four(x, y) => net.train(x, y, options, on_report).map(drop),
            Data::Moons(batches) => train_moons(net, batches, options, on_report),
        }
    }

    /// `mean(|Y - A2|)` for `net`: on the moons the mean of the batches'
    /// means, which are of equal size.
    pub fn error(&self, net: &Net) -> f64 {
        match self {
            Data::Four(x, y) => net.error(x, y),
            Data::Moons(batches) => {
                batches.iter().map(|(x, y)| net.error(x, y)).sum::<f64>() / MOON_BATCHES as f64
            }
        }
    }

    /// The share of hidden activations within 0.03 of 0 or 1: on the moons
    /// the mean of the batches' shares, which are of equal size.
    pub fn saturation(&self, net: &Net) -> f64 {
        match self {
            Data::Four(x, _) => net.saturation(x, 0.03),
            Data::Moons(batches) => {
                batches
                    .iter()
                    .map(|(x, _)| net.saturation(x, 0.03))
                    .sum::<f64>()
                    / MOON_BATCHES as f64
            }
        }
    }

    /// How many samples there are.
    pub fn samples(&self) -> usize {
        match self {
            Data::Four(..) => 4,
            Data::Moons(..) => MOONS,
        }
    }

    /// Input `k` (0, 1, 2) of sample `n`, or its target for `k = 3`; 0 out
    /// of range.
    pub fn value(&self, n: usize, k: usize) -> f64 {
        let (row, target) = match self {
            Data::Four(x, y) if n < 4 => (x.row(n), y.row(n)[0]),
            Data::Moons(batches) if n < MOONS => {
                let (x, y) = &batches[n / BATCH];
                (x.row(n % BATCH), y.row(n % BATCH)[0])
            }
            _ => return 0.0,
        };
        match k {
            0..=2 => row[k],
            3 => target,
            _ => 0.0,
        }
    }
}

/// What [`TwoLayer::train`] does on all the moons at once, computed batch
/// by batch: each step is one step of full-batch gradient descent,
/// `W -= lr · dW` with `dW` the sum of the batches' gradients (the
/// gradient of the loss summed over all 64 points), and the error it
/// reports is that of the weights before the step. Only the order of the
/// sums differs from training on one 64-row matrix, so the last bits can.
///
/// It refuses what `train` refuses, with `train`'s own errors (a zero-step
/// `train` on the first batch checks the weights and the learning rate; a
/// start whose error over all the moons overflows is
/// [`TrainError::StartOverflow`]). It checks every step: if an error or a
/// weight stops being finite, the network goes back to the weights before
/// the last good step and the error is [`TrainError::Diverged`] with that
/// step, as from `train`.
fn train_moons(
    net: &mut Net,
    batches: &[Batch; MOON_BATCHES],
    options: TrainOptions,
    on_report: &mut dyn FnMut(constnet::Report),
) -> Result<(), TrainError> {
    let lr = options.learning_rate();
    let (x0, y0) = &batches[0];
    // No step, so no report; passing `on_report` on keeps one copy of `train`.
    net.train(x0, y0, TrainOptions::new(0, lr), &mut *on_report)?;
    let start = Data::Moons(*batches).error(net);
    if !start.is_finite() {
        return Err(TrainError::StartOverflow { error: start });
    }
    let every = options.report_interval();
    let mut good = (*net, 0, start);
    for step in 0..options.steps() {
        let before = *net;
        let (error, d_w1, d_w2) = moons_gradient(net, batches);
        if !(error.is_finite() && before.is_finite()) {
            return Err(restore(net, good));
        }
        good = (before, step, error);
        if every != 0 && step % every == 0 {
            on_report(constnet::Report { step, error });
        }
        *net = TwoLayer::from_weights(*net.w1() - d_w1 * lr, *net.w2() - d_w2 * lr);
    }
    let last = Data::Moons(*batches).error(net);
    if !(last.is_finite() && net.is_finite()) {
        return Err(restore(net, good));
    }
    Ok(())
}

/// Puts back the weights of the last good step and says so.
fn restore(net: &mut Net, (before, step, error): (Net, usize, f64)) -> TrainError {
    *net = before;
    TrainError::Diverged {
        step,
        last_error: error,
    }
}

/// The moons' `mean(|Y - A2|)` and the gradients `(dW1, dW2)` of the loss
/// summed over all of them, at `net`, from one forward and one backward
/// pass per batch.
fn moons_gradient(net: &Net, batches: &[Batch; MOON_BATCHES]) -> (f64, Matrix<3, 4>, Matrix<4, 1>) {
    let (mut error, mut d_w1, mut d_w2) = (0.0, Matrix::zeros(), Matrix::zeros());
    for (x, y) in batches {
        let (a1, a2) = net.forward(x);
        let (g1, g2) = net.backward(x, y, &a1, &a2);
        d_w1 += g1;
        d_w2 += g2;
        error += (*y - a2).mean_abs();
    }
    (error / MOON_BATCHES as f64, d_w1, d_w2)
}

/// What the page asks for: the task, the start and the training, as
/// numbers straight from the page (so that each can be checked here).
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// [`Task::code`].
    pub task: u32,
    /// 0 zeros, 1 constant, 2 uniform, 3 Xavier, 4 He.
    pub init: u32,
    /// The constant of `Init::Constant`.
    pub value: f64,
    /// The lower bound of `Init::Uniform`.
    pub low: f64,
    /// The upper bound of `Init::Uniform`.
    pub high: f64,
    /// The seed of the `Mt19937` the start draws from.
    pub seed: f64,
    /// The learning rate.
    pub lr: f64,
    /// How many steps the run takes.
    pub steps: f64,
}

/// Why a run cannot start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SetupError {
    /// The task code is not one of [`Task`]'s.
    Task(u32),
    /// The init code is not 0 to 4.
    Init(u32),
    /// The uniform bounds are not finite with `low < high`.
    Bounds(f64, f64),
    /// The seed is not a whole number in `0..2³²`.
    Seed(f64),
    /// The step count is not a whole number from 0 to [`MAX_STEPS`].
    Steps(f64),
    /// [`TwoLayer::train`] refuses the start or the learning rate.
    Train(TrainError),
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SetupError::Task(code) => {
                write!(f, "unknown task code {code}: choose classic, xor or moons")
            }
            SetupError::Init(code) => write!(
                f,
                "unknown init code {code}: choose zeros, constant, uniform, xavier or he"
            ),
            SetupError::Bounds(low, high) => write!(
                f,
                "uniform bounds low = {}, high = {}: both must be finite numbers with low < high",
                Shortest(low),
                Shortest(high)
            ),
            SetupError::Seed(seed) => write!(
                f,
                "seed {} is not a whole number from 0 to 4294967295",
                Shortest(seed)
            ),
            SetupError::Steps(steps) => write!(
                f,
                "steps {} is not a whole number from 0 to {}",
                Shortest(steps),
                Shortest(MAX_STEPS)
            ),
            SetupError::Train(e) => write!(f, "{e}"),
        }
    }
}

/// The start `params` asks for, or why it cannot be made.
fn init(params: &Params) -> Result<Init, SetupError> {
    match params.init {
        0 => Ok(Init::Zeros),
        1 => Ok(Init::Constant(params.value)),
        2 if params.low.is_finite() && params.high.is_finite() && params.low < params.high => {
            Ok(Init::Uniform {
                low: params.low,
                high: params.high,
            })
        }
        2 => Err(SetupError::Bounds(params.low, params.high)),
        3 => Ok(Init::Xavier),
        4 => Ok(Init::He),
        code => Err(SetupError::Init(code)),
    }
}

/// `x` if it is a whole number from 0 to `max`.
fn whole(x: f64, max: f64) -> Option<u32> {
    // `x as u32` saturates and sends NaN to 0, so it is exact only when
    // the round trip is.
    (x >= 0.0 && x <= max && x == (x as u32) as f64).then_some(x as u32)
}

/// Starts a run in `slot`: the network `TwoLayer::new(init, Mt19937::new(seed))`
/// at step 0. Nothing is stored unless every parameter is good, checked by
/// the library itself where it can be: a zero-step [`TwoLayer::train`]
/// refuses a non-finite start, a bad learning rate or an overflowing error.
pub fn setup(slot: &Slot, params: &Params) -> Result<(), SetupError> {
    let task = Task::from_code(params.task).ok_or(SetupError::Task(params.task))?;
    let init = init(params)?;
    let seed = whole(params.seed, f64::from(u32::MAX)).ok_or(SetupError::Seed(params.seed))?;
    let steps = whole(params.steps, MAX_STEPS).ok_or(SetupError::Steps(params.steps))?;
    let mut net = Net::new(init, &mut Mt19937::new(seed));
    task.data()
        .train(&mut net, TrainOptions::new(0, params.lr), &mut |_| {})
        .map_err(SetupError::Train)?;
    slot.start(task, &net, params.lr, steps);
    Ok(())
}

/// Trains the run in `slot` for up to `k` more steps (fewer at the end of
/// the run) and records the error every [`REPORT_EVERY`] steps, at the same
/// steps and with the same bits as the classic experiment's reports.
///
/// Training goes in chunks that end at each report step, so each chunk's
/// only report is the error before its first step. If training diverges,
/// the slot keeps the weights [`TwoLayer::train`] restored, the run ends
/// there, and the error says so.
pub fn advance(slot: &Slot, k: u32) -> Result<(), TrainError> {
    let data = slot.task().data();
    let mut net = slot.network();
    let (lr, steps) = (slot.learning_rate(), slot.steps());
    let mut step = slot.step();
    let end = steps.min(step.saturating_add(k));
    while step < end {
        let chunk = (end - step).min(REPORT_EVERY - step % REPORT_EVERY);
        let options = TrainOptions::new(chunk as usize, lr).report_every(chunk as usize);
        let mut first = f64::NAN;
        let trained = data.train(&mut net, options, &mut |report| first = report.error);
        if let Err(TrainError::Diverged { step: good, .. }) = trained {
            slot.store(&net, step + good as u32);
            slot.stop();
            return trained;
        }
        trained?;
        if step.is_multiple_of(REPORT_EVERY) {
            slot.record(first);
        }
        step += chunk;
    }
    slot.store(&net, step);
    Ok(())
}

/// The run as the post's program prints it: one `Error:` line per
/// recorded error, then `Output After Training:` and the weights, every
/// line exactly as [`ClassicExperiment`]'s `Display` prints it. For the
/// classic task at 60000 steps, learning rate 1 and seed 1, that is the
/// experiment's own text.
///
/// The lines come from that `Display` itself: each `Error:` line is the
/// first line of an experiment whose errors are all that one error, and the
/// rest is the lines after the errors.
pub fn numpy_text(
    out: &mut impl Write,
    net: &Net,
    errors: impl Iterator<Item = f64>,
) -> fmt::Result {
    let reports = ClassicExperiment::REPORTS;
    for error in errors {
        let one = ClassicExperiment {
            errors: [error; ClassicExperiment::REPORTS],
            network: *net,
        };
        write!(Lines::new(out, 0..1), "{one}")?;
    }
    let weights = ClassicExperiment {
        errors: [0.0; ClassicExperiment::REPORTS],
        network: *net,
    };
    write!(Lines::new(out, reports..usize::MAX), "{weights}")
}

/// The lines of a text numbered in `keep` (from 0), each with its newline.
struct Lines<'a, W> {
    out: &'a mut W,
    keep: core::ops::Range<usize>,
    line: usize,
}

impl<'a, W: Write> Lines<'a, W> {
    fn new(out: &'a mut W, keep: core::ops::Range<usize>) -> Self {
        Self { out, keep, line: 0 }
    }
}

impl<W: Write> Write for Lines<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for piece in s.split_inclusive('\n') {
            if self.keep.contains(&self.line) {
                self.out.write_str(piece)?;
            }
            if piece.ends_with('\n') {
                self.line += 1;
            }
        }
        Ok(())
    }
}

/// The network's output on a `G x G` grid over `[-B, B]²` (`B` is
/// [`PLOT_BOUND`]), the constant input 1 last, row by row from the top
/// (`y = B`) and each row from the left, as bytes `round(255 · A2)`;
/// computed [`BATCH`] points at a time.
pub fn boundary<const G: usize>(net: &Net, mut put: impl FnMut(usize, u8)) {
    let cell = 2.0 * PLOT_BOUND / G as f64;
    for row in 0..G {
        let y = PLOT_BOUND - (row as f64 + 0.5) * cell;
        for start in (0..G).step_by(BATCH) {
            let points: Matrix<BATCH, 3> = Matrix::from_fn(|i, k| {
                [-PLOT_BOUND + ((start + i) as f64 + 0.5) * cell, y, 1.0][k]
            });
            for (i, a2) in net.predict(&points).rows().iter().enumerate() {
                if start + i < G {
                    put(row * G + start + i, (255.0 * a2[0] + 0.5) as u8);
                }
            }
        }
    }
}
