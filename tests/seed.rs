//! The classic experiment, reproduced byte for byte.
//!
//! The expected text is what the numpy program prints for each run. These
//! tests run in debug and in release builds (`.ci/run` runs both).

use constnet::{Init, SeedExperiment};

const ZEROS: &str = "\
Error:1.25
Error:1.0000091298568936
Error:1.0000044798865095
Error:1.000002957418707
Error:1.0000022037278755
Error:1.0000017545861548
Output After Training:
W1= [[0.58078498 0.58078498 0.58078498 0.58078498]
 [0.72845083 0.72845083 0.72845083 0.72845083]
 [1.33742659 1.33742659 1.33742659 1.33742659]]
W2= [[3.52357914]
 [3.52357914]
 [3.52357914]
 [3.52357914]]
";

const TWOS: &str = "\
Error:1.0001879134151608
Error:1.0000064142342748
Error:1.0000032676762678
Error:1.0000021930282932
Error:1.0000016505669969
Error:1.0000013233782656
Output After Training:
W1= [[2.0085157  2.0085157  2.0085157  2.0085157 ]
 [2.02205683 2.02205683 2.02205683 2.02205683]
 [2.03953857 2.03953857 2.03953857 2.03953857]]
W2= [[3.30069379]
 [3.30069379]
 [3.30069379]
 [3.30069379]]
";

const UNIFORM: &str = "\
Error:1.238336180889141
Error:1.000013644482838
Error:1.0000065935176998
Error:1.000004298352329
Error:1.00000316963188
Error:1.0000025012664797
Output After Training:
W1= [[ 0.08581783  1.08039398 -1.16536044  0.27396062]
 [-0.48584844  0.29602972 -0.86136823  0.54469744]
 [ 0.24509319  2.23500284 -0.5412316   2.23673393]]
W2= [[1.23731123]
 [6.40888963]
 [0.09966753]
 [5.78541642]]
";

fn printed(init: Init) -> String {
    SeedExperiment::run(init).unwrap().to_string()
}

#[test]
fn zero_init_prints_the_numpy_output_byte_for_byte() {
    assert_eq!(printed(Init::Zeros), ZEROS);
}

#[test]
fn constant_two_init_prints_the_numpy_output_byte_for_byte() {
    assert_eq!(printed(Init::Constant(2.0)), TWOS);
}

#[test]
fn uniform_seed_1_init_prints_the_numpy_output_byte_for_byte() {
    let uniform = Init::Uniform {
        low: -1.0,
        high: 1.0,
    };
    assert_eq!(printed(uniform), UNIFORM);
}
