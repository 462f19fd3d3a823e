//! Appendix C: taking a trained network to a firmware.
//!
//! A microcontroller usually runs a network, it does not train one. This
//! appendix writes a trained network out so that another program computes
//! with exactly the same weights:
//!
//! - [`rust_const`]: the network as a Rust `const` item, to paste into a
//!   firmware; its weights sit in flash.

pub mod rust_const;
