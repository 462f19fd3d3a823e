//! The digits study's picture, written as SVG text by hand (the elements
//! themselves are drawn by `shared/plot.rs`).
//!
//! One panel per scheme, three to a row, all on the same axes so that they
//! compare at a glance: the test accuracy against the epoch, one thin line
//! per seed and the median thick, under a bar for the share of hidden
//! activations saturated at the start.

use super::plot::{
    begin, format_tick, frame, grid_line, heading, nice_range, polyline, text, ticks, upward_text,
};
use super::study::{SATURATION_MARGIN, TEST};
use super::{percent, Outcome, EPOCHS, SEEDS};
use std::fmt::Write;

/// The picture's width, and each panel's size, in pixels.
const WIDTH: f64 = 990.0;
const PANEL_WIDTH: f64 = 330.0;
const PANEL_HEIGHT: f64 = 246.0;
/// Panels in a row.
const COLUMNS: usize = 3;
/// Room above the first row for the picture's title.
const HEADER: f64 = 76.0;
/// The plot area inside a panel: its left edge and top measured from the
/// panel's, its width and its height.
const PLOT_LEFT: f64 = 62.0;
const PLOT_TOP: f64 = 68.0;
const PLOT_WIDTH: f64 = 250.0;
const PLOT_HEIGHT: f64 = 130.0;
/// The saturation bar: its top measured from the panel's, and its height.
/// It spans the plot area's width, which stands for 100%.
const BAR_TOP: f64 = 46.0;
const BAR_HEIGHT: f64 = 10.0;
/// The accuracy axis, in percent, and the accuracy of guessing.
const ACCURACY_RANGE: (f64, f64) = (0.0, 100.0);
const CHANCE: f64 = 10.0;
/// The colors: every seed's line, the median's, chance, and saturation.
const SEED_COLOR: &str = "#9ecae1";
const MEDIAN_COLOR: &str = "#08519c";
const CHANCE_COLOR: &str = "#888";
const SATURATION_COLOR: &str = "#d95f02";

