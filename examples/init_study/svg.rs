//! The study's picture, written as SVG text by hand (the elements
//! themselves are drawn by `shared/plot.rs`).
//!
//! Every chart maps data to pixels with two small functions, one per axis;
//! the step axis is logarithmic so that the first few steps, where constant
//! and random starts part ways, get as much room as the last thousands.

use super::plot::{
    begin, dash, format_tick, frame, grid_line, heading, nice_range, polyline, text, ticks,
    upward_text,
};
use super::{Scheme, Trace, HIDDEN, PICTURE_SEED};
use std::fmt::Write;

/// One scheme's panel: the scheme and two traced runs.
pub struct Panel {
    pub scheme: &'static Scheme,
    pub xor: Trace,
    pub classic_data: Trace,
}

/// The picture's width and each panel's height, in pixels.
const WIDTH: f64 = 980.0;
const PANEL_HEIGHT: f64 = 300.0;
/// Room above the first panel for the picture's title.
const HEADER: f64 = 56.0;
/// Plot-area geometry inside a panel: left edge of each chart, its width,
/// and the top and height of the plot area measured from the panel's top.
const CHART_LEFT: [f64; 2] = [80.0, 580.0];
const CHART_WIDTH: f64 = 360.0;
const PLOT_TOP: f64 = 86.0;
const PLOT_HEIGHT: f64 = 160.0;
/// The step axis runs over these decades: 10^0 to 10^5 steps.
const DECADES: (i32, i32) = (0, 5);
/// One color per hidden unit, and the width each unit's line is drawn with:
/// widest first, so that lines lying on top of each other show as nested
/// stripes rather than hiding one another.
const UNIT_COLORS: [&str; HIDDEN] = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a"];
const UNIT_WIDTHS: [f64; HIDDEN] = [9.0, 6.0, 3.5, 1.5];

/// How each class of label looks, as CSS: its size, weight and which
/// point of the text sits at its `x` (`start`, `middle` or `end`).
const STYLE: &str = "
text { font-family: sans-serif; font-size: 12px; }
.title { font-size: 18px; font-weight: bold; text-anchor: middle; }
.subtitle { font-size: 13px; text-anchor: middle; }
.panel-title { font-size: 16px; font-weight: bold; }
.panel-note { font-size: 13px; text-anchor: end; }
.chart-title { font-size: 13px; font-weight: bold; }
.legend { font-size: 12px; }
.x-tick { font-size: 11px; text-anchor: middle; }
.y-tick { font-size: 11px; text-anchor: end; }
.axis-label { text-anchor: middle; }
";

/// A curve to draw: its label in the legend, its points, and its style.
struct Series<'a> {
    label: String,
    steps: &'a [usize],
    values: Vec<f64>,
    color: &'static str,
    width: f64,
    dashed: bool,
}

/// A chart's frame: where it is, what it is called, and its value range.
struct Chart {
    left: f64,
    top: f64,
    title: String,
    y_label: &'static str,
    y_range: (f64, f64),
}

impl Chart {
    /// The horizontal pixel of a step count, on the log scale.
    fn x(&self, step: f64) -> f64 {
        let (low, high) = DECADES;
        let fraction = (step.log10() - f64::from(low)) / f64::from(high - low);
        self.left + fraction * CHART_WIDTH
    }

    /// The vertical pixel of a value: the low end of the range at the bottom.
    fn y(&self, value: f64) -> f64 {
        let (low, high) = self.y_range;
        self.top + PLOT_HEIGHT * (1.0 - (value - low) / (high - low))
    }
}

/// The whole picture: a title and one panel per scheme, stacked.
pub fn render(panels: &[Panel]) -> String {
    let height = HEADER + PANEL_HEIGHT * panels.len() as f64;
    let mut out = String::new();
    begin(&mut out, WIDTH, height, STYLE);
    let subtitle = format!(
        "One panel per initialization scheme, seed {PICTURE_SEED}; step axis logarithmic. \
        Unit lines are drawn widest first: lines that coincide show as nested stripes."
    );
    heading(
        &mut out,
        WIDTH,
        "Constant starts keep the hidden units identical; random starts fan them out",
        &[&subtitle],
    );
    // The error axis is shared by all panels, so that they compare at a glance.
    let error_top = panels
        .iter()
        .flat_map(|p| p.xor.errors.iter().chain(&p.classic_data.errors))
        .fold(0.0_f64, |a, &b| a.max(b));
    for (index, panel) in panels.iter().enumerate() {
        draw_panel(
            &mut out,
            HEADER + PANEL_HEIGHT * index as f64,
            panel,
            error_top,
        );
    }
    out.push_str("</svg>\n");
    out
}

