#!/usr/bin/env python3
"""Convert Zhang et al.'s ECCV 2016 colorizer ("Colorful Image Colorization") to our format.

Family lab-ab-classification. The exported graph takes L normalised as (L* - 50)/100 and returns
the 313-channel conv8 logits (before the softmax and the 313->2 'model_out' head), stride 4.

  /usr/bin/python3 models/convert/eccv16.py CHECKPOINT.pth --out DIR     # e.g. colorization_release_v2
  /usr/bin/python3 models/convert/eccv16.py --random-init --out DIR      # test copy, random weights

The architecture is written here from the paper's description (VGG-style conv1-conv8, dilated
conv5/conv6, BatchNorm after each block, one 4x4 stride-2 transposed convolution). Parameter
names follow the layout of the public PyTorch port's state dict (model1..model8 Sequentials, whose
indices count ReLUs), so its checkpoint loads directly.
"""
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import converter_parser, export, load_weights, parity, write_manifest  # noqa: E402

from klaslab.bins import ab_bins  # noqa: E402


def block(cin, cout, n, stride_last=1, dilation=1, bn=True):
    """n 3x3 convs with ReLU after each; the last conv may have stride 2; BN at the end."""
    layers = []
    for i in range(n):
        s = stride_last if i == n - 1 else 1
        layers += [nn.Conv2d(cin if i == 0 else cout, cout, 3, stride=s, padding=dilation,
                             dilation=dilation), nn.ReLU(True)]
    if bn:
        layers.append(nn.BatchNorm2d(cout))
    return nn.Sequential(*layers)


class ECCV16(nn.Module):
    def __init__(self):
        super().__init__()
        self.model1 = block(1, 64, 2, stride_last=2)
        self.model2 = block(64, 128, 2, stride_last=2)
        self.model3 = block(128, 256, 3, stride_last=2)
        self.model4 = block(256, 512, 3)
        self.model5 = block(512, 512, 3, dilation=2)
        self.model6 = block(512, 512, 3, dilation=2)
        self.model7 = block(512, 512, 3)
        self.model8 = nn.Sequential(
            nn.ConvTranspose2d(512, 256, 4, stride=2, padding=1), nn.ReLU(True),
            nn.Conv2d(256, 256, 3, padding=1), nn.ReLU(True),
            nn.Conv2d(256, 256, 3, padding=1), nn.ReLU(True),
            nn.Conv2d(256, 313, 1))
        self.model_out = nn.Conv2d(313, 2, 1, bias=False)  # kept so checkpoints load; not exported

    def forward(self, L):  # L already normalised: (L* - 50) / 100
        x = L
        for m in (self.model1, self.model2, self.model3, self.model4, self.model5, self.model6,
                  self.model7, self.model8):
            x = m(x)
        return x


def zhang_lab_classification():
    """The manifest fields Zhang et al.'s models share: L* in, logits over the 313 in-gamut ab bins
    out at a quarter of the size, annealed-mean decoding at T = 0.38, the upstream licence."""
    return dict(
        input={"name": "L", "layout": "NCHW", "channels": 1, "normalization": {"offset": 50, "scale": 100}},
        output={"name": "logits", "layout": "NCHW", "channels": 313, "stride": 4, "kind": "logits"},
        decode={"temperature": 0.38, "bins": ab_bins().astype(int).tolist()},
        license="BSD-2-Clause (upstream code and models; check the checkpoint's own terms)",
    )


def main(argv=None):
    ap = converter_parser(__doc__)
    args = ap.parse_args(argv)
    model = ECCV16()
    source = load_weights(model, args, ap)
    model.eval()
    path = export(model, args.out, "L", "logits", 1, args.size)
    diff = parity(model, path, "L", "logits", (1, 1, args.parity_size, args.parity_size))
    m = write_manifest(
        args.out, name="eccv16" + ("-random" if args.random_init else ""), family="lab-ab-classification",
        inputSize=args.size,
        **zhang_lab_classification(),
        citation="Zhang, R., Isola, P., Efros, A. A. Colorful Image Colorization. ECCV 2016.",
        trainingData="ImageNet (1.3M images), per the paper." if not args.random_init else "none (random weights)",
        converter={"script": "models/convert/eccv16.py", "source": source, "parityMaxAbsDiff": diff})
    print(f"wrote {path} ({m['bytes']} bytes); parity max|diff| {diff:.2e}")
    return m


if __name__ == "__main__":
    main()
