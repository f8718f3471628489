#!/usr/bin/env python3
"""Export trained KlasLab-tiny weights to ONNX + model.json (our manifest) and check parity.

  /usr/bin/python3 models/export.py --weights models/runs/gpu-h200/weights.npz \
      --out models/klaslab-tiny [--temperature 1.0]

Writes OUT/model.onnx (fp32, opset 17, dynamic H/W; BatchNorm folded), OUT/model.json and
OUT/parity.json: the ONNX graph is run by models/parity/onnx_numpy.py (an independent numpy
interpreter for the handful of ops it uses) on fixed inputs and compared with PyTorch
(max abs difference must be <= 1e-4). OUT/parity/ holds two small inputs and their PyTorch
outputs (raw float32) so that models/parity/check.mjs repeats the check in onnxruntime-node.
"""
import argparse
import hashlib
import json
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from klaslab.bins import ab_bins  # noqa: E402
from klaslab.infer import load_model  # noqa: E402
from klaslab.net import STRIDE  # noqa: E402

LICENSE = "CC-BY-SA-4.0"
ZHANG = ("Zhang, R., Isola, P., Efros, A. A. Colorful Image Colorization. ECCV 2016 "
         "(loss, ab quantisation and annealed-mean decoding).")
CITATIONS = {
    "klaslab-tiny": f"{ZHANG} Weights: KlasLab-tiny, trained by KlasLab on photographs listed in "
                    "models/data/manifest.tsv (attribution list).",
    "klaslab-small": f"{ZHANG} Encoder: Sandler, M. et al. MobileNetV2. CVPR 2018; ImageNet weights "
                     "from google-coral/test_data mobilenet_v2_1.0_224_quant.tflite (Apache-2.0). "
                     "Decoder: KlasLab-small, trained by KlasLab on the photographs listed in "
                     "ATTRIBUTION.tsv (= models/data/manifest.tsv).",
}
CITATION = CITATIONS["klaslab-tiny"]


def export_onnx(model, path, opset=17, size=256):
    model = model.eval()
    x = torch.zeros(1, 1, size, size)
    torch.onnx.export(model, x, path, input_names=["L"], output_names=["logits"], opset_version=opset,
                      dynamic_axes={"L": {2: "H", 3: "W"}, "logits": {2: "h", 3: "w"}},
                      do_constant_folding=True, training=torch.onnx.TrainingMode.EVAL)
    import onnx
    m = onnx.load(path)
    onnx.checker.check_model(m)
    return m


def parity_inputs(seed=0):
    g = np.random.default_rng(seed)
    ins = {"rand256": g.uniform(-0.5, 0.5, (1, 1, 256, 256)).astype(np.float32),
           "ramp_160x96": np.tile(np.linspace(-0.5, 0.5, 96, dtype=np.float32), (1, 1, 160, 1))}
    # a smooth synthetic 'photo-like' L field at a non-square size
    yy, xx = np.mgrid[0:128, 0:192].astype(np.float32)
    ins["waves_128x192"] = (0.3 * np.sin(xx / 9) * np.cos(yy / 13) - 0.1)[None, None].astype(np.float32)
    return ins


def fixture_inputs(seed=1):
    """Small cases whose PyTorch outputs are committed for the onnxruntime-node check."""
    g = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:64, 0:48].astype(np.float32)
    return {"rand32": g.uniform(-0.5, 0.5, (1, 1, 32, 32)).astype(np.float32),
            "waves64x48": (0.35 * np.sin(xx / 7) * np.cos(yy / 11))[None, None].astype(np.float32)}


