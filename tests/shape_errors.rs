//! A shape mistake fails for the right reason, with a message that says
//! what to fix.
//!
//! A `compile_fail` doc test passes on any compile error at all (stable
//! rustdoc ignores the error code), so it cannot tell a shape error from a
//! typo. This test compiles each mistake for real and reads what rustc
//! says: the error code and the words a reader needs ("expected `3`, found
//! `2`", or the text of the crate's `const` assertion). Every mistake has
//! a twin, the same program with the shape fixed, which must build.
//!
//! The programs are the bins of one scratch crate under `target/`, which
//! depends on constnet by path and nothing else, so it builds offline. It
//! is built twice, each time in one cargo invocation with `--keep-going`:
//! `cargo check`, which is what an editor runs, and `cargo build`. The
//! difference matters: a wrong size is a type error that `cargo check`
//! already reports, while an empty shape is refused by a `const` assertion
//! that runs only when the generic function is instantiated for code
//! generation, so `cargo check` passes and only `cargo build` fails.
//!
//! Square shapes are the limit of what types can see: when two sizes are
//! equal, a product with a factor left untransposed has the right type,
//! and it compiles. The last cases show that, in the classic 3-4-1 network
//! on 4 samples (where `N = H = 4`) and in a 4-4-4 network.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Where a mistake is refused.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Stage {
    /// A type error: `cargo check` reports it, and so does `cargo build`.
    Check,
    /// A `const` assertion: `cargo check` passes, `cargo build` fails.
    BuildOnly,
}

/// A program with one shape in it, the shape that is wrong, the shape that
/// fixes it, and what rustc must say about the wrong one.
struct Mistake {
    /// The bin's name; the twin is `{name}_fixed`.
    name: &'static str,
    /// The program, with `SHAPE` where the two versions differ.
    program: String,
    wrong: &'static str,
    fixed: &'static str,
    stage: Stage,
    /// The error code rustc gives.
    code: &'static str,
    /// The first line of the error, after `error[CODE]: `.
    first_line: &'static str,
    /// Words the rest of that error must contain.
    says: &'static [&'static str],
}

impl Mistake {
    fn source(&self) -> String {
        self.program.replace("SHAPE", self.wrong)
    }

    fn twin_source(&self) -> String {
        self.program.replace("SHAPE", self.fixed)
    }

    fn twin_name(&self) -> String {
        format!("{}_fixed", self.name)
    }
}

/// A program with a data-flow mistake that the types cannot see, and the
/// correct version of it; both must build.
struct Unnoticed {
    name: &'static str,
    program: String,
    wrong: &'static str,
    fixed: &'static str,
}

/// A program that makes a 3-4-1 network `net`, inputs `x: Matrix<{x}>` and
/// targets `y: Matrix<{y}>`, and runs `call` on them.
fn network_program(x: &str, y: &str, call: &str) -> String {
    format!(
        "#![allow(unused)] // the fragment leaves some of its names unused
use constnet::{{Matrix, TrainOptions, TwoLayer}};

fn main() {{
    let mut net = TwoLayer::<3, 4, 1>::from_weights(Matrix::zeros(), Matrix::zeros());
    let x = Matrix::<{x}>::zeros();
    let y = Matrix::<{y}>::zeros();
    {call};
}}
"
    )
}

/// The correct lines of the hand-written backward pass.
const D_W2: &str = "a1.transpose().dot(&d_z2)";
const D_A1: &str = "d_z2.dot(&w2.transpose())";
const D_W1: &str = "x.transpose().dot(&d_z1)";

