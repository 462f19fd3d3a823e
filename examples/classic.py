"""The classic experiment in numpy: the program the crate reproduces.

A 3-4-1 sigmoid network is trained for 60000 full-batch steps at learning
rate 1 on four samples, printing the mean absolute error every 10000 steps
and the weights at the end. The post this crate grew from,
https://blog.csdn.net/ljp1919/article/details/79948742, runs it from weights
all 0, all 2, and uniform in [-1, 1) after np.random.seed(1).

    python3 examples/classic.py

prints the same text as `cargo run --release --example classic`: each
start's heading, then what numpy prints for it, and last how many of the
four hidden units each start left distinct. With a start on the command
line it runs only that start and prints only numpy's text, which is what the
files tests/data/classic_*.txt hold:

    python3 examples/classic.py zeros
    python3 examples/classic.py constant 50
    python3 examples/classic.py uniform -0.001 0.001

Uniform weights are drawn as constnet's Init::Uniform draws them:
low + (high - low) * u for each u of np.random.random, first the 3 x 4 matrix
and then the 4 x 1 one, after np.random.seed(1). For [-1, 1) that is the
post's 2 * np.random.random(shape) - 1, bit for bit.

Nothing in the crate needs this script or Python; it is here so a reader can
check the reproduction. The data files were made with Python 3.11.7 and
numpy 2.4.6 on x86_64 Linux. numpy's overflow warnings (for large starts) go
to stderr and are not part of the text.
"""

import sys

import numpy as np

X = np.array([[0.5, 0.9, 1.0], [2.0, 1.0, 1.0], [0.3, 0.6, 1.0], [1.5, 0.9, 0.6]])
Y = np.array([[1.0], [3.0], [2.0], [0.0]])
STEPS = 60000
REPORT_EVERY = 10000
SEED = 1

CANONICAL = [
    ("weights all 0", ["zeros"]),
    ("weights all 2", ["constant", "2"]),
    ("weights uniform in [-1, 1), np.random.seed(1)", ["uniform", "-1", "1"]),
]


def nonlin(x, deriv=False):
    """The sigmoid, or with deriv=True its slope written in its output."""
    if deriv:
        return x * (1 - x)
    return 1 / (1 + np.exp(-x))


def uniform(low, high, shape):
    """Weights uniform in [low, high); a draw that rounds up to high is
    moved one float below it, as constnet does."""
    w = low + (high - low) * np.random.random(shape)
    return np.where(w >= high, np.nextafter(high, -np.inf), w)


def starting_weights(args):
    """syn0 (3 x 4) and syn1 (4 x 1) for a start named on the command line."""
    np.random.seed(SEED)
    if args == ["zeros"]:
        return np.zeros((3, 4)), np.zeros((4, 1))
    if len(args) == 2 and args[0] == "constant":
        c = float(args[1])
        return np.full((3, 4), c), np.full((4, 1), c)
    if len(args) == 3 and args[0] == "uniform":
        low, high = float(args[1]), float(args[2])
        syn0 = uniform(low, high, (3, 4))
        syn1 = uniform(low, high, (4, 1))
        return syn0, syn1
    sys.exit("usage: classic.py [zeros | constant C | uniform LOW HIGH]")


def run(syn0, syn1):
    """Trains from syn0 and syn1, printing what the post's program prints."""
    for j in range(STEPS):
        l0 = X
        l1 = nonlin(np.dot(l0, syn0))
        l2 = nonlin(np.dot(l1, syn1))
        l2_error = Y - l2
        if (j % REPORT_EVERY) == 0:
            print("Error:" + str(np.mean(np.abs(l2_error))))
        l2_delta = l2_error * nonlin(l2, deriv=True)
        l1_error = l2_delta.dot(syn1.T)
        l1_delta = l1_error * nonlin(l1, deriv=True)
        syn1 += l1.T.dot(l2_delta)
        syn0 += l0.T.dot(l1_delta)
    print("Output After Training:")
    print("W1=", syn0)
    print("W2=", syn1)
    return syn0, syn1


def distinct_hidden_units(syn0, syn1):
    """Hidden unit h is column h of syn0 with row h of syn1; counts the units
    that differ from every earlier one in at least one weight."""
    units = [tuple(syn0[:, h]) + tuple(syn1[h, :]) for h in range(syn0.shape[1])]
    return sum(1 for h in range(len(units)) if units[h] not in units[:h])


def main():
    if len(sys.argv) > 1:
        run(*starting_weights(sys.argv[1:]))
        return
    distinct = []
    for heading, args in CANONICAL:
        print(f"== {heading} ==")
        distinct.append(distinct_hidden_units(*run(*starting_weights(args))))
    print("== what the starts did to the 4 hidden units ==")
    for (heading, _), units in zip(CANONICAL, distinct):
        if units == 1:
            meaning = "they got the same gradient at every step and still act as one"
        else:
            meaning = "the random start made them differ, and they learned different things"
        print(f"{heading}: {units} distinct, {meaning}")


if __name__ == "__main__":
    main()
