//! What the firmware binaries share: the interrupt table, output to the
//! host over semihosting, the exit and panic paths, and stack painting.
//!
//! The binaries are `classic` (the classic experiment, printed as numpy prints
//! it), `inference` (one forward pass of a `const` network, printed as bit
//! patterns), `baseline` (that printing without the network), `bytes` (a
//! network read from bytes at run time), `wide` (a 16-32-4 network trained
//! on 8 samples) and `measure` (stack and instruction counts).
//! `embedded/run` builds and runs them under QEMU; `docs/embedded.md` has
//! the figures.
//!
//! Nothing here formats numbers with `core::fmt`: the inference firmware
//! is meant to be small, and `core::fmt`'s integer and float code is the
//! largest thing it could pull in.
#![no_std]

use core::arch::asm;
use cortex_m_semihosting::{debug, hio};

/// Interrupt lines of the board's NVIC, as QEMU models it: 32 on the MPS2
/// FPGA images AN386 and AN500 (hw/arm/mps2.c) and on the nRF51 of the
/// micro:bit (hw/arm/nrf51_soc.c), 64 on the Stellaris boards
/// (hw/arm/stellaris.c).
#[cfg(any(board = "mps2", board = "microbit"))]
const INTERRUPTS: usize = 32;
#[cfg(board = "lm3s6965")]
const INTERRUPTS: usize = 64;

extern "C" {
    /// cortex-m-rt's handler for every exception nobody else handles (a
    /// symbol its linker script provides).
    fn DefaultHandler();
}

/// The device-specific part of the vector table, one entry per interrupt
/// line of the board, every one going to `DefaultHandler`. With its
/// `device` feature cortex-m-rt takes this table from the program (it
/// would come from a device crate); without it, it emits 240 entries
/// whatever the chip, 832 bytes more flash than the 32 lines of an MPS2
/// board need. This firmware enables no interrupt, so none is ever taken.
#[link_section = ".vector_table.interrupts"]
#[no_mangle]
#[used]
static __INTERRUPTS: [unsafe extern "C" fn(); INTERRUPTS] = [DefaultHandler; INTERRUPTS];

/// A byte stream to the host's standard output or standard error, over ARM
/// semihosting (QEMU: `-semihosting-config enable=on,target=native`).
pub struct Host(hio::HostStream);

impl Host {
    /// The host's standard output.
    pub fn stdout() -> Self {
        Self(hio::hstdout().unwrap_or_else(|()| exit(false)))
    }

    /// The host's standard error.
    pub fn stderr() -> Self {
        Self(hio::hstderr().unwrap_or_else(|()| exit(false)))
    }

    /// Writes all of `bytes`, or ends the program with a failure status.
    pub fn write(&mut self, bytes: &[u8]) {
        if self.0.write_all(bytes).is_err() {
            exit(false);
        }
    }

    /// Writes `label` and the bit patterns of `row`, 16 hex digits each, as
    /// one line. Each piece goes to the host as it is made: a line buffer
    /// would be copied and zeroed with `memcpy` and `memset`, whose general
    /// versions in compiler-builtins cost about 950 bytes of flash.
    pub fn write_bits(&mut self, label: &[u8], row: &[f64]) {
        self.write(label);
        for x in row {
            self.write(b" ");
            self.write(&hex(x.to_bits()));
        }
        self.write(b"\n");
    }

    /// Writes `n` in decimal, without `core::fmt`.
    pub fn write_decimal(&mut self, mut n: u32) {
        let mut digits = [0u8; 10];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.write(&digits[start..]);
    }
}

impl core::fmt::Write for Host {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0
            .write_all(s.as_bytes())
            .map_err(|()| core::fmt::Error)
    }
}

/// The 16 lower-case hex digits of `bits`, most significant first.
pub fn hex(bits: u64) -> [u8; 16] {
    let mut out = [0u8; 16];
    for (i, digit) in out.iter_mut().enumerate() {
        let nibble = (bits >> (60 - 4 * i)) & 0xf;
        *digit = b"0123456789abcdef"[nibble as usize];
    }
    out
}

