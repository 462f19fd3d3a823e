"""Writes tests/data/pyfloat_repr.txt: f64 bit patterns with Python's repr.

    python3 tests/data/pyfloat_repr.py > tests/data/pyfloat_repr.txt

Each line is `hexbits repr`: the 16 hex digits of an f64's bit pattern and
what Python's repr(float) prints for it. The values are drawn from a fixed
seed, in six groups so that every branch of the layout is hit often:
every power of two, 2^-1074 to 2^1023 (the only floats whose neighbours
are closer on one side, which PyFloat treats apart); each power of ten from 1e-10 to 1e25, either sign, with the floats just
below and above it (the thresholds 1e-4 and 1e16 among them); any 64-bit
pattern (mostly huge or tiny magnitudes, some nan and inf);
magnitudes 10^k for k spread across the positional thresholds -4 and 16;
whole numbers below and above 2^53; and subnormals. Every value is also
checked against str(np.float64(x)), which is what the numpy program prints,
so the table stands for both.

Made with Python 3.11.7 and numpy 2.4.6. tests/pyfloat.rs reads the table;
neither the build nor the tests run this script.
"""

import math
import platform
import random
import struct

import numpy as np


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def value(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def patterns(rng):
    for e in range(-1074, 1024):
        yield bits(math.ldexp(1.0, e))
    for k in range(-10, 26):
        for x in (float(f"1e{k}"), -float(f"1e{k}")):
            yield bits(x) - 1
            yield bits(x)
            yield bits(x) + 1
    for _ in range(600):
        yield rng.getrandbits(64)
    for _ in range(1000):
        k = rng.uniform(-8.0, 20.0)
        x = rng.choice([-1.0, 1.0]) * 10.0**k
        yield bits(x)
    for _ in range(400):
        n = rng.randrange(1, 2**rng.randrange(1, 64))
        yield bits(float(rng.choice([-1, 1]) * n))
    for _ in range(300):
        yield rng.randrange(1, 2**52) | (rng.getrandbits(1) << 63)


def main():
    rng = random.Random(20240515)
    print(f"# Made by tests/data/pyfloat_repr.py with Python "
          f"{platform.python_version()} and numpy {np.__version__}.")
    print("# hexbits repr(float)")
    for b in patterns(rng):
        x = value(b)
        text = repr(x)
        assert str(np.float64(x)) == text, (x, text, str(np.float64(x)))
        print(f"{b:016x} {text}")


if __name__ == "__main__":
    main()
