#!/usr/bin/env python3
"""Convert a DeOldify-style colorizer (fastai 'DynamicUnet' on a ResNet encoder) to our
`rgb-to-rgb` format.

Architecture (reimplemented here from the DeOldify/fastai descriptions, not copied):
ResNet-34 or -101 encoder (torchvision layout) -> BN, ReLU -> middle conv 512->1024->512 (or
2048->4096->2048) -> four 'wide' U-Net blocks, each: 1x1 conv + PixelShuffle x2 upsampling,
BatchNorm on the encoder skip, concat, 3x3 conv + ReLU; self-attention (SAGAN) after the third
block -> PixelShuffle x2 to full resolution -> concat with the input -> residual block -> 1x1 conv
to 3 channels -> sigmoid scaled to y_range (-3, 3) (ImageNet-normalised RGB).

Exported graph: input `rgb` [1,3,H,W] = (grey RGB in 0..1 - mean) / std with ImageNet mean/std
(written into model.json); output `rgb_out` [1,3,H,W] in 0..1 (de-normalised inside the graph;
the engine keeps the original luminance and takes only the chroma). H, W multiples of 32.
(The output cannot also be called `rgb`: ONNX value names must be unique.)

  /usr/bin/python3 models/convert/deoldify.py CHECKPOINT.pth --out DIR [--arch resnet101]
  /usr/bin/python3 models/convert/deoldify.py --random-init --out DIR [--width 0.25]

Checkpoints: spectral-normalised weights (weight_orig, weight_u, weight_v) are folded into plain
weights, and parameters are matched to this architecture in order and by shape (fastai's
Sequential names differ from ours); any mismatch stops the conversion with the offending tensor.
Only random-init copies are tested here (no DeOldify checkpoint is available offline).
"""
import os
import sys
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import converter_parser, export, load_weights, parity, write_manifest  # noqa: E402

MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]