/// One panel: its title, the error chart on the left, the unit-weight chart
/// on the right.
fn draw_panel(out: &mut String, top: f64, panel: &Panel, error_top: f64) {
    writeln!(
        out,
        r##"<line x1="10" y1="{top}" x2="{}" y2="{top}" stroke="#999"/>"##,
        WIDTH - 10.0
    )
    .unwrap();
    text(
        out,
        20.0,
        top + 26.0,
        "panel-title",
        &format!("{}: {}", panel.scheme.name, panel.scheme.description),
    );
    text(
        out,
        WIDTH - 20.0,
        top + 26.0,
        "panel-note",
        &format!(
            "distinct hidden units after training on XOR: {} of {HIDDEN}",
            panel.xor.distinct_units_at_end
        ),
    );

    let errors = Chart {
        left: CHART_LEFT[0],
        top: top + PLOT_TOP,
        title: "mean |E| after each step".to_string(),
        y_label: "mean |E|",
        y_range: nice_range(0.0, error_top),
    };
    let error_series = [
        Series {
            label: "XOR 2-4-1".to_string(),
            steps: &panel.xor.steps,
            values: panel.xor.errors.clone(),
            color: "#222",
            width: 2.0,
            dashed: false,
        },
        Series {
            label: "classic data 3-4-1".to_string(),
            steps: &panel.classic_data.steps,
            values: panel.classic_data.errors.clone(),
            color: "#888",
            width: 2.0,
            dashed: true,
        },
    ];
    draw_chart(out, &errors, &error_series);

    let unit_series: Vec<Series> = (0..HIDDEN)
        .map(|h| Series {
            label: format!("unit {h}"),
            steps: &panel.xor.steps,
            values: panel.xor.unit_weights.iter().map(|w| w[h]).collect(),
            color: UNIT_COLORS[h],
            width: UNIT_WIDTHS[h],
            dashed: false,
        })
        .collect();
    let (low, high) = unit_series
        .iter()
        .flat_map(|s| &s.values)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), &v| {
            (low.min(v), high.max(v))
        });
    let weights = Chart {
        left: CHART_LEFT[1],
        top: top + PLOT_TOP,
        title: "XOR: each hidden unit's output weight W2[h]".to_string(),
        y_label: "W2[h]",
        y_range: nice_range(low, high),
    };
    draw_chart(out, &weights, &unit_series);
}

/// A chart: frame, ticks and tick labels, axis labels, title, legend, and
/// the series.
fn draw_chart(out: &mut String, chart: &Chart, series: &[Series]) {
    let (left, top) = (chart.left, chart.top);
    let (right, bottom) = (left + CHART_WIDTH, top + PLOT_HEIGHT);
    text(out, left, top - 34.0, "chart-title", &chart.title);

    // Legend: one short sample line and label per series, in a row.
    let mut x = left;
    for s in series {
        writeln!(
            out,
            r#"<line x1="{x}" y1="{y}" x2="{}" y2="{y}" stroke="{}" stroke-width="{}"{}/>"#,
            x + 22.0,
            s.color,
            s.width.min(6.0),
            dash(s.dashed),
            y = top - 14.0
        )
        .unwrap();
        text(out, x + 27.0, top - 10.0, "legend", &s.label);
        x += 40.0 + 7.0 * s.label.len() as f64;
    }

    // Grid and ticks: one per decade of steps, and a few round values.
    let (low_decade, high_decade) = DECADES;
    for decade in low_decade..=high_decade {
        let x = chart.x(10f64.powi(decade));
        grid_line(out, x, top, x, bottom);
        let label = ["1", "10", "100", "1k", "10k", "100k"][decade as usize];
        text(out, x, bottom + 15.0, "x-tick", label);
    }
    for value in ticks(chart.y_range) {
        let y = chart.y(value);
        grid_line(out, left, y, right, y);
        text(out, left - 6.0, y + 4.0, "y-tick", &format_tick(value));
    }
    frame(out, left, top, CHART_WIDTH, PLOT_HEIGHT);
    text(
        out,
        (left + right) / 2.0,
        bottom + 32.0,
        "axis-label",
        "step (log scale)",
    );
    upward_text(
        out,
        left - 48.0,
        (top + bottom) / 2.0,
        "axis-label",
        chart.y_label,
    );

    // The curves, widest first.
    for s in series {
        let points = s
            .steps
            .iter()
            .zip(&s.values)
            .map(|(&step, &value)| (chart.x(step as f64), chart.y(value)));
        polyline(out, points, s.color, s.width, s.dashed);
    }
}
