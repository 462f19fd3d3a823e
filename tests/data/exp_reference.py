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

# The 50 inputs, of 3,000,000 screened, where constnet's exp was farthest
# from the true e^x (0.9968 to 1.0052 ulp). Found once by running exp on
# SplitMix64 points (seed 777: 2,000,000 uniform in [-745.1, 709.7), then
# 1,000,000 in [-1, 1)) and comparing with mpmath at 100 bits; kept here as
# bit patterns so that the table needs no Rust to rebuild.
HARDEST = [
    0x3fe1fa372d44d6f8, 0x3fe6924dfc916b64, 0x3fe696ee0c5cedda, 0x3fe697853ef2a2aa,
    0x404c6cda0ce9ce80, 0x404dcfb64bb3ef30, 0x406026aaf19d928c, 0x4067fbdc322480ec,
    0x40685491d8d97a88, 0x406d5347ece37254, 0x406e0c7e4b4e3fec, 0x406f0dbee766c8b4,
    0x4071e236d786332a, 0x4071f8681d9997a2, 0x407774fb13481e82, 0x4078af68f638a6ee,
    0x407b13acc6bba276, 0x407d9027280b7446, 0x407e62de6bd84b06, 0x407eec6afa8548ba,
    0x40805211a467b5fd, 0x40819365a9ade259, 0x4081cd161139db5b, 0x4082dc93eeda35f7,
    0x40834bb52643deeb, 0x4085ccb52249fe55, 0xbfc0c776ea31bcd0, 0xbfc45c3cd92e6478,
    0xbfe5c561f24e5f5c, 0xbfe5cd65bac08ce8, 0xbfea5d16579fdf2a, 0xbfeeddd3abe1befe,
    0xc03012b762fdbfe0, 0xc032656afefc2ae0, 0xc047493c80ee5660, 0xc049a3d93eed8710,
    0xc04bca8e37290c40, 0xc0539d433b91e680, 0xc0612bf6fe401270, 0xc06b69c9ad7e4d60,
    0xc06e6a046ea80bcc, 0xc07290a9b47d1f1a, 0xc0784927d26b507c, 0xc07a004f4b0d812b,
    0xc07eb6de45c52070, 0xc07f0b4460fd4b92, 0xc07fb5f388afa8f2, 0xc081b901ba7b9438,
    0xc0827d50d4dbc06d, 0xc0834dcc609d6b13,
]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def bits(v):
    return struct.unpack("<Q", struct.pack("<d", v))[0]


def next_up(v):
    if v == 0.0:
        return from_bits(1)
    b = bits(v)
    return from_bits(b + 1 if v > 0 else b - 1)


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
        ("the 50 largest errors found on 3,000,000 points", [from_bits(b) for b in HARDEST]),
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
