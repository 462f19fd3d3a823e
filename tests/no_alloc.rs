//! constnet never touches the heap.
//!
//! The crate is `no_std` without `alloc`, so today it cannot allocate; this
//! test is what would catch a change that lets it (an `extern crate alloc`,
//! a `std` feature). A counting global allocator wraps the system one. The
//! counter is per thread, so allocations made by the test harness on other
//! threads do not count. The first two tests show the counter trips: on a
//! plain allocation, and on one made from inside `train` (by the report
//! callback), which is where a library allocation would happen.

use constnet::{Init, Matrix, Mt19937, TrainOptions, TwoLayer};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// only addition is a thread-local counter that never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// A fixed buffer on the stack that `write!` can fill.
struct StackText {
    bytes: [u8; 4096],
    len: usize,
}

impl Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn counting_allocator_sees_a_heap_allocation() {
    let before = allocations();
    let boxed = Box::new(1.0_f64);
    assert_eq!(allocations(), before + 1);
    drop(boxed);
}

/// The measurement covers everything `train` runs: a report callback that
/// allocates once per report is counted once per report.
#[test]
fn counting_allocator_sees_an_allocation_made_during_training() {
    let x = Matrix::new([[0.0, 1.0], [1.0, 0.0]]);
    let y = Matrix::new([[1.0], [1.0]]);
    let mut net: TwoLayer<2, 3, 1> = TwoLayer::new(Init::Xavier, &mut Mt19937::new(1));
    let mut kept = Vec::with_capacity(10);
    let before = allocations();
    let options = TrainOptions::new(100, 1.0).report_every(10);
    net.train(&x, &y, options, |report| kept.push(Box::new(report.error)))
        .unwrap();
    assert_eq!(allocations() - before, 10);
    assert_eq!(kept.len(), 10);
}

#[test]
fn building_training_and_printing_make_zero_heap_allocations() {
    let x = Matrix::new([
        [0.5, 0.9, 1.0],
        [2.0, 1.0, 1.0],
        [0.3, 0.6, 1.0],
        [1.5, 0.9, 0.6],
    ]);
    let y = Matrix::new([[1.0], [3.0], [2.0], [0.0]]);
    let mut text = StackText {
        bytes: [0; 4096],
        len: 0,
    };

    let before = allocations();
    let mut rng = Mt19937::new(1);
    let mut net: TwoLayer<3, 4, 1> = TwoLayer::try_new(
        Init::Uniform {
            low: -1.0,
            high: 1.0,
        },
        &mut rng,
    )
    .unwrap();
    let bad_start = Init::Uniform {
        low: 1.0,
        high: -1.0,
    }
    .check();
    let mut error = 0.0;
    for _ in 0..1000 {
        error = net.train_step(&x, &y, 1.0);
    }
    let mut reports = 0;
    let options = TrainOptions::new(1000, 1.0).report_every(100);
    let summary = net.train(&x, &y, options, |_| reports += 1);
    let refused = net.train(&x, &y, TrainOptions::new(1, f64::NAN), |_| {});
    let (g1, g2) = net.gradients(&x, &y);
    let saturated = net.saturation(&x, 0.03);
    let outputs_saturated = net.output_saturation(&x, 0.03);
    let predicted = net.predict(&x);
    write!(
        text,
        "{} {} {} {}",
        net.w1(),
        refused.unwrap_err(),
        bad_start.unwrap_err(),
        net.rust_const("TRAINED")
    )
    .unwrap();
    let after = allocations();

    assert_eq!(after - before, 0, "heap allocations during training");
    assert!(error.is_finite() && error > 0.0);
    assert_eq!(reports, 10);
    assert!(summary.unwrap().final_error < error);
    assert!(g1.first_non_finite().is_none() && g2.first_non_finite().is_none());
    assert!((0.0..=1.0).contains(&saturated));
    assert!((0.0..=1.0).contains(&outputs_saturated));
    assert_eq!(predicted, net.forward(&x).1);
    let printed = std::str::from_utf8(&text.bytes[..text.len]).unwrap();
    assert!(printed.starts_with("[["), "{printed}");
    assert!(printed.ends_with("]),\n);"), "{printed}");
}

/// The printing paths beyond the plain positional one: scientific notation
/// (with the extra digits a subnormal needs), rows that wrap at numpy's 75
/// columns, summarized matrices and nan/inf also allocate nothing.
#[test]
fn scientific_wrapped_and_summarized_printing_make_zero_heap_allocations() {
    let scientific = Matrix::new([
        [1.0, 1.234_567_89e-5, -2.5e10],
        [5e-324, f64::NAN, f64::INFINITY],
    ]);
    let wrapped = Matrix::<2, 12>::from_fn(|r, c| (r * 12 + c) as f64 * -1.234_567_89);
    let summarized = Matrix::<40, 40>::from_fn(|r, c| (r + c) as f64 / 7.0);
    let mut text = StackText {
        bytes: [0; 4096],
        len: 0,
    };

    let before = allocations();
    write!(text, "{scientific}\n{wrapped}\n{summarized}").unwrap();
    let after = allocations();

    assert_eq!(after - before, 0, "heap allocations while printing");
    let printed = std::str::from_utf8(&text.bytes[..text.len]).unwrap();
    assert!(printed.contains("4.94065646e-324"), "{printed}");
    assert!(printed.contains("\n  -"), "a wrapped row: {printed}");
    assert!(printed.contains("..."), "a summarized matrix: {printed}");
}
