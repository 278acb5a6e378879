#!/usr/bin/env python3
"""Benchmark: nir (libnir binding) vs python-stdnum's stdnum.fr.nir.

Prints, from one run, ns per call and the speed-up of
  * nir.is_valid vs stdnum.fr.nir.is_valid (a Python loop over the inputs),
  * nir.parse (the full decoded ParsedNIR) vs stdnum.fr.nir.validate, on
    the valid compact numbers,
  * nir.validate_many on --count numbers vs a stdnum.fr.nir.is_valid loop.

Usage: python bench.py [--count 1000000] [--calls 200000] [--seed 1]
Inputs: 15-character compact numbers, half with a correct key.
"""

import argparse
import platform
import random
import sys
import time

import nir

try:
    from stdnum.fr import nir as stdnum_nir
except ImportError:  # pragma: no cover
    sys.exit("bench.py needs python-stdnum (Debian: python3-stdnum)")


def make_numbers(count, seed):
    rnd = random.Random(seed)
    pool = []
    for i in range(min(count, 100000)):
        body = "%d%02d%02d%02d%03d%03d" % (
            rnd.choice((1, 2)), rnd.randrange(100), rnd.randint(1, 12),
            rnd.choice([d for d in range(1, 96) if d != 20]),
            rnd.randint(1, 999), rnd.randint(1, 999))
        key = stdnum_nir.calc_check_digits(body)
        if i % 2:
            key = "%02d" % ((int(key) + 1) % 100)
        pool.append(body + key)
    # Distinct str objects, as if read from a file.
    return [("" + pool[i % len(pool)] + " ").rstrip() for i in range(count)]


def best_of(repeat, fn):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000000)
    ap.add_argument("--calls", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    calls = make_numbers(args.calls, args.seed)
    batch = make_numbers(args.count, args.seed + 1)
    assert nir.validate_many(calls) == [stdnum_nir.is_valid(n) for n in calls]

    ours = nir.is_valid
    theirs = stdnum_nir.is_valid

    def per_call(fn, items):
        """Best time of a Python loop calling fn on each item, per item."""
        def loop():
            for n in items:
                fn(n)
        return best_of(args.repeat, loop) / len(items)

    t_nir = per_call(ours, calls)
    t_std = per_call(theirs, calls)
    valid = [n for n in calls if theirs(n)]
    t_parse = per_call(nir.parse, valid)
    t_std_validate = per_call(stdnum_nir.validate, valid)

    t_many = best_of(args.repeat, lambda: nir.validate_many(batch))
    t_nir_loop = best_of(1, lambda: [ours(n) for n in batch])
    t_std_loop = best_of(1, lambda: [theirs(n) for n in batch])

    print("nir %s (libnir %s), stdnum.fr.nir, Python %s on %s"
          % (nir.__version__, nir.lib_version(), platform.python_version(),
             platform.machine()))
    print("%-44s %12s %10s" % ("benchmark", "ns/number", "vs stdnum"))
    print("-" * 68)
    rows = [
        ("stdnum.fr.nir.is_valid, per call", t_std, None),
        ("nir.is_valid, per call", t_nir, t_std / t_nir),
        ("stdnum.fr.nir.validate, per valid number", t_std_validate, None),
        ("nir.parse, per valid number", t_parse, t_std_validate / t_parse),
        ("stdnum is_valid loop, %d numbers" % len(batch),
         t_std_loop / len(batch), None),
        ("nir.is_valid loop, %d numbers" % len(batch),
         t_nir_loop / len(batch), t_std_loop / t_nir_loop),
        ("nir.validate_many, %d numbers" % len(batch),
         t_many / len(batch), t_std_loop / t_many),
    ]
    for name, sec, ratio in rows:
        print("%-44s %12.1f %10s" % (name, sec * 1e9,
                                     "" if ratio is None else
                                     "%.1fx" % ratio))
    print("-" * 68)
    print("targets: is_valid >= 20x (%s), validate_many >= 100x (%s), "
          "parse <= 1500 ns and >= 3x (%s)"
          % ("met" if t_std / t_nir >= 20 else "NOT met",
             "met" if t_std_loop / t_many >= 100 else "NOT met",
             "met" if t_parse <= 1.5e-6 and t_std_validate / t_parse >= 3
             else "NOT met"))


if __name__ == "__main__":
    main()