/// A forward pass and a backward pass written out by hand, as the numpy
/// post writes them, for an `i`-`h`-`o` network on `n` samples; the three
/// products of the backward pass are `d_w2`, `d_a1` and `d_w1`. The data
/// and weights differ from entry to entry (a constant matrix would hide a
/// missing transpose), and the program prints the stepped weights.
fn backward_program([n, i, h, o]: [usize; 4], d_w2: &str, d_a1: &str, d_w1: &str) -> String {
    format!(
        "use constnet::{{sigmoid, sigmoid_derivative, Matrix}};

fn main() {{
    let x = Matrix::<{n}, {i}>::from_fn(|r, c| (r * 3 + c) as f64 / 10.0);
    let y = Matrix::<{n}, {o}>::from_fn(|r, c| ((r + c) % 2) as f64);
    let w1 = Matrix::<{i}, {h}>::from_fn(|r, c| ((r * 5 + c * 3) % 7) as f64 / 7.0 - 0.5);
    let w2 = Matrix::<{h}, {o}>::from_fn(|r, c| ((r * 2 + c * 5) % 9) as f64 / 9.0 - 0.5);
    let a1: Matrix<{n}, {h}> = x.dot(&w1).map(sigmoid);
    let a2: Matrix<{n}, {o}> = a1.dot(&w2).map(sigmoid);
    let d_z2: Matrix<{n}, {o}> = (a2 - y).hadamard(&a2.map(sigmoid_derivative));
    let d_w2: Matrix<{h}, {o}> = {d_w2};
    let d_a1: Matrix<{n}, {h}> = {d_a1};
    let d_z1: Matrix<{n}, {h}> = d_a1.hadamard(&a1.map(sigmoid_derivative));
    let d_w1: Matrix<{i}, {h}> = {d_w1};
    println!(\"{{:?}}\", (w1 - d_w1, w2 - d_w2));
}}
"
    )
}

/// What rustc prints for the crate's `const` assertion on an empty batch
/// or a network without outputs.
const EMPTY_ERROR: &str = "evaluation panicked: the mean error of no values is 0/0: use a batch of at least one sample (N > 0) and a network with at least one output (O > 0)";

fn mistakes() -> Vec<Mistake> {
    let classic = [4, 3, 4, 1];
    vec![
        Mistake {
            name: "forward_input_width",
            program: network_program("4, SHAPE", "4, 1", "let _ = net.forward(&x)"),
            wrong: "2",
            fixed: "3",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `3`, found `2`"],
        },
        Mistake {
            name: "train_step_input_width",
            program: network_program("4, SHAPE", "4, 1", "let _ = net.train_step(&x, &y, 1.0)"),
            wrong: "2",
            fixed: "3",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `3`, found `2`"],
        },
        Mistake {
            name: "train_input_width",
            program: network_program(
                "4, SHAPE",
                "4, 1",
                "let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {})",
            ),
            wrong: "2",
            fixed: "3",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `3`, found `2`"],
        },
        Mistake {
            name: "train_step_target_width",
            program: network_program("4, 3", "4, SHAPE", "let _ = net.train_step(&x, &y, 1.0)"),
            wrong: "2",
            fixed: "1",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `1`, found `2`"],
        },
        Mistake {
            name: "train_target_width",
            program: network_program(
                "4, 3",
                "4, SHAPE",
                "let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {})",
            ),
            wrong: "2",
            fixed: "1",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `1`, found `2`"],
        },
        Mistake {
            name: "train_step_batch_mismatch",
            program: network_program("4, 3", "SHAPE, 1", "let _ = net.train_step(&x, &y, 1.0)"),
            wrong: "3",
            fixed: "4",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `4`, found `3`"],
        },
        Mistake {
            name: "train_batch_mismatch",
            program: network_program(
                "4, 3",
                "SHAPE, 1",
                "let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {})",
            ),
            wrong: "3",
            fixed: "4",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `4`, found `3`"],
        },
        Mistake {
            name: "dot_inner_sizes",
            program: "use constnet::Matrix;

fn main() {
    let a = Matrix::<4, 3>::zeros();
    let b = Matrix::<SHAPE, 1>::zeros();
    println!(\"{:?}\", a.dot(&b));
}
"
            .to_string(),
            wrong: "4",
            fixed: "3",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `3`, found `4`"],
        },
        Mistake {
            name: "backward_untransposed_w2",
            program: backward_program(classic, D_W2, "d_z2.dot(&SHAPE)", D_W1),
            wrong: "w2",
            fixed: "w2.transpose()",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `1`, found `4`"],
        },
        Mistake {
            name: "backward_transposed_wrong_factor",
            program: backward_program(classic, D_W2, "SHAPE", D_W1),
            wrong: "d_z2.transpose().dot(&w2)",
            fixed: D_A1,
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `4`, found `1`", "found struct `Matrix<1, 1>`"],
        },
        Mistake {
            name: "backward_untransposed_x",
            program: backward_program(classic, D_W2, D_A1, "SHAPE.dot(&d_z1)"),
            wrong: "x",
            fixed: "x.transpose()",
            stage: Stage::Check,
            code: "E0308",
            first_line: "mismatched types",
            says: &["expected `3`, found `4`"],
        },
        Mistake {
            name: "train_step_empty_batch",
            program: network_program(
                "SHAPE, 3",
                "SHAPE, 1",
                "let _ = net.train_step(&x, &y, 1.0)",
            ),
            wrong: "0",
            fixed: "4",
            stage: Stage::BuildOnly,
            code: "E0080",
            first_line: EMPTY_ERROR,
            says: &["TwoLayer::<3, 4, 1>::train_step::<0>"],
        },
        Mistake {
            name: "train_empty_batch",
            program: network_program(
                "SHAPE, 3",
                "SHAPE, 1",
                "let _ = net.train(&x, &y, TrainOptions::new(1, 1.0), |_| {})",
            ),
            wrong: "0",
            fixed: "4",
            stage: Stage::BuildOnly,
            code: "E0080",
            first_line: EMPTY_ERROR,
            says: &["TwoLayer::<3, 4, 1>::error::<0>"],
        },
        Mistake {
            name: "train_step_no_outputs",
            program: "use constnet::{Matrix, TwoLayer};

fn main() {
    let mut net = TwoLayer::<3, 4, SHAPE>::from_weights(Matrix::zeros(), Matrix::zeros());
    let x = Matrix::<4, 3>::zeros();
    let y = Matrix::<4, SHAPE>::zeros();
    println!(\"{}\", net.train_step(&x, &y, 1.0));
}
"
            .to_string(),
            wrong: "0",
            fixed: "1",
            stage: Stage::BuildOnly,
            code: "E0080",
            first_line: EMPTY_ERROR,
            says: &["TwoLayer::<3, 4, 0>::train_step::<4>"],
        },
        Mistake {
            name: "saturation_empty_batch",
            program: network_program("SHAPE, 3", "4, 1", "let _ = net.saturation(&x, 0.03)"),
            wrong: "0",
            fixed: "4",
            stage: Stage::BuildOnly,
            code: "E0080",
            first_line: "evaluation panicked: saturation needs at least one sample and one hidden unit",
            says: &["TwoLayer<3, 4, 1>>::saturation::<0>"],
        },
        Mistake {
            name: "mean_abs_empty",
            program: "fn main() {
    println!(\"{}\", constnet::Matrix::<SHAPE, 3>::zeros().mean_abs());
}
"
            .to_string(),
            wrong: "0",
            fixed: "4",
            stage: Stage::BuildOnly,
            code: "E0080",
            first_line: "evaluation panicked: the mean of an empty matrix is 0/0: R and C must be at least 1",
            says: &["Matrix::<0, 3>::mean_abs"],
        },
    ]
}

fn unnoticed() -> Vec<Unnoticed> {
    vec![
        // numpy's `syn1 += l1.T.dot(l2_delta)` without the `.T`: A1 is
        // N x H = 4 x 4, so A1 · dZ2 is 4 x 1, the shape of W2.
        Unnoticed {
            name: "classic_untransposed_a1",
            program: backward_program([4, 3, 4, 1], "SHAPE.dot(&d_z2)", D_A1, D_W1),
            wrong: "a1",
            fixed: "a1.transpose()",
        },
        // In a 4-4-4 network on 4 samples every matrix is 4 x 4.
        Unnoticed {
            name: "square_untransposed_w2",
            program: backward_program([4, 4, 4, 4], D_W2, "d_z2.dot(&SHAPE)", D_W1),
            wrong: "w2",
            fixed: "w2.transpose()",
        },
        Unnoticed {
            name: "square_untransposed_a1",
            program: backward_program([4, 4, 4, 4], "SHAPE.dot(&d_z2)", D_A1, D_W1),
            wrong: "a1",
            fixed: "a1.transpose()",
        },
    ]
}

/// One error rustc reported.
#[derive(Debug)]
struct Diagnostic {
    code: Option<String>,
    /// The first line, without `error[E....]: `.
    message: String,
    /// Everything rustc prints for it.
    rendered: String,
}

/// What one cargo invocation did to each bin: the errors it reported,
/// and whether the bin compiled.
#[derive(Debug, Default)]
struct Run {
    errors: BTreeMap<String, Vec<Diagnostic>>,
    compiled: BTreeSet<String>,
    /// The program each bin built, by `cargo build`.
    executables: BTreeMap<String, PathBuf>,
}

impl Run {
    fn errors(&self, bin: &str) -> &[Diagnostic] {
        self.errors.get(bin).map_or(&[], Vec::as_slice)
    }
}

/// The scratch crate, checked and built once for all the tests here.
struct Outcome {
    check: Run,
    build: Run,
}

fn outcome() -> &'static Outcome {
    static OUTCOME: OnceLock<Outcome> = OnceLock::new();
    OUTCOME.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("shape-errors");
        let mut bins = Vec::new();
        for m in mistakes() {
            bins.push((m.name.to_string(), m.source()));
            bins.push((m.twin_name(), m.twin_source()));
        }
        for u in unnoticed() {
            bins.push((u.name.to_string(), u.program.replace("SHAPE", u.wrong)));
            bins.push((
                format!("{}_fixed", u.name),
                u.program.replace("SHAPE", u.fixed),
            ));
        }
        write_crate(&dir, &bins);
        let check = cargo(&dir, "check");
        let build = cargo(&dir, "build");
        for (name, _) in &bins {
            let seen = |run: &Run| run.compiled.contains(name) || run.errors.contains_key(name);
            assert!(
                seen(&check) && seen(&build),
                "cargo neither compiled nor rejected bin {name}"
            );
        }
        Outcome { check, build }
    })
}

