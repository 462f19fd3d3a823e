//! SVG drawing, by hand: what the studies' pictures have in common.
//!
//! SVG is plain XML: a `<line>` for each axis and tick, a `<polyline>` for
//! each curve, a `<text>` for each label. These functions append one
//! element each to a `String`, and pick round tick values for an axis. Each
//! example includes this file with `#[path]` and keeps its own layout.

use std::fmt::Write;

/// Opens a picture `width` by `height` pixels: the `<svg>` element, the
/// label classes of `style` (CSS), and a white background. Close it with
/// `</svg>`.
pub fn begin(out: &mut String, width: f64, height: f64, style: &str) {
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    )
    .unwrap();
    writeln!(out, "<style>{style}</style>").unwrap();
    writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#).unwrap();
}

/// The picture's title, centred at the top, and a line or two under it
/// saying how to read it. The style must define the classes `title` and
/// `subtitle`.
pub fn heading(out: &mut String, width: f64, title: &str, subtitles: &[&str]) {
    text(out, width / 2.0, 26.0, "title", title);
    for (line, subtitle) in subtitles.iter().enumerate() {
        text(
            out,
            width / 2.0,
            46.0 + 18.0 * line as f64,
            "subtitle",
            subtitle,
        );
    }
}

/// A text label whose look is given by `class`, one of the classes of the
/// picture's style.
pub fn text(out: &mut String, x: f64, y: f64, class: &str, content: &str) {
    writeln!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" class="{class}">{content}</text>"#
    )
    .unwrap();
}

/// A text label turned a quarter to the left about `(x, y)`, to read
/// upwards beside a vertical axis.
pub fn upward_text(out: &mut String, x: f64, y: f64, class: &str, content: &str) {
    writeln!(
        out,
        r#"<text x="{x}" y="{y}" class="{class}" transform="rotate(-90 {x} {y})">{content}</text>"#
    )
    .unwrap();
}

/// A light grid line.
pub fn grid_line(out: &mut String, x1: f64, y1: f64, x2: f64, y2: f64) {
    writeln!(
        out,
        r##"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="#ddd"/>"##
    )
    .unwrap();
}

/// The dark frame around a plot area.
pub fn frame(out: &mut String, left: f64, top: f64, width: f64, height: f64) {
    writeln!(
        out,
        r##"<rect x="{left}" y="{top}" width="{width}" height="{height}" fill="none" stroke="#333"/>"##
    )
    .unwrap();
}

/// The attribute that dashes a line, or nothing for a solid one.
pub fn dash(dashed: bool) -> &'static str {
    if dashed {
        r#" stroke-dasharray="6 4""#
    } else {
        ""
    }
}

/// A curve through `points`, given in pixels.
pub fn polyline(
    out: &mut String,
    points: impl Iterator<Item = (f64, f64)>,
    color: &str,
    width: f64,
    dashed: bool,
) {
    let points: Vec<String> = points.map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
    writeln!(
        out,
        r#"<polyline points="{}" fill="none" stroke="{color}" stroke-width="{width}" stroke-linejoin="round"{}/>"#,
        points.join(" "),
        dash(dashed)
    )
    .unwrap();
}

/// The distance between ticks: 1, 2 or 5 times a power of ten, giving
/// about four ticks over `span`.
fn tick_step(span: f64) -> f64 {
    let rough = span / 4.0;
    let power = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&step| step >= rough)
        .unwrap_or(10.0 * power)
}

/// `[low, high]` widened outwards to whole tick steps (and to a span of at
/// least 0.1, so that a flat line still gets an axis).
pub fn nice_range(low: f64, high: f64) -> (f64, f64) {
    let (low, high) = if high - low < 0.1 {
        (low - 0.05, high + 0.05)
    } else {
        (low, high)
    };
    let step = tick_step(high - low);
    ((low / step).floor() * step, (high / step).ceil() * step)
}

/// The tick values from `low` to `high`, one tick step apart.
pub fn ticks((low, high): (f64, f64)) -> Vec<f64> {
    let step = tick_step(high - low);
    let count = ((high - low) / step).round() as usize;
    (0..=count).map(|i| low + step * i as f64).collect()
}

/// A tick label, rounded to three decimals so that the sums of tick steps
/// print as the round numbers they are meant to be (`+ 0.0` turns `-0`
/// into `0`).
pub fn format_tick(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0 + 0.0;
    format!("{rounded}")
}
