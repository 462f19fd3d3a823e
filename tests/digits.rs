//! The digits study, reduced: seed 1 and at most two epochs instead of
//! seeds 1 to 20 and twenty epochs, so that it runs in a few seconds in a
//! debug build. It asserts the claims the README draws from the full
//! table. The bounds come from what the example measured: seed 1 gives
//! the accuracies and saturations noted beside each assertion.
//!
//! The study's code is the example's own file, so the two cannot drift.

#[path = "../examples/digits/study.rs"]
mod study;

use study::{DataError, DataSet, LineProblem, Run, CLASSES, MAX_PIXEL, SCHEMES, TEST, TRAIN};

/// The scheme of the example's table called `name`.
fn scheme(name: &str) -> constnet::Init {
    SCHEMES
        .iter()
        .find(|scheme| scheme.name == name)
        .unwrap_or_else(|| panic!("the study has no scheme {name:?}"))
        .init
}

/// The study's run of the scheme called `name` with seed 1 for `epochs`
/// epochs.
fn seed_1(name: &str, epochs: usize) -> Run {
    let data = DataSet::load().unwrap();
    let mut runs = study::run_seeds(&data, scheme(name), 1..=1, epochs);
    runs.pop().unwrap()
}

#[test]
fn a_constant_start_stays_at_chance() {
    // Measured: 9.1%, 9.1%, 10.1%.
    let run = seed_1("Constant(0.1)", 2);
    for (epoch, &accuracy) in run.test_accuracy.iter().enumerate() {
        assert!(
            (0.08..0.12).contains(&accuracy),
            "epoch {epoch}: {accuracy}"
        );
    }
}

#[test]
fn a_tiny_start_is_slow_to_start() {
    // Measured: 9.1% after one epoch, 60.6% after two. With weights of
    // ±0.01 the units are nearly alike and the gradients reaching W1 are
    // scaled by W2's tiny weights; it takes an epoch to grow out of that.
    let run = seed_1("Uniform ±0.01", 2);
    assert!(run.test_accuracy[1] < 0.12, "{:?}", run.test_accuracy);
    assert!(run.test_accuracy[2] > 0.5, "{:?}", run.test_accuracy);
}

#[test]
fn moderate_starts_read_most_digits_after_one_epoch() {
    // Measured after one epoch: 74.4%, 81.5%, 75.1%.
    for name in ["Uniform ±0.3", "Uniform ±1", "Xavier"] {
        let run = seed_1(name, 1);
        assert!(
            run.test_accuracy[1] > 0.7,
            "{name}: {:?}",
            run.test_accuracy
        );
    }
}

#[test]
fn wide_starts_saturate_and_learn_slowly() {
    // Measured: ±3 starts with 63.2% of the hidden activations saturated
    // and reaches 27.9% after two epochs; ±10 starts with 88.4% and
    // reaches 20.2%. A moderate start is above 80% by then.
    for (name, saturated_above, accuracy_below) in
        [("Uniform ±3", 0.55, 0.4), ("Uniform ±10", 0.8, 0.3)]
    {
        let run = seed_1(name, 2);
        assert!(
            run.saturation_at_start > saturated_above,
            "{name}: {}",
            run.saturation_at_start
        );
        assert!(
            run.test_accuracy[2] < accuracy_below,
            "{name}: {:?}",
            run.test_accuracy
        );
    }
}

#[test]
fn saturation_at_the_start_grows_with_the_scale() {
    // Measured: 0 for ±0.01 to ±0.3 and for Xavier and He, then 17.1%,
    // 63.2% and 88.4% for ±1, ±3 and ±10.
    for name in ["Xavier", "He"] {
        assert_eq!(seed_1(name, 0).saturation_at_start, 0.0, "{name}");
    }
    let uniform = ["±0.01", "±0.1", "±0.3", "±1", "±3", "±10"]
        .map(|range| seed_1(&format!("Uniform {range}"), 0).saturation_at_start);
    assert_eq!(uniform[..3], [0.0; 3], "{uniform:?}");
    assert!((0.05..0.3).contains(&uniform[3]), "{uniform:?}");
    assert!(
        uniform.windows(2).skip(2).all(|w| w[0] < w[1]),
        "{uniform:?}"
    );
}

