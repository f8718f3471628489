#!/usr/bin/env python3
"""A small, independent ONNX interpreter in numpy (float64) for parity checks.

Debian has no onnxruntime package, so the Python-side parity test runs the exported graph with
this interpreter instead of PyTorch. It implements only what our exported models use:
Conv (any pads/strides/dilations, group 1 or depthwise), Relu, LeakyRelu, Sigmoid, Tanh, Add, Sub,
Mul, Div, Concat, ReduceMean, Resize (linear/nearest, half_pixel/asymmetric/align_corners with
'scales' or 'sizes'), Constant, Identity, Pad (constant/reflect), MaxPool, BatchNormalization,
ConvTranspose (group 1), Softmax, and the shape plumbing that dynamic-size exports produce
(Shape, ConstantOfShape, Slice, Gather, Unsqueeze, Squeeze, Cast, Reshape, Expand, Transpose,
MatMul, DepthToSpace). Anything else raises NotImplementedError.
"""
import sys

import numpy as np
import onnx
from onnx import numpy_helper


def _attrs(node):
    return {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}


def _conv(x, w, b, strides, pads, dil, group):
    n, c, h, wd = x.shape
    oc, icg, kh, kw = w.shape
    x = np.pad(x, ((0, 0), (0, 0), (pads[0], pads[2]), (pads[1], pads[3])))
    H, W = x.shape[2:]
    oh = (H - (dil[0] * (kh - 1) + 1)) // strides[0] + 1
    ow = (W - (dil[1] * (kw - 1) + 1)) // strides[1] + 1
    out = np.zeros((n, oc, oh, ow))
    ocg = oc // group
    for g in range(group):
        xs = x[:, g * icg:(g + 1) * icg]
        ws = w[g * ocg:(g + 1) * ocg]
        for i in range(kh):
            for j in range(kw):
                patch = xs[:, :, i * dil[0]: i * dil[0] + strides[0] * (oh - 1) + 1: strides[0],
                              j * dil[1]: j * dil[1] + strides[1] * (ow - 1) + 1: strides[1]]
                out[:, g * ocg:(g + 1) * ocg] += np.einsum("nchw,oc->nohw", patch, ws[:, :, i, j])
    if b is not None:
        out += b[None, :, None, None]
    return out


def _resize_axis(x, axis, out_len, mode, ctm):
    in_len = x.shape[axis]
    if out_len == in_len:
        return x
    o = np.arange(out_len, dtype=np.float64)
    scale = out_len / in_len
    if ctm == "align_corners":
        src = o * (in_len - 1) / max(out_len - 1, 1)
    elif ctm == "asymmetric":
        src = o / scale
    else:  # half_pixel / pytorch_half_pixel
        src = (o + 0.5) / scale - 0.5
        if ctm == "pytorch_half_pixel" and out_len == 1:
            src = np.zeros_like(o)
    if mode == "nearest":
        idx = np.clip(np.floor(src), 0, in_len - 1).astype(int)
        return np.take(x, idx, axis=axis)
    src = np.clip(src, 0, in_len - 1)
    i0 = np.floor(src).astype(int)
    i1 = np.minimum(i0 + 1, in_len - 1)
    t = src - i0
    shape = [1] * x.ndim
    shape[axis] = out_len
    t = t.reshape(shape)
    return np.take(x, i0, axis=axis) * (1 - t) + np.take(x, i1, axis=axis) * t