/// Writes the scratch crate: a manifest with its own `[workspace]` and
/// constnet as its only dependency, and one `src/bin/*.rs` per program.
/// Files whose text is unchanged are left alone, so a repeated run
/// recompiles nothing that compiled before.
fn write_crate(dir: &Path, bins: &[(String, String)]) {
    let bin_dir = dir.join("src").join("bin");
    std::fs::create_dir_all(&bin_dir).expect("create the scratch crate");
    let manifest = format!(
        "[package]
name = \"shape-errors\"
version = \"0.0.0\"
edition = \"2021\"
publish = false

[workspace]

[dependencies]
constnet = {{ path = '{}' }}
",
        env!("CARGO_MANIFEST_DIR")
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest);
    let wanted: BTreeSet<PathBuf> = bins
        .iter()
        .map(|(name, _)| bin_dir.join(format!("{name}.rs")))
        .collect();
    for entry in std::fs::read_dir(&bin_dir).expect("list the scratch bins") {
        let path = entry.expect("a scratch bin").path();
        if !wanted.contains(&path) {
            std::fs::remove_file(&path).expect("remove a stale scratch bin");
        }
    }
    for (name, source) in bins {
        write_if_changed(&bin_dir.join(format!("{name}.rs")), source);
    }
}

fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }
}