#[test]
fn the_data_file_holds_1797_digits_of_8_x_8_pixel_counts() {
    let samples = study::parse(study::CSV).unwrap();
    assert_eq!(samples.len(), 1797);
    assert!(samples
        .iter()
        .all(|sample| sample.pixels.iter().all(|&count| count <= MAX_PIXEL)));
    // Every count from 0 to 16 occurs.
    for count in 0..=MAX_PIXEL {
        assert!(samples.iter().any(|sample| sample.pixels.contains(&count)));
    }
    let mut per_digit = [0; CLASSES];
    for sample in &samples {
        per_digit[sample.digit] += 1;
    }
    assert_eq!(
        per_digit,
        [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    );
}

#[test]
fn the_split_keeps_the_file_order() {
    let samples = study::parse(study::CSV).unwrap();
    let data = DataSet::load().unwrap();
    assert_eq!((data.train.len(), data.test.len()), (TRAIN, TEST));
    assert_eq!(data.train[..], samples[..TRAIN]);
    assert_eq!(data.test[..], samples[TRAIN..]);
    let mut per_digit = [0; CLASSES];
    for sample in &data.test {
        per_digit[sample.digit] += 1;
    }
    assert_eq!(per_digit, [27, 31, 27, 30, 33, 30, 30, 30, 28, 31]);
}

/// A valid line: 64 pixel counts, then the digit 7.
fn line() -> Vec<String> {
    let mut fields: Vec<String> = (0..64).map(|k| (k % 17).to_string()).collect();
    fields.push("7".to_string());
    fields
}

/// `fields` joined into a line, after the valid line, so that it is line 2.
fn second_line(fields: &[String]) -> String {
    format!("{}\n{}\n", line().join(","), fields.join(","))
}

#[test]
fn a_bad_line_is_reported_with_its_number_and_what_is_wrong() {
    let mut short = line();
    short.pop();
    let mut word = line();
    word[4] = "x4".to_string();
    let mut bright = line();
    bright[9] = "17".to_string();
    let mut label = line();
    label[64] = "10".to_string();
    let cases = [
        (
            short,
            LineProblem::FieldCount(64),
            "digits.csv, line 2: 64 fields, expected 65 (64 pixel counts and the digit)",
        ),
        (
            word,
            LineProblem::NotANumber {
                field: 5,
                text: "x4".to_string(),
                error: "x4".parse::<u32>().unwrap_err(),
            },
            "digits.csv, line 2: field 5 is \"x4\", not a whole number (invalid digit found in string)",
        ),
        (
            bright,
            LineProblem::PixelTooLarge {
                field: 10,
                count: 17,
            },
            "digits.csv, line 2: field 10 is the pixel count 17, above the largest possible, 16",
        ),
        (
            label,
            LineProblem::NotADigit(10),
            "digits.csv, line 2: the last field is 10, which is not a digit 0 to 9",
        ),
    ];
    for (fields, problem, message) in cases {
        let error = study::parse(&second_line(&fields)).unwrap_err();
        assert_eq!(error, DataError::Line { line: 2, problem });
        assert_eq!(error.to_string(), message);
    }
    assert_eq!(study::parse(&second_line(&line())).unwrap().len(), 2);
}

#[test]
fn the_batch_order_is_numpys_legacy_permutation() {
    // np.random.RandomState(1).permutation(10), and the first ten of
    // np.random.RandomState(1).permutation(1500).
    let small: [usize; 10] = study::permutation(&mut constnet::Mt19937::new(1));
    assert_eq!(small, [2, 9, 6, 4, 0, 3, 1, 7, 8, 5]);
    let epoch: [usize; TRAIN] = study::permutation(&mut constnet::Mt19937::new(1));
    assert_eq!(
        epoch[..10],
        [91, 75, 1264, 330, 1349, 774, 1038, 1285, 1165, 335]
    );
    let mut sorted = epoch;
    sorted.sort_unstable();
    assert!(sorted.iter().enumerate().all(|(k, &place)| k == place));
}
