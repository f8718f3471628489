#!/usr/bin/env python3
"""Fix the validation subset of the held-out split (validation.tsv), the set decoding is tuned on.

  /usr/bin/python3 models/data/validation.py

The held-out split is 91% flowers (307 of 339), so a setting tuned on all of it is tuned for
flowers. The validation subset keeps every held-out photo of the other source groups and only
FLOWERS_PER_NON_FLOWER times as many flower photos (the lowest sha1 of the file name, as in
split.py), so flowers are about a third of it — the share the training sampler gives them. Written
before any decoding setting was tuned on it; Kodak is never part of it.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from split import name_hash  # noqa: E402

FLOWERS = "tf_flowers"
FLOWERS_PER_NON_FLOWER = 0.5


def validation_rows(split_rows):
    """The held-out rows kept for validation, in split.tsv's order."""
    held = [r for r in split_rows if r["split"] == "heldout"]
    others = [r for r in held if r["group"] != FLOWERS]
    flowers = sorted((r for r in held if r["group"] == FLOWERS), key=lambda r: name_hash(r["file"]))
    keep = {r["file"] for r in flowers[: round(len(others) * FLOWERS_PER_NON_FLOWER)]}
    return [r for r in held if r["group"] != FLOWERS or r["file"] in keep]


def main():
    split = os.path.join(HERE, "split.tsv")
    with open(split, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = validation_rows(rows)
    with open(os.path.join(HERE, "validation.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["file", "split", "group", "subject"])
        for r in out:
            w.writerow([r["file"], "heldout", r["group"], r["subject"]])
    groups = {}
    for r in out:
        groups[r["group"]] = groups.get(r["group"], 0) + 1
    print(f"validation.tsv: {len(out)} photos", ", ".join(f"{g} {n}" for g, n in sorted(groups.items())))


if __name__ == "__main__":
    main()