/// Runs `cargo {command}` on every bin of the scratch crate, with the cargo
/// that runs these tests, in a target directory of the scratch crate's own
/// (the outer cargo holds the lock on the main one), and collects what it
/// reports.
fn cargo(dir: &Path, command: &str) -> Run {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into());
    let output = Command::new(cargo)
        .arg(command)
        .args([
            "--offline",
            "--keep-going",
            "--bins",
            "--message-format=json",
        ])
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(dir.join("target"))
        .output()
        .unwrap_or_else(|e| panic!("run cargo {command}: {e}"));
    let stdout = String::from_utf8(output.stdout).expect("cargo writes UTF-8 JSON");
    let mut run = Run::default();
    let mut finished = false;
    for line in stdout.lines() {
        let value = Json::parse(line).unwrap_or_else(|e| panic!("{e} in {line}"));
        let target = value
            .at(&["target", "name"])
            .and_then(Json::as_str)
            .unwrap_or_default()
            .to_string();
        match value.at(&["reason"]).and_then(Json::as_str) {
            Some("compiler-artifact") => {
                if let Some(path) = value.at(&["executable"]).and_then(Json::as_str) {
                    run.executables.insert(target.clone(), PathBuf::from(path));
                }
                run.compiled.insert(target);
            }
            Some("compiler-message") => {
                let text = |path: &[&str]| value.at(path).and_then(Json::as_str).map(String::from);
                if text(&["message", "level"]).as_deref() == Some("error") {
                    run.errors.entry(target).or_default().push(Diagnostic {
                        code: text(&["message", "code", "code"]),
                        message: text(&["message", "message"]).unwrap_or_default(),
                        rendered: text(&["message", "rendered"]).unwrap_or_default(),
                    });
                }
            }
            Some("build-finished") => finished = true,
            _ => {}
        }
    }
    assert!(
        finished && run.compiled.contains("constnet"),
        "cargo {command} did not get to the bins:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    run
}

