#!/usr/bin/env python3
"""Fix the held-out split of models/data/manifest.tsv (before any training) in split.tsv.

  /usr/bin/python3 models/data/split.py

A photo is held out when the first 8 hex digits of sha1(file name) modulo 100 fall below
HELDOUT_PERCENT: the choice depends on the name alone, so adding photos later never moves an
existing photo between the splits. A source too small to hold out at least MIN_HELDOUT that way
gets its MIN_HELDOUT lowest-hash photos held out (if it has at least 2 * MIN_HELDOUT photos).
KlasLab-tiny's six held-out photos (models/klaslab-tiny/heldout.json) are held out here too: the
demo's sample photos are among them, and both models must be strangers to them. So is every
photo <ai-gallery> may show as one the model never saw (its candidates.mjs).
Also writes each photo's source group (the unit the sampler balances) and subject.
"""
import csv
import hashlib
import json
import os
import pathlib
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from subjects import group_of, subject_of  # noqa: E402

HELDOUT_PERCENT = 10
MIN_HELDOUT = 2


def name_hash(file):
    return int(hashlib.sha1(file.encode("utf-8")).hexdigest()[:8], 16)


TINY_HELDOUT = os.path.join(os.path.dirname(HERE), "klaslab-tiny", "heldout.json")


def forced_heldout(path=TINY_HELDOUT):
    with open(path, encoding="utf-8") as f:
        return set(json.load(f)["held_out_photos"])


GALLERY_CANDIDATES = os.path.join(HERE, "..", "..", "packages", "elements", "scripts", "gallery",
                                  "candidates.mjs")


def gallery_sources(path=GALLERY_CANDIDATES):
    """(package, source path) of every <ai-gallery> candidate the gallery presents as a photo
    the model never learnt from (all but those marked allowTraining). Read with node: the list
    lives once, in the gallery's own module."""
    script = ("const { CANDIDATES } = await import(process.argv[1]);"
              "console.log(JSON.stringify(CANDIDATES.filter((c) => !c.allowTraining)"
              ".map((c) => [c.pkg, c.path])));")
    out = subprocess.run(["node", "--input-type=module", "-e", script, pathlib.Path(path).resolve().as_uri()],
                         check=True, capture_output=True, text=True).stdout
    # A file inside a Qt resource bundle is listed in the manifest by its path inside the bundle.
    return {(pkg, p.split("!", 1)[1].split("gcompris/", 1)[-1] if p.startswith("rcc:") else p)
            for pkg, p in json.loads(out)}


def gallery_heldout(rows, sources):
    """Manifest files the gallery shows as unseen: a cut-out's source path carries a #suffix."""
    return {r["file"] for r in rows
            if (r["package"], r["source_path"].split("#", 1)[0]) in sources}


def assign(rows, forced=frozenset()):
    """rows: manifest dicts -> {file: "heldout" | "train"}; `forced` files are always held out."""
    out = {r["file"]: ("heldout" if name_hash(r["file"]) % 100 < HELDOUT_PERCENT
                       or r["file"] in forced else "train") for r in rows}
    by_group = defaultdict(list)
    for r in rows:
        by_group[group_of(r)].append(r["file"])
    for files in by_group.values():
        held = sum(out[f] == "heldout" for f in files)
        if held < MIN_HELDOUT and len(files) >= 2 * MIN_HELDOUT:
            for f in sorted(files, key=name_hash)[:MIN_HELDOUT - held]:
                out[f] = "heldout"
    return out


def read_manifest(path=os.path.join(HERE, "manifest.tsv")):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_split(path=os.path.join(HERE, "split.tsv")):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main():
    rows = read_manifest()
    split = assign(rows, forced_heldout() | gallery_heldout(rows, gallery_sources()))
    with open(os.path.join(HERE, "split.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tsplit\tgroup\tsubject\n")
        for r in sorted(rows, key=lambda r: r["file"]):
            f.write(f"{r['file']}\t{split[r['file']]}\t{group_of(r)}\t{subject_of(r)}\n")
    c = Counter((group_of(r), split[r["file"]]) for r in rows)
    for g in sorted({k[0] for k in c}):
        print(f"  {g}: {c[(g, 'train')]} train, {c[(g, 'heldout')]} held out")


if __name__ == "__main__":
    main()
