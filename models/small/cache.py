#!/usr/bin/env python3
"""Precompute the frozen encoder's features for KlasLab-small's decoder training (CPU-friendly).

  /usr/bin/python3 models/small/cache.py [--crop 160] [--views tf_flowers=1,default=6]

For every photo of models/data/split.tsv (train: several augmented views; held out: one centre
view, for the validation loss only), runs the ImageNet MobileNetV2 encoder (klaslab.small.Encoder,
weights from models/encoder.py) once and stores its three taps (stride 4, 8, 16) and the target
ab (CIELAB a*b* averaged over each 4x4 block, AB_STRIDE) in float16 shards under models/data/cache/<tag>/.
The encoder runs in onnxruntime-node (models/small/encode.mjs): this PyTorch CPU build is ~40x
slower on MobileNetV2's depthwise convolutions. A view: the photo scaled so its short side is crop x U(1, 1.5), a random crop x crop window,
a horizontal flip with probability 1/2 and an exposure change in linear light x U(0.8, 1.2)
(changes L, keeps chromaticity). Every view's randomness comes from (file name, view number),
so the cache is the same on every run. Shards already written are kept (resumable).
Groups with few photos get more views (--views) so that the balanced sampler sees variety.
--device cuda runs the encoder in PyTorch on a GPU instead (same network and weights; used on a
lent GPU machine with the small photo copy of models/small/pack.py, --photos models/data/pack).
"""
import argparse
import hashlib
import os
import subprocess
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.dirname(HERE)
sys.path.insert(0, MODELS)
sys.path.insert(0, os.path.join(MODELS, "data"))
import encoder as encoder_fetch  # noqa: E402
from klaslab.color import srgb_to_lab_torch  # noqa: E402
from klaslab.small import TAP_CHANNELS, Encoder  # noqa: E402
from split import read_split  # noqa: E402

SHARD = 256
AB_STRIDE = 4  # targets are cached at stride 4; a stride-8 model pools them 2x2


def parse_views(spec):
    out = {}
    for part in spec.split(","):
        k, _, v = part.partition("=")
        out[k.strip()] = int(v)
    if "default" not in out:
        raise SystemExit(f"--views {spec!r}: needs a default=N entry")
    return out


def view_rng(file, v):
    return np.random.default_rng(int(hashlib.sha1(f"{file}#{v}".encode()).hexdigest()[:12], 16))


def make_view(img, crop, rng, train):
    """PIL RGB -> float32 [3, crop, crop] in 0..1 (see the module docstring)."""
    w, h = img.size
    short = crop * (rng.uniform(1.0, 1.5) if train else 1.0)
    s = short / min(w, h)
    nw, nh = max(crop, round(w * s)), max(crop, round(h * s))
    im = img.resize((nw, nh), Image.BILINEAR if s > 1 else Image.BOX)
    if train:
        x0, y0 = int(rng.integers(0, nw - crop + 1)), int(rng.integers(0, nh - crop + 1))
    else:
        x0, y0 = (nw - crop) // 2, (nh - crop) // 2
    im = im.crop((x0, y0, x0 + crop, y0 + crop))
    if train and rng.random() < 0.5:
        im = im.transpose(Image.FLIP_LEFT_RIGHT)
    rgb = np.asarray(im, np.float32) / 255.0
    if train:
        lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        lin = np.clip(lin * rng.uniform(0.8, 1.2), 0, 1)
        rgb = np.where(lin <= 0.0031308, 12.92 * lin, 1.055 * np.maximum(lin, 1e-8) ** (1 / 2.4) - 0.055)
    return rgb.transpose(2, 0, 1).astype(np.float32)


def jobs(rows, views, split):
    """[(file, group, view number)] for one split, in a fixed order."""
    out = []
    for r in rows:
        if r["split"] != split:
            continue
        n = 1 if split == "heldout" else views.get(r["group"], views["default"])
        out += [(r["file"], r["group"], v) for v in range(n)]
    return out


def load_encoder():
    encoder_fetch.fetch({}, names=(encoder_fetch.TFLITE,))  # checks the sha256 (run models/encoder.py once before)
    enc = Encoder()
    enc.load_rgb_features(encoder_fetch.load_encoder_net().features)
    return enc.eval()


def export_encoder(enc, path):
    """The frozen encoder as ONNX (outputs f4, f8, f16; dynamic batch and size) for encode.mjs."""
    torch.onnx.export(enc, torch.zeros(1, 1, 64, 64), path, input_names=["L"],
                      output_names=["f4", "f8", "f16"], opset_version=17,
                      dynamic_axes={"L": {0: "n", 2: "h", 3: "w"}},
                      training=torch.onnx.TrainingMode.EVAL)


