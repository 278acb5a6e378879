#!/usr/bin/env python3
"""Convert the commune list of the npm package @etalab/decoupage-administratif
into data/insee_communes.csv (compact, committed).

Usage:
    npm pack @etalab/decoupage-administratif      # gives the .tgz
    /usr/bin/python3 tools/import_communes.py etalab-decoupage-administratif-X.Y.Z.tgz

Writes data/insee_communes.csv and data/insee_communes.provenance. Then run
tools/gen_communes.py to regenerate lib/civil/civil_communes_table.c. The
build itself never needs npm nor this script. Standard library only.

CSV columns (one row per commune entry of the package):
  code      INSEE code of the entry ("14118", "2A004", "75115")
  type      C current commune, D delegated, A associated, M municipal arrondissement
  name      name as INSEE writes it
  parent    current commune an entry belongs to (D, A: its chef-lieu; M: the city)
  postal    La Poste codes, space separated
  former    former INSEE codes merged into it (anciensCodes), space separated
"""
import csv
import datetime
import hashlib
import json
import os
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TYPES = {
    "commune-actuelle": "C",
    "commune-deleguee": "D",
    "commune-associee": "A",
    "arrondissement-municipal": "M",
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tgz = sys.argv[1]
    with open(tgz, "rb") as f:
        sha256 = hashlib.sha256(f.read()).hexdigest()
    with tarfile.open(tgz) as tar:
        package = json.load(tar.extractfile("package/package.json"))
        communes = json.load(tar.extractfile("package/data/communes.json"))
        readme = tar.extractfile("package/README.md").read().decode("utf-8")
    if package["name"] != "@etalab/decoupage-administratif":
        sys.exit("not the @etalab/decoupage-administratif package")
    # The README's table "Année | Version du package" gives the COG year.
    cog_year = ""
    for line in readme.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 2 and cells[2] == package["version"]:
            cog_year = cells[1]
    rows = []
    for c in communes:
        kind = TYPES[c["type"]]
        parent = c.get("chefLieu", c.get("commune", ""))
        rows.append((c["code"], kind, c["nom"], parent,
                     " ".join(c.get("codesPostaux", [])),
                     " ".join(c.get("anciensCodes", []))))
    rows.sort(key=lambda r: (r[0], "CMDA".index(r[1]), r[2]))
    out = os.path.join(ROOT, "data", "insee_communes.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "type", "name", "parent", "postal", "former"])
        w.writerows(rows)
    with open(os.path.join(ROOT, "data", "insee_communes.provenance"), "w",
              encoding="utf-8") as f:
        f.write("package=%s\n" % package["name"])
        f.write("version=%s\n" % package["version"])
        f.write("tarball=%s\n" % os.path.basename(tgz))
        f.write("tarball_sha256=%s\n" % sha256)
        f.write("imported=%s\n" % datetime.date.today().isoformat())
        f.write("cog_year=%s\n" % cog_year)
        f.write("package_licence=%s (code); data: Licence Ouverte 2.0 "
                "(INSEE COG, La Poste base officielle des codes postaux)\n"
                % package["license"])
        f.write("attribution=Source : Insee, Code officiel g\u00e9ographique; "
                "La Poste, base officielle des codes postaux\n")
        f.write("rows=%d\n" % len(rows))


if __name__ == "__main__":
    main()
