//! constnet in the browser: the functions the initialization lab page
//! calls (`docs/web.md` has the table).
//!
//! Two runs, `lab` 0 (left) and 1 (right), live in safe statics. Every
//! text goes to one buffer at [`text_ptr`]: a function that makes one
//! returns its length in bytes, and one that can fail returns 0 when it did
//! not and the length of its message when it did.
//!
//! The exports are the only items with `#[allow(unsafe_code)]`: on edition
//! 2021 `#[no_mangle]` counts as unsafe code, and a wasm export needs it.
#![cfg_attr(target_arch = "wasm32", no_std)]
#![deny(unsafe_code)]

pub mod lab;
pub mod state;

use core::fmt;
use lab::{Params, PLOT_BOUND};
use state::{Slot, Text, WEIGHTS};

/// The two runs.
static LABS: [Slot; 2] = [Slot::new(), Slot::new()];
/// The text buffer.
static TEXT: Text = Text::new();
/// Points per side of the decision-boundary grid.
const GRID: usize = 64;
/// The decision boundary of the last [`boundary`] call.
static GRID_BYTES: [core::sync::atomic::AtomicU8; GRID * GRID] =
    [const { core::sync::atomic::AtomicU8::new(0) }; GRID * GRID];

/// Run `lab` (0 or 1; anything else is 1).
fn slot(lab: u32) -> &'static Slot {
    &LABS[lab.min(1) as usize]
}

/// A `Display` made from a closure.
struct Printed<F>(F);

impl<F: Fn(&mut fmt::Formatter<'_>) -> fmt::Result> fmt::Display for Printed<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

/// Starts run `lab` from the start and training the page asks for (see
/// [`Params`]). Returns 0, or the length of the message saying why not.
#[allow(unsafe_code)]
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn setup(
    lab: u32,
    task: u32,
    init: u32,
    value: f64,
    low: f64,
    high: f64,
    seed: f64,
    lr: f64,
    steps: f64,
) -> u32 {
    let params = Params {
        task,
        init,
        value,
        low,
        high,
        seed,
        lr,
        steps,
    };
    match lab::setup(slot(lab), &params) {
        Ok(()) => 0,
        Err(e) => TEXT.set(e),
    }
}

/// Trains run `lab` for up to `k` more steps. Returns 0, or the length of
/// the message saying it diverged (the run then ends).
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn advance(lab: u32, k: u32) -> u32 {
    match lab::advance(slot(lab), k) {
        Ok(()) => 0,
        Err(e) => TEXT.set(e),
    }
}

/// Steps run `lab` has taken.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn step(lab: u32) -> u32 {
    slot(lab).step()
}

/// Steps run `lab` takes in all.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn steps(lab: u32) -> u32 {
    slot(lab).steps()
}

/// `mean(|Y - A2|)` of run `lab` now.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn error(lab: u32) -> f64 {
    let run = slot(lab);
    run.task().data().error(&run.network())
}

/// Weight `i` of run `lab`: `W1` row by row (`i` = 4·input + unit), then
/// `W2` (`i` = 12 + unit); NaN for `i >= 16`.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn weight(lab: u32, i: u32) -> f64 {
    slot(lab).weight(i as usize)
}

/// How many weights [`weight`] has: 16.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn weights() -> u32 {
    WEIGHTS as u32
}

/// `distinct_hidden_units(0.0)` of run `lab`: 1 to 4.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn distinct(lab: u32) -> u32 {
    slot(lab).network().distinct_hidden_units(0.0) as u32
}

/// `saturation(X, 0.03)` of run `lab` on its task's inputs: 0 to 1.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn saturation(lab: u32) -> f64 {
    let run = slot(lab);
    run.task().data().saturation(&run.network())
}

/// Writes run `lab` as the post's program prints it ([`lab::numpy_text`]);
/// returns the length.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn numpy_text(lab: u32) -> u32 {
    let run = slot(lab);
    let net = run.network();
    TEXT.set(Printed(|f: &mut fmt::Formatter<'_>| {
        lab::numpy_text(f, &net, run.errors())
    }))
}

/// Writes run `lab`'s network as `rust_const("TRAINED")` prints it;
/// returns the length.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn rust_text(lab: u32) -> u32 {
    TEXT.set(slot(lab).network().rust_const("TRAINED"))
}

/// Where the text buffer starts in the wasm memory.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn text_ptr() -> usize {
    TEXT.address()
}

/// Fills the grid with run `lab`'s output over `[-B, B]²` (see
/// [`lab::boundary`]) and returns where its [`grid`]² bytes start.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn boundary(lab: u32) -> usize {
    lab::boundary::<GRID>(&slot(lab).network(), |i, a| {
        GRID_BYTES[i].store(a, core::sync::atomic::Ordering::Relaxed);
    });
    GRID_BYTES.as_ptr() as usize
}

/// Points per side of the [`boundary`] grid: 64.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn grid() -> u32 {
    GRID as u32
}

/// `B`: the 2-D tasks' inputs and the grid lie in `[-B, B]²`.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn plot_bound() -> f64 {
    PLOT_BOUND
}

/// How many samples task `task` has (0 for an unknown task).
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn samples(task: u32) -> u32 {
    lab::Task::from_code(task).map_or(0, |t| t.data().samples() as u32)
}

/// Input `k` (0 to 2) of sample `n` of task `task`, or its target for `k = 3`.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn sample(task: u32, n: u32, k: u32) -> f64 {
    lab::Task::from_code(task).map_or(0.0, |t| t.data().value(n as usize, k as usize))
}

/// No panic is expected (every index here is in range by construction),
/// but a `no_std`
/// binary must say what one does: stop the module.
#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
