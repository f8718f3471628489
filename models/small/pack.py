#!/usr/bin/env python3
"""A small copy of the photos for a lent GPU machine, which takes at most 64 MiB with the repository.

  /usr/bin/python3 models/small/pack.py [--out models/data/pack] [--short 240] [--quality 75]

Every photo of models/data/split.tsv, scaled down (box filter) so that its short side is at most
--short pixels, re-encoded as JPEG at --quality, under the same relative path. --short 240 is the
largest a 160 px view ever needs (cache.py scales the short side to crop x U(1, 1.5)); most
tf_flowers photos are 227 px already. The cache made from the pack is not byte-identical to one
made from the originals (one more resampling, one more JPEG encoding), so the run that used it says
so (cache.py --photos). Deterministic: the same photos give the same bytes.
"""
import argparse
import os
import sys

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(MODELS, "data"))
from split import read_split  # noqa: E402


def pack_photo(src, dest, short, quality):
    im = Image.open(src).convert("RGB")
    w, h = im.size
    s = short / min(w, h)
    if s < 1:
        im = im.resize((max(1, round(w * s)), max(1, round(h * s))), Image.BOX)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    im.save(dest + ".tmp", "JPEG", quality=quality)
    os.replace(dest + ".tmp", dest)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(MODELS, "data"))
    ap.add_argument("--out", default=os.path.join(MODELS, "data", "pack"))
    ap.add_argument("--short", type=int, default=240)
    ap.add_argument("--quality", type=int, default=75)
    args = ap.parse_args(argv)
    total = 0
    rows = read_split(os.path.join(args.data, "split.tsv"))
    for r in rows:
        src = os.path.join(args.data, "photos", r["file"])
        if not os.path.exists(src):
            raise SystemExit(f"{src}: missing; run models/data/fetch.sh first")
        dest = os.path.join(args.out, r["file"])
        if not os.path.exists(dest):
            pack_photo(src, dest, args.short, args.quality)
        total += os.path.getsize(dest)
    print(f"{len(rows)} photos, {total / 2**20:.1f} MiB in {args.out}")


if __name__ == "__main__":
    main()