def encode_torch(enc, L, device):
    """The same encoder in PyTorch on `device` (a GPU: fast there, unlike depthwise convs on CPU)."""
    with torch.no_grad():
        taps = enc(torch.from_numpy(L).to(device))
    return [t.half().cpu().numpy() for t in taps]


def encode_ort(onnx_path, L, tmp_prefix):
    """Run the encoder in onnxruntime-node (models/small/encode.mjs) on L [N, 1, S, S]."""
    n, _, s, _ = L.shape
    L.astype("<f4").tofile(tmp_prefix + ".L.f32")
    subprocess.run(["node", os.path.join(HERE, "encode.mjs"), onnx_path, tmp_prefix + ".L.f32",
                    str(n), str(s), tmp_prefix], check=True, cwd=os.path.dirname(MODELS))
    out = []
    for name, (c, stride) in zip(("f4", "f8", "f16"), zip(TAP_CHANNELS, (4, 8, 16))):
        f = np.fromfile(f"{tmp_prefix}.{name}.f32", "<f4").reshape(n, c, s // stride, s // stride)
        out.append(f.astype(np.float16))
        os.remove(f"{tmp_prefix}.{name}.f32")
    os.remove(tmp_prefix + ".L.f32")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(MODELS, "data"))
    ap.add_argument("--crop", type=int, default=160)
    ap.add_argument("--views", default="tf_flowers=1,default=6")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--photos", help="the photo folder (default: DATA/photos; models/small/pack.py's copy on a GPU machine)")
    ap.add_argument("--device", default="cpu", help="cpu: the encoder in onnxruntime-node; cuda: in PyTorch on the GPU")
    args = ap.parse_args(argv)
    if args.crop % 16:
        raise SystemExit("--crop must be a multiple of 16")
    torch.set_num_threads(args.threads)
    views = parse_views(args.views)
    rows = read_split(os.path.join(args.data, "split.tsv"))
    groups = sorted({r["group"] for r in rows})
    out_dir = os.path.join(args.data, "cache", f"crop{args.crop}-" + args.views.replace("=", "").replace(",", "-"))
    os.makedirs(out_dir, exist_ok=True)
    photos = args.photos or os.path.join(args.data, "photos")
    onnx_path = os.path.join(out_dir, "encoder.onnx")
    if args.device != "cpu":
        gpu_encoder = load_encoder().to(args.device)
    elif not os.path.exists(onnx_path):
        export_encoder(load_encoder(), onnx_path)
    with open(os.path.join(out_dir, "source.txt"), "w") as f:
        f.write(f"photos: {os.path.relpath(photos, MODELS)}\nencoder: {'onnxruntime-node' if args.device == 'cpu' else 'PyTorch ' + args.device}\n")
    t0 = time.time()
    for split in ("heldout", "train"):
        todo = jobs(rows, views, split)
        for k in range(0, len(todo), SHARD):
            path = os.path.join(out_dir, f"{split}-{k // SHARD:04d}.npz")
            if os.path.exists(path):
                continue
            part = todo[k:k + SHARD]
            rgb = np.stack([make_view(Image.open(os.path.join(photos, f)).convert("RGB"),
                                      args.crop, view_rng(f, v), split == "train") for f, _, v in part])
            with torch.no_grad():
                lab = srgb_to_lab_torch(torch.from_numpy(rgb))
                L = ((lab[:, :1] - 50) / 100).numpy()
                ab = F.avg_pool2d(lab[:, 1:], AB_STRIDE).half().numpy()
            f4, f8, f16 = (encode_ort(onnx_path, L, os.path.join(out_dir, "tmp")) if args.device == "cpu"
                           else encode_torch(gpu_encoder, L, args.device))
            np.savez(path + ".tmp.npz", f4=f4, f8=f8, f16=f16, ab=ab,
                     group=np.array([groups.index(g) for _, g, _ in part], np.int16),
                     files=np.array([f for f, _, _ in part]), view=np.array([v for _, _, v in part]))
            os.replace(path + ".tmp.npz", path)
            print(f"{split} {min(k + SHARD, len(todo))}/{len(todo)} views  {time.time() - t0:.0f}s", flush=True)
    with open(os.path.join(out_dir, "groups.txt"), "w") as f:
        f.write("\n".join(groups) + "\n")
    print(f"cache ready: {out_dir}")


if __name__ == "__main__":
    main()