def run_parity(model, onnx_path, out_dir, tol=1e-4):
    """Compare PyTorch with the numpy ONNX interpreter; write fixtures to OUT/parity/."""
    sys.path.insert(0, os.path.join(HERE, "parity"))
    from onnx_numpy import run_model
    fixtures = fixture_inputs()
    res, cases = {}, {}
    fdir = os.path.join(out_dir, "parity")
    os.makedirs(fdir, exist_ok=True)
    for name, x in {**parity_inputs(), **fixtures}.items():
        with torch.no_grad():
            ref = model(torch.from_numpy(x)).numpy()
        got = run_model(onnx_path, {"L": x})["logits"]
        diff = float(np.abs(ref - got).max())
        res[name] = {"shape_in": list(x.shape), "shape_out": list(got.shape), "max_abs_diff": diff}
        if name in fixtures:  # raw little-endian float32, C order
            x.astype("<f4").tofile(os.path.join(fdir, f"{name}.L.f32"))
            ref.astype("<f4").tofile(os.path.join(fdir, f"{name}.logits.f32"))
            cases[name] = {"L": f"{name}.L.f32", "L_shape": list(x.shape),
                           "logits": f"{name}.logits.f32", "logits_shape": list(ref.shape)}
    with open(os.path.join(fdir, "cases.json"), "w") as f:
        json.dump({"model": "../model.onnx", "tolerance": tol, "input": "L", "output": "logits",
                   "cases": cases}, f, indent=1)
    ok = all(r["max_abs_diff"] <= tol for r in res.values())
    return ok, res


def decode_settings(args):
    """model.json's decode block: temperature, saturation and confidence gate (when given), bins."""
    d = {"temperature": args.temperature}
    if args.saturation is not None:
        d["saturation"] = args.saturation
    if args.confidence_gate is not None:
        d["confidenceGate"] = args.confidence_gate
    return {**d, "bins": ab_bins().astype(int).tolist()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--out", default=os.path.join(HERE, "klaslab-tiny"))
    ap.add_argument("--name", default="klaslab-tiny")
    ap.add_argument("--version", default="1.0.0")
    ap.add_argument("--temperature", type=float, default=0.38)
    ap.add_argument("--saturation", type=float, help="decode.saturation (chroma multiplier; engine default 1)")
    ap.add_argument("--confidence-gate", type=float,
                    help="decode.confidenceGate 0..1 (chroma fades where confidence < gate; engine default 0)")
    ap.add_argument("--training-data", default="")
    ap.add_argument("--skip-parity", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(2)
    os.makedirs(args.out, exist_ok=True)
    model = load_model(args.weights)
    onnx_path = os.path.join(args.out, "model.onnx")
    export_onnx(model, onnx_path)
    blob = open(onnx_path, "rb").read()
    manifest = {
        "schema": 1, "name": args.name, "version": args.version, "family": "lab-ab-classification",
        "file": "model.onnx", "sha256": hashlib.sha256(blob).hexdigest(), "bytes": len(blob),
        "inputSize": 256,
        "input": {"name": "L", "layout": "NCHW", "channels": 1,
                  "normalization": {"offset": 50, "scale": 100}},
        "output": {"name": "logits", "layout": "NCHW", "channels": 313,
                   "stride": getattr(model, "stride", STRIDE), "kind": "logits"},
        "decode": decode_settings(args),
        "license": LICENSE, "citation": CITATIONS.get(args.name, CITATION),
        "trainingData": args.training_data, "modelCard": "MODEL_CARD.md",
    }
    with open(os.path.join(args.out, "model.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"wrote {onnx_path} ({len(blob)} bytes, sha256 {manifest['sha256'][:16]}...)")
    # mean a*b* of the training split (train.py's colour-stats.json): the eval's "sepia" baseline
    stats = os.path.join(os.path.dirname(os.path.abspath(args.weights)), "colour-stats.json")
    if os.path.exists(stats):
        with open(stats) as f:
            colour = json.load(f)
        with open(os.path.join(args.out, "training-colour.json"), "w") as f:
            json.dump(colour, f, indent=2)
            f.write("\n")
        print(f"wrote {os.path.join(args.out, 'training-colour.json')} (mean a*b* "
              f"{colour['mean_a']}, {colour['mean_b']})")
    if not args.skip_parity:
        ok, res = run_parity(model, onnx_path, args.out)
        with open(os.path.join(args.out, "parity.json"), "w") as f:
            json.dump({"tolerance": 1e-4, "runtime": "models/parity/onnx_numpy.py (numpy)",
                       "torch": torch.__version__, "ok": ok, "cases": res}, f, indent=1)
        for k, r in res.items():
            print(f"  parity {k}: in {r['shape_in']} out {r['shape_out']} max|diff| {r['max_abs_diff']:.2e}")
        if not ok:
            raise SystemExit("parity check FAILED")
        print("parity OK (<= 1e-4)")


if __name__ == "__main__":
    main()