/// Whether a run compiled `bin` cleanly.
fn compiles(run: &Run, bin: &str) -> Result<(), String> {
    match run.errors(bin) {
        [] if run.compiled.contains(bin) => Ok(()),
        [] => Err(format!("{bin} was not compiled")),
        errors => Err(format!("{bin} does not compile:\n{}", errors[0].rendered)),
    }
}

/// Whether a run rejected `bin` with errors that all have `code`, one of
/// which has the first line `first_line` and says every one of `says`.
fn rejects(
    run: &Run,
    bin: &str,
    code: &str,
    first_line: &str,
    says: &[&str],
) -> Result<(), String> {
    let errors = run.errors(bin);
    if errors.is_empty() {
        return Err(format!("{bin} compiles, but should fail with {code}"));
    }
    if let Some(other) = errors.iter().find(|e| e.code.as_deref() != Some(code)) {
        return Err(format!(
            "{bin} fails with {:?}, not {code}:\n{}",
            other.code, other.rendered
        ));
    }
    let says_it = |e: &Diagnostic| {
        e.message == first_line && says.iter().all(|words| e.rendered.contains(words))
    };
    if errors.iter().any(says_it) {
        Ok(())
    } else {
        let rendered: Vec<&str> = errors.iter().map(|e| e.rendered.as_str()).collect();
        Err(format!(
            "no {code} error of {bin} is {first_line:?} and says all of {says:?}:\n{}",
            rendered.join("\n")
        ))
    }
}

/// The verdict on one mistake: refused at its stage, with its code and
/// words; accepted before that stage; its twin compiles at every stage.
fn judge(mistake: &Mistake, outcome: &Outcome) -> Result<(), String> {
    let name = mistake.name;
    let (code, first_line, says) = (mistake.code, mistake.first_line, mistake.says);
    match mistake.stage {
        Stage::Check => rejects(&outcome.check, name, code, first_line, says)?,
        Stage::BuildOnly => {
            compiles(&outcome.check, name).map_err(|e| format!("cargo check should pass: {e}"))?
        }
    }
    rejects(&outcome.build, name, code, first_line, says)?;
    let twin = mistake.twin_name();
    compiles(&outcome.check, &twin)?;
    compiles(&outcome.build, &twin)
}

fn assert_refused(name: &str) {
    let mistake = mistakes()
        .into_iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no mistake {name}"));
    if let Err(why) = judge(&mistake, outcome()) {
        panic!("{why}");
    }
}