def run_model(path_or_model, feeds):
    m = onnx.load(path_or_model) if isinstance(path_or_model, str) else path_or_model
    env = {k: np.asarray(v, dtype=np.float64) for k, v in feeds.items()}
    for init in m.graph.initializer:
        arr = numpy_helper.to_array(init)
        env[init.name] = arr.astype(np.float64) if arr.dtype.kind == "f" else arr
    for node in m.graph.node:
        a = _attrs(node)
        ins = [env[i] if i else None for i in node.input]
        op = node.op_type
        if op == "Constant":
            v = numpy_helper.to_array(a["value"])
            out = v.astype(np.float64) if v.dtype.kind == "f" else v
        elif op == "Identity":
            out = ins[0]
        elif op == "Conv":
            x, w = ins[0], ins[1]
            if a.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET"):
                raise NotImplementedError("auto_pad")
            if x.ndim == 3:  # Conv1d: run as a 1 x W 2-D convolution
                p1 = list(a.get("pads", [0, 0]))
                out = _conv(x[:, :, None], w[:, :, None], ins[2] if len(ins) > 2 else None,
                            [1] + list(a.get("strides", [1])), [0, p1[0], 0, p1[1]],
                            [1] + list(a.get("dilations", [1])), a.get("group", 1))[:, :, 0]
            else:
                out = _conv(x, w, ins[2] if len(ins) > 2 else None, a.get("strides", [1, 1]),
                            list(a.get("pads", [0, 0, 0, 0])), a.get("dilations", [1, 1]),
                            a.get("group", 1))
        elif op == "ConvTranspose":
            x, w = ins[0], ins[1]
            s = a.get("strides", [1, 1])
            p = a.get("pads", [0, 0, 0, 0])
            if a.get("group", 1) != 1:
                raise NotImplementedError("grouped ConvTranspose")
            n, c, h, wd = x.shape
            up = np.zeros((n, c, (h - 1) * s[0] + 1, (wd - 1) * s[1] + 1))
            up[:, :, ::s[0], ::s[1]] = x
            kh, kw = w.shape[2:]
            wf = np.flip(w, (2, 3)).transpose(1, 0, 2, 3)
            out = _conv(up, wf, ins[2] if len(ins) > 2 else None, [1, 1],
                        [kh - 1 - p[0], kw - 1 - p[1], kh - 1 - p[2], kw - 1 - p[3]], [1, 1], 1)
            op_ = a.get("output_padding", [0, 0])
            if any(op_):
                out = np.pad(out, ((0, 0), (0, 0), (0, op_[0]), (0, op_[1])))
        elif op == "BatchNormalization":
            x, sc, bi, mean, var = ins[:5]
            eps = a.get("epsilon", 1e-5)
            r = lambda v: v[None, :, None, None]  # noqa: E731
            out = (x - r(mean)) / np.sqrt(r(var) + eps) * r(sc) + r(bi)
        elif op == "Clip":  # ReLU6 and clamp(min=...): bounds are optional inputs
            lo = ins[1] if len(ins) > 1 and ins[1] is not None else -np.inf
            hi = ins[2] if len(ins) > 2 and ins[2] is not None else np.inf
            out = np.clip(ins[0], lo, hi)
        elif op == "Pow":
            out = np.power(ins[0], ins[1])
        elif op == "Relu":
            out = np.maximum(ins[0], 0)
        elif op == "LeakyRelu":
            out = np.where(ins[0] > 0, ins[0], ins[0] * a.get("alpha", 0.01))
        elif op == "Sigmoid":
            out = 1 / (1 + np.exp(-ins[0]))
        elif op == "Tanh":
            out = np.tanh(ins[0])
        elif op in ("Add", "Sub", "Mul", "Div"):
            f = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": np.divide}[op]
            out = f(ins[0], ins[1])
        elif op == "Concat":
            out = np.concatenate(ins, axis=a["axis"])
        elif op == "ReduceMean":
            axes = a.get("axes") if "axes" in a else (tuple(int(v) for v in ins[1]) if len(ins) > 1 else None)
            out = ins[0].mean(axis=tuple(axes) if axes is not None else None,
                              keepdims=bool(a.get("keepdims", 1)))
        elif op == "Softmax":
            ax = a.get("axis", -1)
            e = np.exp(ins[0] - ins[0].max(axis=ax, keepdims=True))
            out = e / e.sum(axis=ax, keepdims=True)
        elif op == "MaxPool":
            x = ins[0]
            k, s = a["kernel_shape"], a.get("strides", [1, 1])
            p = a.get("pads", [0, 0, 0, 0])
            x = np.pad(x, ((0, 0), (0, 0), (p[0], p[2]), (p[1], p[3])), constant_values=-np.inf)
            oh = (x.shape[2] - k[0]) // s[0] + 1
            ow = (x.shape[3] - k[1]) // s[1] + 1
            out = np.full(x.shape[:2] + (oh, ow), -np.inf)
            for i in range(k[0]):
                for j in range(k[1]):
                    out = np.maximum(out, x[:, :, i:i + s[0] * (oh - 1) + 1:s[0], j:j + s[1] * (ow - 1) + 1:s[1]])
        elif op == "Pad":
            pads = [int(v) for v in ins[1]]
            nd = ins[0].ndim
            pw = [(pads[i], pads[i + nd]) for i in range(nd)]
            mode = a.get("mode", b"constant")
            mode = mode.decode() if isinstance(mode, bytes) else mode
            out = np.pad(ins[0], pw, mode="reflect" if mode == "reflect" else "constant")
        elif op == "Resize":
            x = ins[0]
            mode = a.get("mode", b"nearest")
            mode = mode.decode() if isinstance(mode, bytes) else mode
            ctm = a.get("coordinate_transformation_mode", b"half_pixel")
            ctm = ctm.decode() if isinstance(ctm, bytes) else ctm
            scales = ins[2] if len(ins) > 2 and ins[2] is not None and ins[2].size else None
            sizes = ins[3] if len(ins) > 3 and ins[3] is not None else None
            if sizes is not None:
                out_shape = [int(v) for v in sizes]
            else:
                out_shape = [int(np.floor(d * s)) for d, s in zip(x.shape, scales)]
            out = x
            for ax in range(x.ndim):
                out = _resize_axis(out, ax, out_shape[ax], mode, ctm)
        elif op == "Shape":
            out = np.array(ins[0].shape, dtype=np.int64)
        elif op == "ConstantOfShape":
            v = numpy_helper.to_array(a["value"]) if "value" in a else np.zeros(1, np.float32)
            out = np.full([int(d) for d in ins[0]], v.ravel()[0],
                          dtype=np.float64 if v.dtype.kind == "f" else v.dtype)
        elif op == "Slice":
            x = ins[0]
            starts, ends = [int(v) for v in ins[1]], [int(v) for v in ins[2]]
            axes = [int(v) for v in ins[3]] if len(ins) > 3 and ins[3] is not None else list(range(len(starts)))
            steps = [int(v) for v in ins[4]] if len(ins) > 4 and ins[4] is not None else [1] * len(starts)
            sl = [slice(None)] * x.ndim
            for st, en, ax, sp in zip(starts, ends, axes, steps):
                sl[ax] = slice(st, en, sp)
            out = x[tuple(sl)]
        elif op == "Gather":
            out = np.take(ins[0], ins[1].astype(np.int64), axis=a.get("axis", 0))
        elif op == "Unsqueeze":
            axes = a.get("axes") if "axes" in a else [int(v) for v in ins[1]]
            out = ins[0]
            for ax in sorted(axes):
                out = np.expand_dims(out, ax)
        elif op == "Squeeze":
            axes = a.get("axes") if "axes" in a else ([int(v) for v in ins[1]] if len(ins) > 1 else None)
            out = np.squeeze(ins[0], axis=tuple(axes) if axes is not None else None)
        elif op == "Cast":
            to = a["to"]
            out = ins[0].astype(np.float64) if to in (1, 10, 11, 16) else ins[0].astype(np.int64)
        elif op == "Reshape":
            shape = [int(v) for v in ins[1]]
            shape = [ins[0].shape[i] if d == 0 else d for i, d in enumerate(shape)]
            out = ins[0].reshape(shape)
        elif op == "Expand":
            out = ins[0] * np.ones([int(v) for v in ins[1]])
        elif op == "Transpose":
            out = np.transpose(ins[0], a.get("perm"))
        elif op == "MatMul":
            out = np.matmul(ins[0], ins[1])
        elif op == "DepthToSpace":
            x = ins[0]
            bs = a["blocksize"]
            mode = a.get("mode", b"DCR")
            mode = mode.decode() if isinstance(mode, bytes) else mode
            n, c, h, w = x.shape
            if mode == "CRD":
                out = x.reshape(n, c // bs ** 2, bs, bs, h, w).transpose(0, 1, 4, 2, 5, 3)
            else:
                out = x.reshape(n, bs, bs, c // bs ** 2, h, w).transpose(0, 3, 4, 1, 5, 2)
            out = out.reshape(n, c // bs ** 2, h * bs, w * bs)
        else:
            raise NotImplementedError(f"op {op} not supported by onnx_numpy")
        env[node.output[0]] = out
    return {o.name: env[o.name].astype(np.float32) for o in m.graph.output}


if __name__ == "__main__":
    model = sys.argv[1]
    x = np.random.default_rng(0).uniform(-0.5, 0.5, (1, 1, 64, 64)).astype(np.float32)
    m = onnx.load(model)
    print({k: v.shape for k, v in run_model(m, {m.graph.input[0].name: x}).items()})