def conv_relu(cin, cout, k=3):
    return nn.Sequential(nn.Conv2d(cin, cout, k, padding=k // 2), nn.ReLU(True))


class PixelShuffleUp(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = conv_relu(cin, cout * 4, 1)
        self.shuf = nn.PixelShuffle(2)

    def forward(self, x):
        return self.shuf(self.conv(x))


class SelfAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.f = nn.Conv1d(c, max(c // 8, 1), 1, bias=False)
        self.g = nn.Conv1d(c, max(c // 8, 1), 1, bias=False)
        self.h = nn.Conv1d(c, c, 1, bias=False)
        self.gamma = nn.Parameter(torch.tensor([0.0]))

    def forward(self, x):
        n, c, hh, ww = x.shape
        v = x.flatten(2)                                               # [n, c, N]
        f, g, h = self.f(v), self.g(v), self.h(v)
        beta = F.softmax(torch.bmm(f.transpose(1, 2), g), dim=1)      # [n, N, N]
        o = self.gamma * torch.bmm(h, beta) + v
        return o.view(n, c, hh, ww)


class UnetBlockWide(nn.Module):
    def __init__(self, up_in, skip_in, n_out, attention=False):
        super().__init__()
        up_out = n_out // 2
        self.up = PixelShuffleUp(up_in, up_out)
        self.bn = nn.BatchNorm2d(skip_in)
        self.conv = conv_relu(up_out + skip_in, n_out)
        self.att = SelfAttention(n_out) if attention else None

    def forward(self, x, skip):
        up = self.up(x)
        if up.shape[-2:] != skip.shape[-2:]:
            up = F.interpolate(up, skip.shape[-2:], mode="nearest")
        y = self.conv(torch.cat([up, F.relu(self.bn(skip))], 1))
        return self.att(y) if self.att is not None else y


class ResBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c1 = conv_relu(c, c)
        self.c2 = conv_relu(c, c)

    def forward(self, x):
        return x + self.c2(self.c1(x))


class DeOldifyUnet(nn.Module):
    def __init__(self, arch="resnet34", width=1.0, nf_factor=2):
        super().__init__()
        import torchvision
        base = getattr(torchvision.models, arch)(weights=None)
        if width != 1.0:  # thinner copy for fast tests: rebuild the ResNet with fewer channels
            base = _thin_resnet(arch, width)
        self.enc0 = nn.Sequential(base.conv1, base.bn1, base.relu)       # H/2
        self.pool = base.maxpool
        self.enc1, self.enc2, self.enc3, self.enc4 = base.layer1, base.layer2, base.layer3, base.layer4
        ch = [m[-1].conv3.out_channels if hasattr(m[-1], "conv3") else m[-1].conv2.out_channels
              for m in (self.enc1, self.enc2, self.enc3, self.enc4)]
        c0 = base.conv1.out_channels
        c4 = ch[3]
        self.mid_bn = nn.BatchNorm2d(c4)
        self.middle = nn.Sequential(conv_relu(c4, c4 * 2), conv_relu(c4 * 2, c4))
        wide = int(256 * nf_factor * width)
        self.up3 = UnetBlockWide(c4, ch[2], wide)                         # H/16
        self.up2 = UnetBlockWide(wide, ch[1], wide)                       # H/8
        self.up1 = UnetBlockWide(wide, ch[0], wide, attention=True)       # H/4
        self.up0 = UnetBlockWide(wide, c0, wide // 2)                     # H/2
        self.final_up = PixelShuffleUp(wide // 2, wide // 2)              # H
        self.res = ResBlock(wide // 2 + 3)
        self.head = nn.Conv2d(wide // 2 + 3, 3, 1)

    def forward(self, x):
        e0 = self.enc0(x)
        e1 = self.enc1(self.pool(e0))
        e2 = self.enc2(e1)
        e3 = self.enc3(e2)
        e4 = self.enc4(e3)
        m = self.middle(F.relu(self.mid_bn(e4)))
        y = self.up0(self.up1(self.up2(self.up3(m, e3), e2), e1), e0)
        y = self.final_up(y)
        y = self.res(torch.cat([y, x], 1))
        return torch.sigmoid(self.head(y)) * 6.0 - 3.0               # y_range (-3, 3)


def _thin_resnet(arch, width):
    """Small test copy: one residual block per stage (same block type and channel counts)."""
    from torchvision.models.resnet import BasicBlock, Bottleneck, ResNet
    block = Bottleneck if arch == "resnet101" else BasicBlock
    return ResNet(block, [1, 1, 1, 1])


class RgbToRgb(nn.Module):
    """Exported wrapper: normalised grey RGB in -> RGB 0..1 out."""

    def __init__(self, net):
        super().__init__()
        self.net = net
        self.register_buffer("mean", torch.tensor(MEAN).view(1, 3, 1, 1))
        self.register_buffer("std", torch.tensor(STD).view(1, 3, 1, 1))

    def forward(self, rgb):
        return self.net(rgb) * self.std + self.mean


def fold_spectral_norm(sd):
    """weight_orig / sigma with sigma = u^T W v (as torch.nn.utils.spectral_norm stores it)."""
    out = OrderedDict()
    for k, v in sd.items():
        if k.endswith("weight_orig"):
            base = k[: -len("weight_orig")]
            u, vv = sd[base + "weight_u"], sd[base + "weight_v"]
            w = v.reshape(v.shape[0], -1)
            sigma = torch.dot(u, w @ vv)
            out[base + "weight"] = v / sigma
        elif k.endswith("weight_u") or k.endswith("weight_v"):
            continue
        else:
            out[k] = v
    return out


def load_by_order(model, sd):
    """Assign checkpoint tensors to our parameters/buffers in order, requiring equal shapes."""
    sd = fold_spectral_norm(sd)
    src = [(k, v) for k, v in sd.items() if not k.endswith("num_batches_tracked")]
    dst = [(k, v) for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")]
    if len(src) != len(dst):
        raise ValueError(f"checkpoint has {len(src)} tensors, architecture expects {len(dst)}")
    new = {}
    for (ks, vs), (kd, vd) in zip(src, dst):
        if tuple(vs.shape) != tuple(vd.shape):
            raise ValueError(f"shape mismatch: checkpoint {ks} {tuple(vs.shape)} vs ours {kd} {tuple(vd.shape)}")
        new[kd] = vs
    model.load_state_dict(new, strict=False)
    return model


def main(argv=None):
    ap = converter_parser(__doc__)
    ap.add_argument("--arch", default="resnet34", choices=["resnet34", "resnet101", "resnet18"])
    ap.add_argument("--width", type=float, default=1.0, help="<1: small test copy (one block per ResNet stage, decoder this much narrower)")
    ap.add_argument("--nf-factor", type=float, default=2.0, help="2 for DeOldify 'artistic'/'stable'")
    args = ap.parse_args(argv)
    net = DeOldifyUnet(args.arch, args.width, args.nf_factor)
    source = load_weights(net, args, ap, load=load_by_order)
    if args.random_init:
        with torch.no_grad():  # give attention a non-zero gamma so the test exercises it
            net.up1.att.gamma.fill_(0.5)
    model = RgbToRgb(net.eval()).eval()
    path = export(model, args.out, "rgb", "rgb_out", 3, args.size)
    diff = parity(model, path, "rgb", "rgb_out", (1, 3, args.parity_size, args.parity_size))
    m = write_manifest(
        args.out, name="deoldify-style" + ("-random" if args.random_init else ""), family="rgb-to-rgb",
        inputSize=args.size,
        input={"name": "rgb", "layout": "NCHW", "channels": 3, "multipleOf": 32,
               "normalization": {"mean": MEAN, "std": STD}},
        output={"name": "rgb_out", "layout": "NCHW", "channels": 3, "stride": 1, "kind": "rgb",
                "range": [0, 1]},
        license="MIT (DeOldify code); check the checkpoint's own terms",
        citation="Antic, J. DeOldify (2018-2019), a NoGAN-trained U-Net colorizer; fastai DynamicUnet.",
        trainingData="ImageNet subset, per DeOldify's README." if not args.random_init else "none (random weights)",
        converter={"script": "models/convert/deoldify.py", "source": source, "arch": args.arch,
                   "parityMaxAbsDiff": diff})
    print(f"wrote {path} ({m['bytes']} bytes); parity max|diff| {diff:.2e}")
    return m


if __name__ == "__main__":
    main()
