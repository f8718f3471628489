#!/usr/bin/env python3
"""Fetch the pretrained encoder of KlasLab-small and prove that its import is right.

  /usr/bin/python3 models/encoder.py [--git google-coral/test_data=/path/to/mirror.git]

1. Reads `mobilenet_v2_1.0_224_quant.tflite` and five test photos at a fixed commit of
   google-coral/test_data (Apache-2.0) into models/data/raw/encoder/ and checks the file's sha256.
2. Imports it into torchvision's MobileNetV2 (klaslab/tflite.py + klaslab/mobilenet.py).
3. Classifies the photos: each must get its expected ImageNet class as the top-1 answer (the
   same photos and labels Coral's own tests use). The result goes to
   models/klaslab-small/encoder-check.json; the script fails if any photo is wrong.
"""
import argparse
import hashlib
import json
import os
import sys

import numpy as np
import torch
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "data"))
import github  # noqa: E402
from klaslab.mobilenet import mobilenet_v2_from_tflite, preprocess  # noqa: E402

REPO = "google-coral/test_data"
COMMIT = "104342d2d3480b3e66203073dac24f4e2dbb4c41"
TFLITE = "mobilenet_v2_1.0_224_quant.tflite"
TFLITE_SHA256 = "7aad0c74c5e3c06e5eb3c827e13304fdd68a83da6087d92ee169c24ff9fd4776"
LABELS = "imagenet_labels.txt"
# photo -> the expected top-1 label (line of imagenet_labels.txt, 0 = background)
EXPECTED = {
    "cat.bmp": "Egyptian cat",
    "grace_hopper.bmp": "military uniform",
    "bird.bmp": "chickadee",
    "dragonfly.bmp": "dragonfly, darning needle, devil's darning needle, sewing needle, snake "
                     "feeder, snake doctor, mosquito hawk, skeeter hawk",
    "hot_dog.jpg": "hotdog, hot dog, red hot",
}
RAW = os.path.join(HERE, "data", "raw", "encoder")


def tflite_path():
    return os.path.join(RAW, TFLITE)


def fetch(overrides, names=(TFLITE, LABELS, "LICENSE", *EXPECTED)):
    """Copy the model, labels and photos (or only `names`) out of the repository (once); check
    the model's sha256."""
    os.makedirs(RAW, exist_ok=True)
    gd = None
    for name in names:
        dest = os.path.join(RAW, name)
        if not os.path.exists(dest):
            gd = gd or github.git_dir(REPO, overrides, os.path.join(HERE, "data", "raw"))
            with open(dest, "wb") as f:
                f.write(github.show(gd, COMMIT, name))
    digest = hashlib.sha256(open(tflite_path(), "rb").read()).hexdigest()
    if digest != TFLITE_SHA256:
        raise SystemExit(f"{tflite_path()}: sha256 {digest}, expected {TFLITE_SHA256}")


def load_encoder_net():
    """The imported ImageNet MobileNetV2 (fetch() first)."""
    return mobilenet_v2_from_tflite(open(tflite_path(), "rb").read())


def classify(net, labels):
    rows = {}
    for name, want in EXPECTED.items():
        rgb = np.asarray(Image.open(os.path.join(RAW, name)).convert("RGB"))
        with torch.no_grad():
            p = torch.softmax(net(preprocess(rgb)), 1)[0]
        top = p.topk(3)
        got = [{"label": labels[int(i)], "p": round(float(v), 4)} for v, i in zip(top.values, top.indices)]
        rows[name] = {"expected": want, "top3": got, "ok": got[0]["label"] == want}
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--git", action="append", default=[], metavar="OWNER/NAME=GITDIR")
    ap.add_argument("--out", default=os.path.join(HERE, "klaslab-small", "encoder-check.json"))
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    fetch(github.parse_overrides(args.git))
    labels = open(os.path.join(RAW, LABELS), encoding="utf-8").read().splitlines()
    rows = classify(load_encoder_net(), labels)
    for name, r in rows.items():
        print(f"{'ok  ' if r['ok'] else 'FAIL'} {name}: {r['top3'][0]['label'][:40]} "
              f"({r['top3'][0]['p']:.3f}); expected {r['expected'][:40]}")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"source": f"https://github.com/{REPO}/blob/{COMMIT}/{TFLITE}",
                   "sha256": TFLITE_SHA256, "preprocess": "central 87.5% crop, 224x224 bilinear, "
                   "RGB scaled to [-1, 1]", "photos": rows}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    if not all(r["ok"] for r in rows.values()):
        raise SystemExit("the imported encoder misclassified a test photo: the import is wrong")
    print(f"encoder import proven: {len(rows)}/{len(rows)} photos right -> {args.out}")


if __name__ == "__main__":
    main()
