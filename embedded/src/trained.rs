// The network the classic experiment trains from its uniform start,
// `ClassicExperiment::run(Init::Uniform { low: -1.0, high: 1.0 })`, exported on
// the host with `network.rust_const("TRAINED")` and pasted below unchanged.
// `tests/export.rs` fails if the item is not exactly what `rust_const` prints
// for that network. The firmware `include!`s this file, so rustfmt leaves the
// pasted text alone.
pub const TRAINED: constnet::TwoLayer<3, 4, 1> = constnet::TwoLayer::from_weights(
    constnet::Matrix::new([
        [0.08581782584523716, 1.0803939756733925, -1.1653604413527312, 0.27396062442675734],
        [-0.48584843659871885, 0.296029716202641, -0.8613682318183555, 0.5446974416984466],
        [0.24509318847691994, 2.2350028405091074, -0.541231598555184, 2.236733933187779],
    ]),
    constnet::Matrix::new([
        [1.2373112287942039],
        [6.40888963193122],
        [0.0996675341337982],
        [5.785416424154058],
    ]),
);