#[test]
fn forward_with_the_wrong_input_width_is_e0308_expected_3_found_2() {
    assert_refused("forward_input_width");
}

#[test]
fn train_step_with_the_wrong_input_width_is_e0308_expected_3_found_2() {
    assert_refused("train_step_input_width");
}

#[test]
fn train_with_the_wrong_input_width_is_e0308_expected_3_found_2() {
    assert_refused("train_input_width");
}

#[test]
fn train_step_with_the_wrong_target_width_is_e0308_expected_1_found_2() {
    assert_refused("train_step_target_width");
}

#[test]
fn train_with_the_wrong_target_width_is_e0308_expected_1_found_2() {
    assert_refused("train_target_width");
}

#[test]
fn train_step_with_3_targets_for_4_samples_is_e0308_expected_4_found_3() {
    assert_refused("train_step_batch_mismatch");
}

#[test]
fn train_with_3_targets_for_4_samples_is_e0308_expected_4_found_3() {
    assert_refused("train_batch_mismatch");
}

#[test]
fn a_product_with_mismatched_inner_sizes_is_e0308_expected_3_found_4() {
    assert_refused("dot_inner_sizes");
}

#[test]
fn a_backward_pass_without_w2_transposed_is_e0308_expected_1_found_4() {
    assert_refused("backward_untransposed_w2");
}

#[test]
fn a_backward_pass_transposing_the_wrong_factor_is_e0308_expected_4_found_1() {
    assert_refused("backward_transposed_wrong_factor");
}

#[test]
fn a_weight_gradient_without_x_transposed_is_e0308_expected_3_found_4() {
    assert_refused("backward_untransposed_x");
}

#[test]
fn train_step_on_an_empty_batch_fails_cargo_build_but_not_cargo_check() {
    assert_refused("train_step_empty_batch");
}

#[test]
fn train_on_an_empty_batch_fails_cargo_build_but_not_cargo_check() {
    assert_refused("train_empty_batch");
}

#[test]
fn train_step_without_outputs_fails_cargo_build_but_not_cargo_check() {
    assert_refused("train_step_no_outputs");
}

#[test]
fn saturation_on_an_empty_batch_fails_cargo_build_but_not_cargo_check() {
    assert_refused("saturation_empty_batch");
}

#[test]
fn mean_abs_of_an_empty_matrix_fails_cargo_build_but_not_cargo_check() {
    assert_refused("mean_abs_empty");
}

/// The types see sizes, not meaning: where two sizes are equal, the
/// untransposed product has the right type, so both versions build, and
/// they run and step the weights differently.
#[test]
fn an_untransposed_product_of_square_shapes_compiles_and_steps_other_weights() {
    let outcome = outcome();
    for case in unnoticed() {
        let mut printed = Vec::new();
        for bin in [case.name.to_string(), format!("{}_fixed", case.name)] {
            for run in [&outcome.check, &outcome.build] {
                if let Err(why) = compiles(run, &bin) {
                    panic!("{why}");
                }
            }
            let output = Command::new(&outcome.build.executables[&bin])
                .output()
                .unwrap_or_else(|e| panic!("run {bin}: {e}"));
            assert!(output.status.success(), "{bin} failed");
            printed.push(String::from_utf8(output.stdout).expect("UTF-8"));
        }
        assert!(printed[0].contains("Matrix"), "{}", printed[0]);
        assert_ne!(
            printed[0], printed[1],
            "{} steps the right weights",
            case.name
        );
    }
}

