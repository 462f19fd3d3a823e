//! Weights loaded at run time: the classic uniform run's network, written
//! on the host with `TwoLayer::to_bytes` (`tests/data/bytes_uniform.bin`,
//! which `tests/bytes.rs` checks), sits in a `static` as 128 plain bytes,
//! as it would in a flash page or a buffer filled over a serial link. The
//! program reads it with `TwoLayer::from_bytes` and prints every weight as
//! the 16 hex digits of its bit pattern, one row a line; `embedded/run`
//! diffs that against `tests/data/bytes_uniform.txt`. It also checks that a
//! buffer one byte short is refused. No `core::fmt` is linked.
#![no_std]
#![no_main]

use constnet::TwoLayer;
use constnet_firmware::{exit, Host};
use core::hint::black_box;
use cortex_m_rt::entry;

type Net = TwoLayer<3, 4, 1>;

/// The network as bytes: `W1` row by row, then `W2`, 8 little-endian bytes
/// a weight.
static WEIGHTS: [u8; Net::BYTES] = *include_bytes!("../../../tests/data/bytes_uniform.bin");

#[entry]
fn main() -> ! {
    // black_box: the bytes are read at run time, not folded into constants.
    let bytes: &[u8] = black_box(&WEIGHTS);
    if Net::from_bytes(&bytes[..Net::BYTES - 1]).is_ok() {
        exit(false);
    }
    let Ok(net) = Net::from_bytes(bytes) else {
        exit(false)
    };
    let mut stdout = Host::stdout();
    for row in net.w1().rows() {
        stdout.write_bits(b"W1", row);
    }
    for row in net.w2().rows() {
        stdout.write_bits(b"W2", row);
    }
    exit(true)
}
