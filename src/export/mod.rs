//! Appendix C: taking a trained network to a firmware.
//!
//! A microcontroller usually runs a network, it does not train one. This
//! appendix writes a trained network out so that another program computes
//! with exactly the same weights:
//!
//! - [`rust_const`]: the network as a Rust `const` item, to paste into a
//!   firmware; its weights sit in flash.
//! - [`bytes`]: the weights as little-endian bytes and back, bit for bit,
//!   to load a network at run time (from a flash page or a serial link).

pub mod bytes;
pub mod rust_const;
