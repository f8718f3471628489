#!/usr/bin/env python3
"""Convert Zhang et al.'s SIGGRAPH 2017 colorizer ("Real-Time User-Guided Image Colorization with
Learned Deep Priors") to our lab-ab-classification format, used without user hints.

The network's classification branch ('model_class', a 1x1 conv on conv8 at stride 4) predicts
529 classes: the full 23x23 ab grid, a and b from -110 to 110 in steps of 10, index = 23*ia + ib.
We export the logits of the 313 classes that are Zhang's in-gamut bins (same order as
klaslab.bins / model.json), by keeping those rows of the 1x1 conv. Dropping the 216 out-of-gamut
classes renormalises the softmax over the in-gamut ones. The hint inputs are fixed to "no hints"
inside the graph (ab = 0, mask = 0 - 0.5), so the ONNX input is only L = (L* - 50)/100.

  /usr/bin/python3 models/convert/siggraph17.py CHECKPOINT.pth --out DIR
  /usr/bin/python3 models/convert/siggraph17.py --random-init --out DIR

The architecture is written from the paper (conv1-conv10 with shortcuts conv3->8, conv2->9,
conv1->10); parameter names follow the public PyTorch port's state-dict layout.
"""
import os
import sys

import numpy as np
import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import converter_parser, export, load_weights, parity, write_manifest  # noqa: E402
from eccv16 import block, zhang_lab_classification  # noqa: E402

from klaslab.bins import ab_bins  # noqa: E402


def grid_index_of_bins():
    bins = ab_bins().astype(int)
    return np.array([((a + 110) // 10) * 23 + (b + 110) // 10 for a, b in bins])


class SIGGRAPH17(nn.Module):
    def __init__(self):
        super().__init__()
        self.model1 = block(4, 64, 2)
        self.model2 = block(64, 128, 2)
        self.model3 = block(128, 256, 3)
        self.model4 = block(256, 512, 3)
        self.model5 = block(512, 512, 3, dilation=2)
        self.model6 = block(512, 512, 3, dilation=2)
        self.model7 = block(512, 512, 3)
        self.model8up = nn.Sequential(nn.ConvTranspose2d(512, 256, 4, stride=2, padding=1))
        self.model3short8 = nn.Sequential(nn.Conv2d(256, 256, 3, padding=1))
        self.model8 = nn.Sequential(nn.ReLU(True), nn.Conv2d(256, 256, 3, padding=1), nn.ReLU(True),
                                    nn.Conv2d(256, 256, 3, padding=1), nn.ReLU(True), nn.BatchNorm2d(256))
        self.model9up = nn.Sequential(nn.ConvTranspose2d(256, 128, 4, stride=2, padding=1))
        self.model2short9 = nn.Sequential(nn.Conv2d(128, 128, 3, padding=1))
        self.model9 = nn.Sequential(nn.ReLU(True), nn.Conv2d(128, 128, 3, padding=1), nn.ReLU(True),
                                    nn.BatchNorm2d(128))
        self.model10up = nn.Sequential(nn.ConvTranspose2d(128, 128, 4, stride=2, padding=1))
        self.model1short10 = nn.Sequential(nn.Conv2d(64, 128, 3, padding=1))
        self.model10 = nn.Sequential(nn.ReLU(True), nn.Conv2d(128, 128, 3, padding=1), nn.LeakyReLU(0.2))
        self.model_class = nn.Sequential(nn.Conv2d(256, 529, 1))
        self.model_out = nn.Sequential(nn.Conv2d(128, 2, 1), nn.Tanh())

    def trunk(self, L):
        """conv8 features at stride 4 for L with no hints."""
        zeros = torch.zeros_like(L)
        x = torch.cat([L, zeros, zeros, zeros - 0.5], 1)
        c1 = self.model1(x)
        c2 = self.model2(c1[:, :, ::2, ::2])
        c3 = self.model3(c2[:, :, ::2, ::2])
        c4 = self.model4(c3[:, :, ::2, ::2])
        c7 = self.model7(self.model6(self.model5(c4)))
        return self.model8(self.model8up(c7) + self.model3short8(c3))

    def forward(self, L):
        return self.model_class(self.trunk(L))


class InGamutLogits(nn.Module):
    """SIGGRAPH17 -> 313 in-gamut logits (rows of the 529-way 1x1 conv, Zhang's bin order)."""

    def __init__(self, net):
        super().__init__()
        self.net = net
        idx = torch.as_tensor(grid_index_of_bins())
        conv = net.model_class[0]
        self.head = nn.Conv2d(256, 313, 1)
        with torch.no_grad():
            self.head.weight.copy_(conv.weight[idx])
            self.head.bias.copy_(conv.bias[idx])

    def forward(self, L):
        return self.head(self.net.trunk(L))


def main(argv=None):
    ap = converter_parser(__doc__)
    args = ap.parse_args(argv)
    net = SIGGRAPH17()
    source = load_weights(net, args, ap)
    model = InGamutLogits(net.eval()).eval()
    path = export(model, args.out, "L", "logits", 1, args.size)
    diff = parity(model, path, "L", "logits", (1, 1, args.parity_size, args.parity_size))
    m = write_manifest(
        args.out, name="siggraph17" + ("-random" if args.random_init else ""), family="lab-ab-classification",
        inputSize=args.size,
        **zhang_lab_classification(),
        citation=("Zhang, R., Zhu, J.-Y., Isola, P., Geng, X., Lin, A. S., Yu, T., Efros, A. A. "
                  "Real-Time User-Guided Image Colorization with Learned Deep Priors. SIGGRAPH 2017."),
        trainingData="ImageNet, per the paper." if not args.random_init else "none (random weights)",
        converter={"script": "models/convert/siggraph17.py", "source": source, "parityMaxAbsDiff": diff,
                   "note": "313 of the 529 grid classes (in-gamut bins); no user hints"})
    print(f"wrote {path} ({m['bytes']} bytes); parity max|diff| {diff:.2e}")
    return m


if __name__ == "__main__":
    main()
