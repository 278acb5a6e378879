#!/usr/bin/env python3
"""gen_dsn.py N OUT -- a made-up DSN of N employees for bench/dsn_bench.sh.

Deterministic (fixed seed). Each employee has a number (13 characters,
DSN), sex, birth date DDMMYYYY, commune name, département and country of
birth, matricule, and a contract block; 5 % are born abroad, 2 % carry a
day/month swap, 1 % an invalid month. No real person or number.
"""
import random
import sys

COUNTRIES = [("US", "404"), ("MA", "350"), ("DZ", "352"), ("PT", "139"),
             ("BR", "437"), ("DE", "109")]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(2026)
    lines = ["S10.G00.00.001,'Bench'", "S20.G00.05.001,'01'",
             "S21.G00.06.001,'123456782'", "S21.G00.11.001,'00012'"]
    for i in range(n):
        sex = rnd.choice("12")
        year = rnd.randint(1950, 2005)
        month = rnd.randint(1, 12)
        day = rnd.randint(1, 28)
        if rnd.random() < 0.05:
            iso, code = rnd.choice(COUNTRIES)
            dept, place, body_place = "99", "ETRANGER", "99" + code
        else:
            dept = "%02d" % rnd.choice([d for d in range(1, 96) if d != 20])
            iso, place, body_place = "FR", "COMMUNE", dept + "%03d" % rnd.randint(1, 300)
        carried = month
        r = rnd.random()
        if r < 0.02 and day <= 12 and day != month:
            carried = day  # the day/month mix-up
        elif r < 0.03:
            carried = 13   # invalid month
        nir = "%s%02d%02d%s%03d" % (sex, year % 100, carried, body_place,
                                    rnd.randint(1, 999))
        lines += ["S21.G00.30.001,'%s'" % nir,
                  "S21.G00.30.002,'NOM'",
                  "S21.G00.30.004,'PRENOM'",
                  "S21.G00.30.005,'0%s'" % sex,
                  "S21.G00.30.006,'%02d%02d%d'" % (day, month, year),
                  "S21.G00.30.007,'%s'" % place,
                  "S21.G00.30.014,'%s'" % dept,
                  "S21.G00.30.015,'%s'" % iso,
                  "S21.G00.30.019,'M%07d'" % i,
                  "S21.G00.40.001,'01012020'",
                  "S21.G00.40.007,'01'"]
    lines += ["S90.G00.90.001,'%d'" % (len(lines) + 2), "S90.G00.90.002,'1'"]
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
