"""Shared helpers for the converters: checkpoint loading, ONNX export, manifest, parity."""
import hashlib
import json
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.dirname(HERE)
sys.path.insert(0, MODELS)
sys.path.insert(0, os.path.join(MODELS, "parity"))


def read_state_dict(path):
    """Load a checkpoint into a flat {name: tensor} dict. Accepts plain state dicts, dicts with a
    'state_dict' / 'model' entry, pickled whole modules and fastai exports ({'model': ...})."""
    obj = torch.load(path, map_location="cpu")
    for key in ("state_dict", "model", "net", "generator"):
        if isinstance(obj, dict) and key in obj and not torch.is_tensor(obj[key]):
            obj = obj[key]
            break
    if isinstance(obj, torch.nn.Module):
        obj = obj.state_dict()
    if not isinstance(obj, dict):
        raise ValueError(f"{path}: not a state dict")
    return {k[7:] if k.startswith("module.") else k: v for k, v in obj.items() if torch.is_tensor(v)}


def load_strict(model, sd, rename=None):
    """load_state_dict with a readable error; rename maps checkpoint keys to ours."""
    if rename:
        sd = {rename(k): v for k, v in sd.items()}
        sd = {k: v for k, v in sd.items() if k is not None}
    own = model.state_dict()
    missing = [k for k in own if k not in sd and not k.endswith("num_batches_tracked")]
    bad_shape = [k for k in own if k in sd and tuple(sd[k].shape) != tuple(own[k].shape)]
    unexpected = [k for k in sd if k not in own]
    if missing or bad_shape or unexpected:
        raise ValueError(f"checkpoint does not fit the architecture: missing {missing[:8]}, "
                         f"wrong shape {bad_shape[:8]}, unexpected {unexpected[:8]}")
    model.load_state_dict({k: v for k, v in sd.items() if k in own}, strict=False)
    return model


def export(model, out_dir, input_name, output_name, channels_in, size, opset=17):
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "model.onnx")
    x = torch.zeros(1, channels_in, size, size)
    torch.onnx.export(model.eval(), x, path, input_names=[input_name], output_names=[output_name],
                      opset_version=opset, do_constant_folding=True,
                      dynamic_axes={input_name: {2: "H", 3: "W"}, output_name: {2: "h", 3: "w"}},
                      training=torch.onnx.TrainingMode.EVAL)
    import onnx
    onnx.checker.check_model(onnx.load(path))
    return path


def write_manifest(out_dir, **fields):
    path = os.path.join(out_dir, fields.get("file", "model.onnx"))
    blob = open(path, "rb").read()
    manifest = {"schema": 1, "name": fields.pop("name"), "version": fields.pop("version", "1.0.0"),
                "family": fields.pop("family"), "file": "model.onnx",
                "sha256": hashlib.sha256(blob).hexdigest(), "bytes": len(blob)}
    manifest.update(fields)
    with open(os.path.join(out_dir, "model.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    return manifest


def parity(model, onnx_path, input_name, output_name, shape, tol=1e-4, seed=0):
    """Max |PyTorch - ONNX| on a random input, ONNX run by the numpy interpreter."""
    from onnx_numpy import run_model
    x = np.random.default_rng(seed).uniform(-0.5, 0.5, shape).astype(np.float32)
    with torch.no_grad():
        ref = model.eval()(torch.from_numpy(x)).numpy()
    got = run_model(onnx_path, {input_name: x})[output_name]
    if got.shape != ref.shape:
        raise AssertionError(f"shape {got.shape} != {ref.shape}")
    diff = float(np.abs(got - ref).max())
    if diff > tol:
        raise AssertionError(f"parity failed: max |diff| {diff:.3e} > {tol}")
    return diff


def random_init_(model, seed=0):
    """Deterministic random weights, BN statistics included (so parity tests exercise them)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, t in model.state_dict().items():
            if not t.dtype.is_floating_point:
                continue
            if name.endswith("running_var"):
                t.copy_(torch.rand(t.shape, generator=g) * 0.5 + 0.75)
            elif name.endswith("running_mean") or name.endswith(".bias"):
                t.copy_(torch.randn(t.shape, generator=g) * 0.05)
            elif t.dim() >= 2:
                fan_in = t[0].numel()
                t.copy_(torch.randn(t.shape, generator=g) * (2.0 / fan_in) ** 0.5)
            else:
                t.copy_(1 + 0.1 * torch.randn(t.shape, generator=g))
    return model


def converter_parser(doc):
    """The command line every converter shares: a checkpoint or --random-init, where to write, sizes."""
    import argparse

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkpoint", nargs="?")
    ap.add_argument("--random-init", action="store_true")
    ap.add_argument("--out", required=True)
    ap.add_argument("--size", type=int, default=256)
    ap.add_argument("--parity-size", type=int, default=64)
    return ap


def load_weights(model, args, ap, load=None):
    """Fills `model` from the checkpoint (with `load`, default load_strict) or randomly; returns the
    `source` string the manifest records."""
    if args.random_init:
        random_init_(model)
        return "random initialisation (test copy, NOT a usable colorizer)"
    if args.checkpoint:
        (load or load_strict)(model, read_state_dict(args.checkpoint))
        return os.path.basename(args.checkpoint)
    ap.error("give a checkpoint or --random-init")
