//! Picks the board from the target and hands the linker its memory map.
//!
//! `thumbv6m-none-eabi` (Cortex-M0) runs on QEMU's microbit;
//! `thumbv7m-none-eabi` (Cortex-M3) on QEMU's lm3s6965evb;
//! `thumbv7em-none-eabihf` (Cortex-M4F, and Cortex-M7 with
//! `-C target-cpu=cortex-m7`) on mps2-an386 and mps2-an500, which share one
//! memory map. The board's `memory.x` goes on the linker's search path for
//! cortex-m-rt's `link.x`, with an empty `device.x` (cortex-m-rt's `device`
//! feature includes one; a device crate would list its interrupt names
//! there, and this firmware names none). The board is also passed to the
//! code as `cfg(board = "...")`, which sizes the interrupt table.

use std::{env, fs, path::PathBuf};

fn main() {
    let target = env::var("TARGET").unwrap();
    let board = if target.starts_with("thumbv6m-") {
        "microbit"
    } else if target.starts_with("thumbv7m-") {
        "lm3s6965"
    } else if target.starts_with("thumbv7em-") {
        "mps2"
    } else {
        panic!("no board for target {target}: build with --target thumbv6m-none-eabi, thumbv7m-none-eabi or thumbv7em-none-eabihf");
    };
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::copy(
        manifest.join("boards").join(board).join("memory.x"),
        out.join("memory.x"),
    )
    .unwrap();
    fs::write(out.join("device.x"), "/* no named interrupt handlers */\n").unwrap();
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rustc-link-arg-bins=-Tlink.x");
    println!("cargo:rustc-check-cfg=cfg(board, values(\"mps2\", \"lm3s6965\", \"microbit\"))");
    println!("cargo:rustc-cfg=board=\"{board}\"");
    println!("cargo:rerun-if-changed=boards");
    println!("cargo:rerun-if-changed=build.rs");
}