/// The verdicts can fail: each would refuse a mistake described with the
/// wrong stage, code or words, and each would refuse the twin as a mistake.
#[test]
fn the_verdicts_catch_wrong_expectations() {
    let outcome = outcome();
    for mistake in mistakes() {
        let twin = mistake.twin_name();
        let (name, code, first_line, says) =
            (mistake.name, mistake.code, mistake.first_line, mistake.says);
        let build = &outcome.build;
        assert!(rejects(build, &twin, code, first_line, says).is_err());
        assert!(rejects(build, name, "E0599", first_line, says).is_err());
        assert!(rejects(build, name, code, "type annotations needed", says).is_err());
        assert!(rejects(build, name, code, first_line, &["expected `7`"]).is_err());
        assert!(compiles(&outcome.build, mistake.name).is_err());
        let other_stage = match mistake.stage {
            Stage::Check => Stage::BuildOnly,
            Stage::BuildOnly => Stage::Check,
        };
        let moved = Mistake {
            stage: other_stage,
            ..mistake
        };
        assert!(judge(&moved, outcome).is_err(), "{}", moved.name);
    }
    for case in unnoticed() {
        assert!(rejects(&outcome.build, case.name, "E0308", "mismatched types", &[]).is_err());
    }
}

/// The little JSON that cargo's `--message-format=json` lines need: the
/// strings and objects, which hold what is read here; numbers, booleans,
/// `null` and arrays are parsed and dropped.
enum Json {
    String(String),
    Object(Vec<(String, Json)>),
    Other,
}

impl Json {
    fn parse(text: &str) -> Result<Json, String> {
        let mut parser = Parser {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = parser.value()?;
        parser.skip_space();
        if parser.at == parser.bytes.len() {
            Ok(value)
        } else {
            Err(format!("trailing text at byte {}", parser.at))
        }
    }

    /// The value at a path of object keys.
    fn at(&self, path: &[&str]) -> Option<&Json> {
        path.iter().try_fold(self, |value, key| match value {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        })
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        self.skip_space();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(format!("expected {:?} at byte {}", byte as char, self.at))
        }
    }

    fn literal(&mut self, word: &str) -> Result<Json, String> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(Json::Other)
        } else {
            Err(format!("bad literal at byte {}", self.at))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.skip_space();
        match self.bytes.get(self.at) {
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                self.skip_space();
                if self.bytes.get(self.at) == Some(&b'}') {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                loop {
                    self.expect(b'"')?;
                    let key = self.string()?;
                    self.expect(b':')?;
                    fields.push((key, self.value()?));
                    self.skip_space();
                    match self.bytes.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(fields));
                        }
                        _ => return Err(format!("bad object at byte {}", self.at)),
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                self.skip_space();
                if self.bytes.get(self.at) == Some(&b']') {
                    self.at += 1;
                    return Ok(Json::Other);
                }
                loop {
                    self.value()?;
                    self.skip_space();
                    match self.bytes.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Other);
                        }
                        _ => return Err(format!("bad array at byte {}", self.at)),
                    }
                }
            }
            Some(b'"') => {
                self.at += 1;
                self.string().map(Json::String)
            }
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => {
                while self
                    .bytes
                    .get(self.at)
                    .is_some_and(|b| b"+-.eE0123456789".contains(b))
                {
                    self.at += 1;
                }
                Ok(Json::Other)
            }
            _ => Err(format!("unexpected byte at {}", self.at)),
        }
    }

    /// The rest of a string whose opening quote has been read.
    fn string(&mut self) -> Result<String, String> {
        let mut out = Vec::new();
        loop {
            let byte = *self.bytes.get(self.at).ok_or("unterminated string")?;
            self.at += 1;
            match byte {
                b'"' => return String::from_utf8(out).map_err(|e| e.to_string()),
                b'\\' => {
                    let escape = *self.bytes.get(self.at).ok_or("unterminated escape")?;
                    self.at += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(format!("bad escape at byte {}", self.at)),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                _ => out.push(byte),
            }
        }
    }

    /// A `\uXXXX` escape whose `\u` has been read, joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.bytes[self.at..].starts_with(b"\\u") {
                return Err(format!("lone surrogate at byte {}", self.at));
            }
            self.at += 2;
            let low = self.hex4()?;
            0x10000 + ((high - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| format!("bad code point at byte {}", self.at))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .ok_or("short \\u escape")?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|e| e.to_string())
    }
}