/// Ends the program: QEMU exits with status 0 for `true`, 1 for `false`.
pub fn exit(success: bool) -> ! {
    debug::exit(if success {
        debug::EXIT_SUCCESS
    } else {
        debug::EXIT_FAILURE
    });
    // Not reached under QEMU, which exits. A debugger that ignores the
    // request resumes here: stop with an undefined-instruction fault.
    cortex_m::asm::udf()
}

/// A panic prints one fixed line and fails the run; the panic message is
/// not formatted, which keeps `core::fmt` out of the inference firmware.
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    if let Ok(mut stderr) = hio::hstderr() {
        let _ = stderr.write_all(b"firmware panicked\n");
    }
    exit(false)
}

/// Stack measurement by painting: fill unused stack with a known word,
/// run code, and find the lowest word it changed.
pub mod stack {
    use super::asm;

    /// The word cortex-m-rt's `paint-stack` feature fills the stack with
    /// before `main`.
    pub const PAINT: u32 = cortex_m_rt::STACK_PAINT_VALUE;

    extern "C" {
        /// The top of the stack (its first push goes just below), from
        /// cortex-m-rt's linker script.
        static _stack_start: u32;
        /// The lowest address the stack may reach: the end of `.bss` and
        /// `.uninit`.
        static _stack_end: u32;
    }

    fn bounds() -> (usize, usize) {
        // Only the addresses of the two linker symbols are taken, never
        // their contents.
        (
            core::ptr::addr_of!(_stack_end) as usize,
            core::ptr::addr_of!(_stack_start) as usize,
        )
    }

    /// The lowest painted-and-changed address in `[bottom, top)`, scanning
    /// up from `bottom`; `top` if none changed.
    fn lowest_used(bottom: usize, top: usize) -> usize {
        let mut addr = bottom;
        while addr < top {
            // SAFETY: [bottom, top) is RAM between the end of the statics
            // and the stack pointer: mapped, aligned and ours to read.
            if unsafe { core::ptr::read_volatile(addr as *const u32) } != PAINT {
                return addr;
            }
            addr += 4;
        }
        top
    }

    /// The most stack the program has used since reset, in bytes: from the
    /// top of the stack down to the lowest word that no longer holds the
    /// paint. Call it at the end of `main`.
    pub fn high_water_mark() -> usize {
        let (end, start) = bounds();
        start - lowest_used(end, start)
    }

    /// The current stack pointer.
    #[inline(always)]
    fn sp() -> usize {
        let sp: usize;
        // SAFETY: reads the stack pointer; no memory is touched.
        unsafe { asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
        sp
    }

    /// How far below the stack pointer the measurement looks.
    const WINDOW: usize = 32 * 1024;

    /// The stack `f(arg)` uses, in bytes: how far below the caller's stack
    /// pointer the call wrote, including the frame of `f` itself and of
    /// everything it calls. `f` is a function pointer, so it cannot be
    /// inlined here and its frame is always below the painted mark.
    /// Returns `None` if the call wrote below the 32 KiB window (or, on a
    /// board with less free RAM, below the end of the statics).
    #[inline(never)]
    pub fn used_by<T>(f: fn(&mut T), arg: &mut T) -> Option<usize> {
        let top = sp();
        let bottom = top.saturating_sub(WINDOW).max(bounds().0);
        let mut addr = bottom;
        while addr < top {
            // SAFETY: [bottom, top) lies below the stack pointer and above
            // the statics: free stack that nothing live occupies. The
            // writes are volatile so that the compiler cannot turn the
            // loop into a call to `memset`, whose own frame would land in
            // the painted area.
            unsafe { core::ptr::write_volatile(addr as *mut u32, PAINT) };
            addr += 4;
        }
        core::hint::black_box(f)(arg);
        let lowest = lowest_used(bottom, top);
        (lowest > bottom).then_some(top - lowest)
    }
}
