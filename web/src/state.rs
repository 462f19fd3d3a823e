//! The lab's state, in safe statics: atomics, each `f64` held as its bits.
//!
//! The page is single-threaded, so the atomics never race; they are here
//! because a `static` must be `Sync` to be mutable without `unsafe`, and
//! relaxed loads and stores compile to plain wasm loads and stores.

use crate::lab::{Net, Task, MAX_STEPS, REPORT_EVERY};
use constnet::{Matrix, TwoLayer};
use core::fmt;
use core::sync::atomic::{AtomicU32, AtomicU64, AtomicU8, Ordering::Relaxed};

/// The weights of a [`Net`]: `W1` (3 x 4) row by row, then `W2` (4 x 1).
pub const WEIGHTS: usize = 3 * 4 + 4;

/// The most errors a run records: one every [`REPORT_EVERY`] steps.
const MAX_REPORTS: usize = MAX_STEPS as usize / REPORT_EVERY as usize;

/// One run: the network, where it is, and the errors it has recorded.
pub struct Slot {
    weights: [AtomicU64; WEIGHTS],
    task: AtomicU32,
    learning_rate: AtomicU64,
    step: AtomicU32,
    steps: AtomicU32,
    reports: AtomicU32,
    errors: [AtomicU64; MAX_REPORTS],
}

impl Slot {
    /// No run: zero weights, the classic task, 0 steps to take.
    pub const fn new() -> Self {
        Self {
            weights: [const { AtomicU64::new(0) }; WEIGHTS],
            task: AtomicU32::new(0),
            learning_rate: AtomicU64::new(0),
            step: AtomicU32::new(0),
            steps: AtomicU32::new(0),
            reports: AtomicU32::new(0),
            errors: [const { AtomicU64::new(0) }; MAX_REPORTS],
        }
    }

    /// A new run of `steps` steps on `task` from `net`, at step 0.
    pub fn start(&self, task: Task, net: &Net, learning_rate: f64, steps: u32) {
        self.task.store(task.code(), Relaxed);
        self.learning_rate.store(learning_rate.to_bits(), Relaxed);
        self.steps.store(steps, Relaxed);
        self.reports.store(0, Relaxed);
        self.store(net, 0);
    }

    /// Keeps `net` as the network after `step` steps.
    pub fn store(&self, net: &Net, step: u32) {
        let w1 = net.w1().rows().as_flattened();
        let w2 = net.w2().rows().as_flattened();
        for (cell, w) in self.weights.iter().zip(w1.iter().chain(w2)) {
            cell.store(w.to_bits(), Relaxed);
        }
        self.step.store(step, Relaxed);
    }

    /// Ends the run where it is.
    pub fn stop(&self) {
        self.steps.store(self.step(), Relaxed);
    }

    /// Appends one reported error.
    pub fn record(&self, error: f64) {
        let n = self.reports.load(Relaxed) as usize;
        if let Some(cell) = self.errors.get(n) {
            cell.store(error.to_bits(), Relaxed);
            self.reports.store(n as u32 + 1, Relaxed);
        }
    }

    /// The network as it is now.
    pub fn network(&self) -> Net {
        let w1 = Matrix::from_fn(|i, h| self.weight(i * 4 + h));
        let w2 = Matrix::from_fn(|h, _| self.weight(12 + h));
        TwoLayer::from_weights(w1, w2)
    }

    /// Weight `i` in the order of [`WEIGHTS`]; NaN past the end.
    pub fn weight(&self, i: usize) -> f64 {
        self.weights
            .get(i)
            .map_or(f64::NAN, |cell| f64::from_bits(cell.load(Relaxed)))
    }

    /// The run's task.
    pub fn task(&self) -> Task {
        Task::from_code(self.task.load(Relaxed)).unwrap_or(Task::Classic)
    }

    /// The run's learning rate.
    pub fn learning_rate(&self) -> f64 {
        f64::from_bits(self.learning_rate.load(Relaxed))
    }

    /// Steps taken.
    pub fn step(&self) -> u32 {
        self.step.load(Relaxed)
    }

    /// Steps the run takes in all.
    pub fn steps(&self) -> u32 {
        self.steps.load(Relaxed)
    }

    /// The recorded errors, oldest first.
    pub fn errors(&self) -> impl Iterator<Item = f64> + '_ {
        let n = self.reports.load(Relaxed) as usize;
        self.errors[..n]
            .iter()
            .map(|cell| f64::from_bits(cell.load(Relaxed)))
    }
}

impl Default for Slot {
    fn default() -> Self {
        Self::new()
    }
}

/// Bytes the page reads text from.
pub const TEXT_BYTES: usize = 8192;

/// A UTF-8 text for the page, as bytes (an `AtomicU8` has the layout of a
/// `u8`, so the page reads them straight from the wasm memory).
pub struct Text {
    bytes: [AtomicU8; TEXT_BYTES],
    len: AtomicU32,
}

impl Text {
    /// Empty.
    pub const fn new() -> Self {
        Self {
            bytes: [const { AtomicU8::new(0) }; TEXT_BYTES],
            len: AtomicU32::new(0),
        }
    }

    /// Replaces the text with what `value` displays and returns its length
    /// in bytes. Every text the lab makes fits (the longest, a
    /// million-step run's numpy text, is under 4 KB); one that did not
    /// would stop at the last piece that fits.
    pub fn set(&self, value: impl fmt::Display) -> u32 {
        self.len.store(0, Relaxed);
        let _ = fmt::write(&mut &*self, format_args!("{value}"));
        self.len.load(Relaxed)
    }

    /// Where the bytes start in the wasm memory.
    pub fn address(&self) -> usize {
        self.bytes.as_ptr() as usize
    }
}

impl Default for Text {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Write for &Text {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let len = self.len.load(Relaxed) as usize;
        let room = self.bytes.get(len..len + s.len()).ok_or(fmt::Error)?;
        for (cell, &b) in room.iter().zip(s.as_bytes()) {
            cell.store(b, Relaxed);
        }
        self.len.store((len + s.len()) as u32, Relaxed);
        Ok(())
    }
}