/// How each class of label looks, as CSS.
const STYLE: &str = "
text { font-family: sans-serif; font-size: 12px; }
.title { font-size: 18px; font-weight: bold; text-anchor: middle; }
.subtitle { font-size: 13px; text-anchor: middle; }
.panel-title { font-size: 15px; font-weight: bold; }
.saturation-label { font-size: 12px; fill: #a63603; }
.saturation { font-size: 12px; font-weight: bold; text-anchor: end; fill: #a63603; }
.x-tick { font-size: 11px; text-anchor: middle; }
.y-tick { font-size: 11px; text-anchor: end; }
.axis-label { text-anchor: middle; }
";

/// A panel's plot area: where it is on the picture.
struct Plot {
    left: f64,
    top: f64,
    epoch_range: (f64, f64),
}

impl Plot {
    /// The horizontal pixel of an epoch.
    fn x(&self, epoch: f64) -> f64 {
        let (low, high) = self.epoch_range;
        self.left + PLOT_WIDTH * (epoch - low) / (high - low)
    }

    /// The vertical pixel of an accuracy in percent: 0% at the bottom.
    fn y(&self, accuracy: f64) -> f64 {
        let (low, high) = ACCURACY_RANGE;
        self.top + PLOT_HEIGHT * (1.0 - (accuracy - low) / (high - low))
    }

    /// The line through a run's accuracies (shares in `[0, 1]`), one point
    /// per epoch from 0.
    fn curve<'a>(&'a self, shares: &'a [f64]) -> impl Iterator<Item = (f64, f64)> + 'a {
        shares
            .iter()
            .enumerate()
            .map(|(epoch, share)| (self.x(epoch as f64), self.y(100.0 * share)))
    }
}

/// The whole picture: a title and one panel per scheme, in rows of
/// [`COLUMNS`].
pub fn render(outcomes: &[Outcome]) -> String {
    let rows = outcomes.len().div_ceil(COLUMNS);
    let height = HEADER + PANEL_HEIGHT * rows as f64;
    let mut out = String::new();
    begin(&mut out, WIDTH, height, STYLE);
    let seeds = format!(
        "Accuracy on the {TEST} test images after each epoch: a thin line per seed ({} to {}), \
        the median thick; dashed: chance.",
        SEEDS.start(),
        SEEDS.end()
    );
    let saturation = format!(
        "Orange bar: share of the hidden activations on the training images within \
        {SATURATION_MARGIN} of 0 or 1 before the first step (median over the seeds)."
    );
    heading(
        &mut out,
        WIDTH,
        "Handwritten digits, 65-32-10: the scale of the random start decides how fast it learns",
        &[&seeds, &saturation],
    );
    for (index, outcome) in outcomes.iter().enumerate() {
        let left = PANEL_WIDTH * (index % COLUMNS) as f64;
        let top = HEADER + PANEL_HEIGHT * (index / COLUMNS) as f64;
        draw_panel(&mut out, left, top, outcome);
    }
    out.push_str("</svg>\n");
    out
}

/// One scheme's panel, its top left corner at `(left, top)`.
fn draw_panel(out: &mut String, left: f64, top: f64, outcome: &Outcome) {
    let plot = Plot {
        left: left + PLOT_LEFT,
        top: top + PLOT_TOP,
        epoch_range: nice_range(0.0, EPOCHS as f64),
    };
    let (right, bottom) = (plot.left + PLOT_WIDTH, plot.top + PLOT_HEIGHT);
    text(
        out,
        plot.left,
        top + 24.0,
        "panel-title",
        outcome.scheme.name,
    );

    // The saturation bar: a grey track for 100%, filled in orange up to the
    // median share of saturated activations.
    let saturation = outcome.saturation_at_start();
    let label_y = top + BAR_TOP - 4.0;
    text(
        out,
        plot.left,
        label_y,
        "saturation-label",
        "saturated at the start",
    );
    text(out, right, label_y, "saturation", &percent(saturation));
    for (width, color) in [
        (PLOT_WIDTH, "#eee"),
        (PLOT_WIDTH * saturation, SATURATION_COLOR),
    ] {
        writeln!(
            out,
            r#"<rect x="{}" y="{}" width="{width:.1}" height="{BAR_HEIGHT}" fill="{color}"/>"#,
            plot.left,
            top + BAR_TOP
        )
        .unwrap();
    }

    // Grid, ticks and labels.
    for epoch in ticks(plot.epoch_range) {
        let x = plot.x(epoch);
        grid_line(out, x, plot.top, x, bottom);
        text(out, x, bottom + 14.0, "x-tick", &format_tick(epoch));
    }
    for accuracy in ticks(ACCURACY_RANGE) {
        let y = plot.y(accuracy);
        grid_line(out, plot.left, y, right, y);
        let label = format!("{}%", format_tick(accuracy));
        text(out, plot.left - 6.0, y + 4.0, "y-tick", &label);
    }
    frame(out, plot.left, plot.top, PLOT_WIDTH, PLOT_HEIGHT);
    text(
        out,
        (plot.left + right) / 2.0,
        bottom + 30.0,
        "axis-label",
        "epoch",
    );
    let middle = (plot.top + bottom) / 2.0;
    upward_text(out, plot.left - 40.0, middle, "axis-label", "test accuracy");

    // Chance, every seed, then the median on top.
    let chance = [(plot.left, plot.y(CHANCE)), (right, plot.y(CHANCE))];
    polyline(out, chance.into_iter(), CHANCE_COLOR, 1.0, true);
    for run in &outcome.runs {
        polyline(out, plot.curve(&run.test_accuracy), SEED_COLOR, 1.0, false);
    }
    let medians: Vec<f64> = (0..=EPOCHS)
        .map(|epoch| outcome.test_accuracy(epoch))
        .collect();
    polyline(out, plot.curve(&medians), MEDIAN_COLOR, 2.5, false);
}
