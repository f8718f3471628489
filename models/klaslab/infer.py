"""Load trained weights and colorize with PyTorch (reference path; the product uses ONNX)."""
import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from .bins import ab_bins
from .color import lab_to_srgb_np, srgb_to_lab_np
from .net import TinyColorNet
from .small import SmallColorNet

ARCHS = {"klaslab-tiny": TinyColorNet, "klaslab-small": SmallColorNet}


def load_model(path, widths=None):
    """path: weights.npz (numpy, any torch version) or a train.py checkpoint (last.pt).
    A weights.npz with an `__arch__` entry (models/small/train_decoder.py) is a KlasLab-small."""
    if path.endswith(".npz"):
        z = np.load(path)
        sd = {k: torch.from_numpy(z[k]) for k in z.files if not k.startswith("__")}
        arch = str(z["__arch__"]) if "__arch__" in z.files else "klaslab-tiny"
        w = widths or (str(z["__widths__"]) if "__widths__" in z.files else "16,32,64,96,128")
    else:
        ck = torch.load(path, map_location="cpu")
        sd = ck["model"]
        arch = "klaslab-tiny"
        w = widths or ck.get("widths", "16,32,64,96,128")
    net = ARCHS.get(arch)
    if net is None:
        raise ValueError(f"{path}: unknown architecture {arch!r} (known: {', '.join(ARCHS)})")
    model = net(tuple(int(x) for x in w.split(",")))
    missing, unexpected = model.load_state_dict(sd, strict=False)
    bad = [k for k in missing if not k.endswith("num_batches_tracked")]
    if bad or unexpected:
        raise ValueError(f"weights do not fit: missing {bad}, unexpected {unexpected}")
    return model.eval()


def annealed_mean(logits, temperature=0.38):
    """logits [N, Q, h, w] -> ab [N, 2, h, w] (Zhang et al.'s annealed mean)."""
    bins = torch.as_tensor(ab_bins())
    p = torch.softmax(logits / temperature, dim=1)
    return torch.einsum("nqhw,qc->nchw", p, bins)


def colorize_rgb(model, rgb_u8, input_size=256, temperature=0.38):
    """Full-resolution colorization of an RGB uint8 image as the engine does it: L at input_size^2
    -> logits -> annealed mean ab -> bilinear upsampling -> merged with the full-resolution L."""
    h, w = rgb_u8.shape[:2]
    lab = srgb_to_lab_np(rgb_u8 / 255.0)
    small = np.asarray(Image.fromarray(rgb_u8).resize((input_size, input_size), Image.BILINEAR))
    Ls = srgb_to_lab_np(small / 255.0)[..., 0]
    x = torch.from_numpy(((Ls - 50) / 100).astype(np.float32))[None, None]
    with torch.no_grad():
        logits = model(x)
        ab = annealed_mean(logits, temperature)
        ab = F.interpolate(ab, size=(h, w), mode="bilinear", align_corners=False)[0]
    out = np.concatenate([lab[..., :1], ab.permute(1, 2, 0).numpy().astype(np.float64)], -1)
    return (np.clip(lab_to_srgb_np(out), 0, 1) * 255).round().astype(np.uint8), logits
