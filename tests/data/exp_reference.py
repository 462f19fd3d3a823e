"""Writes tests/data/exp_reference.txt: inputs x with the correctly rounded e^x.

Run from the repository root:  python3 tests/data/exp_reference.py

Each data line is "xbits ybits offset":
  xbits   the input, as the 16 hex digits of its f64 bit pattern;
  ybits   e^x rounded to the nearest f64 (ties to even, subnormals and the
          overflow to +inf included), as 16 hex digits;
  offset  (e^x - y) / ulp(y), rounded to 4 decimals: where the true value
          lies relative to y, in units of ulp(y), the gap from y to the next
          f64 away from zero (2^-1074 for y = 0). It lies in [-0.5, 0.5] and
          is "-" when y is +inf.
Lines starting with "#" are comments; "# section NAME" starts a group of
points, so the test can report each group.

e^x is computed with mpmath at 256 bits and again at 320 bits; both must
round to the same f64 and lie clear of a rounding tie, or the script stops.
The rounding to f64 is done here on exact integers, not by float(), which
would round subnormal results twice.

The points are drawn with Python's own Mersenne Twister, seeded, so the
script writes the same file every time.
"""

import math
import platform
import random
import struct
from fractions import Fraction

import mpmath

# The largest x whose e^x is finite, the smallest whose e^x rounds to the
# smallest subnormal, and the x where e^x crosses 2^-1022 (f64::MIN_POSITIVE).
LAST_FINITE = 709.782712893384
LAST_NONZERO = -745.1332191019411
SUBNORMAL_START = -708.3964185322641

def bits(v):
    return struct.unpack("<Q", struct.pack("<d", v))[0]


def next_up(v):
    if v == 0.0:
        return struct.unpack("<d", struct.pack("<Q", 1))[0]
    b = bits(v)
    b = b + 1 if v > 0 else b - 1
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def next_down(v):
    return -next_up(-v)


def exp_exact(x, prec):
    """e^x at `prec` bits, as an exact Fraction."""
    with mpmath.workprec(prec):
        man, exp = mpmath.exp(mpmath.mpf(x)).man_exp
    return Fraction(man) * Fraction(2) ** exp


def quantum(v):
    """The spacing of f64s at the positive value v (a Fraction): 2^(e-52) for
    v in [2^e, 2^(e+1)), but never below the subnormal spacing 2^-1074."""
    e = v.numerator.bit_length() - v.denominator.bit_length()
    if Fraction(2) ** e > v:
        e -= 1
    return Fraction(2) ** max(e - 52, -1074)


def round_to_f64(v):
    """v (a positive Fraction) rounded to the nearest f64, ties to even, with
    the distance from the nearest tie in units of the quantum."""
    q = quantum(v)
    scaled = v / q
    whole = scaled.numerator // scaled.denominator
    frac = scaled - whole
    if frac > Fraction(1, 2) or (frac == Fraction(1, 2) and whole % 2 == 1):
        whole += 1
    y = whole * q
    tie_distance = abs(frac - Fraction(1, 2))
    # Rounding to 2^1024 or beyond is the overflow to +inf.
    if y >= Fraction(2) ** 1024:
        return math.inf, tie_distance
    return float(y), tie_distance


def reference(x):
    results = []
    for prec in (256, 320):
        v = exp_exact(x, prec)
        y, tie_distance = round_to_f64(v)
        # The 256-bit value is within 2^-250 of e^x relative to it, so a
        # distance from the tie far above that decides the rounding.
        assert tie_distance > Fraction(1, 2**150), x
        results.append((y, v))
    (y, v), (y2, _) = results
    assert bits(y) == bits(y2), x
    if y == math.inf:
        return y, "-"
    ulp = quantum(Fraction(y)) if y > 0 else Fraction(1, 2**1074)
    offset = (v - Fraction(y)) / ulp
    assert abs(offset) <= Fraction(1, 2)
    return y, f"{float(offset):+.4f}"


def stratified(rng, low, high, count):
    """`count` points, one drawn uniformly from each of `count` equal slices
    of [low, high), so they cover it evenly."""
    width = (high - low) / count
    return [low + (i + rng.random()) * width for i in range(count)]


def walk(limit, count):
    """`count` consecutive f64s, half of them below `limit`."""
    x = limit
    for _ in range(count // 2):
        x = next_down(x)
    points = []
    for _ in range(count):
        points.append(x)
        x = next_up(x)
    return points


def sections():
    rng = random.Random(2024)
    tiny = []
    for e in range(0, 1075):
        # |x| = (1 + u) * 2^-e, every size down to the smallest subnormal.
        x = (1.0 + rng.random()) * 2.0**-e
        if x == 0.0:
            x = 5e-324
        tiny += [x, -x]
    return [
        ("whole range [-745.2, 709.8], stratified", stratified(rng, -745.2, 709.8, 3000)),
        ("every integer from -745 to 709", [float(k) for k in range(-745, 710)]),
        ("|x| = (1 + u) * 2^-e for e = 0..1074, both signs", tiny),
        ("[-1, 1], stratified", stratified(rng, -1.0, 1.0, 1500)),
        ("subnormal results [LAST_NONZERO, SUBNORMAL_START], stratified",
         stratified(rng, LAST_NONZERO, SUBNORMAL_START, 1200)),
        ("results near 2^-1022: [-709, -707.5], stratified", stratified(rng, -709.0, -707.5, 250)),
        ("near overflow: [709, LAST_FINITE], stratified", stratified(rng, 709.0, LAST_FINITE, 250)),
        ("near underflow: [-745.2, -744], stratified", stratified(rng, -745.2, -744.0, 250)),
        ("128 consecutive f64s across LAST_FINITE", walk(LAST_FINITE, 128)),
        ("128 consecutive f64s across LAST_NONZERO", walk(LAST_NONZERO, 128)),
        ("128 consecutive f64s across SUBNORMAL_START", walk(SUBNORMAL_START, 128)),
    ]


def main():
    lines = [
        "# Inputs x and e^x correctly rounded to f64: xbits ybits offset.",
        "# offset = (e^x - y) / ulp(y), 4 decimals; \"-\" when y = +inf.",
        "# Written by tests/data/exp_reference.py (see its docstring) with",
        f"# Python {platform.python_version()} and mpmath {mpmath.__version__}.",
    ]
    total = 0
    for name, points in sections():
        lines.append(f"# section {name}")
        for x in points:
            y, offset = reference(x)
            lines.append(f"{bits(x):016x} {bits(y):016x} {offset}")
            total += 1
    lines.insert(4, f"# {total} points.")
    with open("tests/data/exp_reference.txt", "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
