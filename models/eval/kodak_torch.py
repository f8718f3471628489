#!/usr/bin/env python3
"""Preliminary PyTorch-side evaluation on the Kodak set (evaluation only; never trained on).

The authoritative numbers come from `npm run eval:model` through the real @klaslab/colorize
pipeline. This script mimics that pipeline (L at 256x256 -> logits -> annealed mean at T=0.38 ->
bilinear ab upsampling -> merge with full-resolution L) so we know early whether the model beats
the grey image and a constant "average chroma" (sepia) tint.

  /usr/bin/python3 models/eval/kodak_torch.py --weights models/runs/.../weights.npz \
      [--kodak ../shared/eval/kodak] [--json out.json] [--sheet out.jpg]

Metrics per image: PSNR (RGB, 8-bit), SSIM (mean over R, G, B; Gaussian window 11, sigma 1.5),
colourfulness (Hasler & Suesstrunk 2003) and its ratio to the ground truth's.
"""
import argparse
import glob
import json
import os
import sys

import numpy as np
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from klaslab.bins import ab_bins  # noqa: E402
from klaslab.color import lab_to_srgb_np, srgb_to_lab_np  # noqa: E402
from klaslab.infer import colorize_rgb, load_model  # noqa: E402


def psnr(a, b):
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return float(10 * np.log10(255.0 ** 2 / max(mse, 1e-12)))


def _gauss_filter(x, sigma=1.5, size=11):
    from scipy.ndimage import convolve1d
    r = np.arange(size) - size // 2
    k = np.exp(-r ** 2 / (2 * sigma ** 2))
    k /= k.sum()
    return convolve1d(convolve1d(x, k, axis=0, mode="reflect"), k, axis=1, mode="reflect")


def ssim(a, b):
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    vals = []
    for ch in range(3):
        x = a[..., ch].astype(np.float64)
        y = b[..., ch].astype(np.float64)
        mx, my = _gauss_filter(x), _gauss_filter(y)
        sxx = _gauss_filter(x * x) - mx * mx
        syy = _gauss_filter(y * y) - my * my
        sxy = _gauss_filter(x * y) - mx * my
        m = ((2 * mx * my + c1) * (2 * sxy + c2)) / ((mx ** 2 + my ** 2 + c1) * (sxx + syy + c2))
        vals.append(m.mean())
    return float(np.mean(vals))


def colourfulness(rgb):
    r, g, b = (rgb[..., i].astype(np.float64) for i in range(3))
    rg = r - g
    yb = 0.5 * (r + g) - b
    return float(np.sqrt(rg.std() ** 2 + yb.std() ** 2) + 0.3 * np.sqrt(rg.mean() ** 2 + yb.mean() ** 2))


def with_ab(rgb_u8, a, b):
    lab = srgb_to_lab_np(rgb_u8 / 255.0)
    lab[..., 1] = a
    lab[..., 2] = b
    return (np.clip(lab_to_srgb_np(lab), 0, 1) * 255).round().astype(np.uint8)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--kodak", default=os.path.join(HERE, "..", "..", "..", "shared", "eval", "kodak"))
    ap.add_argument("--prior", default=None, help="prior_raw.npy of the run (for the sepia tint)")
    ap.add_argument("--temperature", type=float, default=0.38)
    ap.add_argument("--json", default=None)
    ap.add_argument("--sheet", default=None)
    args = ap.parse_args()
    import torch
    torch.set_num_threads(2)
    model = load_model(args.weights)
    prior = args.prior or os.path.join(os.path.dirname(args.weights), "prior_raw.npy")
    if os.path.exists(prior):  # mean ab of the training photos = the "average chroma" tint
        sep_a, sep_b = (np.load(prior)[:, None] * ab_bins()).sum(0)
    else:
        sep_a, sep_b = 5.0, 15.0
    files = sorted(glob.glob(os.path.join(args.kodak, "*.png")))
    if not files:
        raise SystemExit(f"no PNGs in {args.kodak}")
    rows, thumbs = [], []
    for f in files:
        gt = np.asarray(Image.open(f).convert("RGB"))
        grey = with_ab(gt, 0.0, 0.0)
        sepia = with_ab(gt, sep_a, sep_b)
        ours, logits = colorize_rgb(model, gt, 256, args.temperature)
        p = torch.softmax(logits, 1)
        conf = float(p.max(1).values.mean())
        cg = colourfulness(gt)
        row = {"image": os.path.basename(f), "gt_colourfulness": cg, "mean_max_prob": conf}
        for name, im in (("grey", grey), ("sepia", sepia), ("ours", ours)):
            row[name] = {"psnr": psnr(im, gt), "ssim": ssim(im, gt), "colourfulness": colourfulness(im),
                         "colourfulness_ratio": colourfulness(im) / max(cg, 1e-6)}
        rows.append(row)
        print(f"{row['image']}: PSNR grey {row['grey']['psnr']:.2f} sepia {row['sepia']['psnr']:.2f} "
              f"ours {row['ours']['psnr']:.2f} | SSIM ours {row['ours']['ssim']:.4f} | "
              f"colourfulness ours {row['ours']['colourfulness']:.1f} gt {cg:.1f}", flush=True)
        if args.sheet:
            t = [Image.fromarray(x).resize((192, 128) if x.shape[1] > x.shape[0] else (128, 192))
                 for x in (grey, ours, gt)]
            thumbs.append(t)
    mean = {}
    for name in ("grey", "sepia", "ours"):
        mean[name] = {k: float(np.mean([r[name][k] for r in rows]))
                      for k in ("psnr", "ssim", "colourfulness", "colourfulness_ratio")}
    mean["gt_colourfulness"] = float(np.mean([r["gt_colourfulness"] for r in rows]))
    mean["sepia_tint_ab"] = [float(sep_a), float(sep_b)]
    print("\n| method | PSNR (dB) | SSIM | colourfulness | vs ground truth |")
    print("| --- | --- | --- | --- | --- |")
    for name in ("grey", "sepia", "ours"):
        m = mean[name]
        print(f"| {name} | {m['psnr']:.2f} | {m['ssim']:.4f} | {m['colourfulness']:.1f} | "
              f"{100 * m['colourfulness_ratio']:.0f}% |")
    print(f"| ground truth | - | 1 | {mean['gt_colourfulness']:.1f} | 100% |")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"mean": mean, "images": rows, "weights": os.path.basename(args.weights),
                       "temperature": args.temperature, "inputSize": 256}, fh, indent=1)
    if args.sheet:
        W, H = 3 * 196 + 4, sum(t[0].size[1] + 4 for t in thumbs) + 24
        sheet = Image.new("RGB", (W, H), "white")
        d = ImageDraw.Draw(sheet)
        for j, lab in enumerate(("grey input", "klaslab-tiny (PyTorch)", "ground truth")):
            d.text((4 + j * 196, 6), lab, fill="black")
        y = 24
        for i, t in enumerate(thumbs):
            for j, im in enumerate(t):
                sheet.paste(im, (4 + j * 196, y))
            y += t[0].size[1] + 4
        sheet.save(args.sheet, quality=85)


if __name__ == "__main__":
    main()
