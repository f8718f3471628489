"""KlasLab-tiny: a compact U-Net-style CNN from CIELAB lightness to 313 ab-bin logits.

Input  L  : [N, 1, H, W], value (L* - 50) / 100; H and W must be multiples of 16.
Output    : [N, 313, H/4, W/4] raw logits over the bins in klaslab.bins (stride 4).

Encoder: 4 downsamplings (strides 2) to H/16 with a global-context branch (image-level mean ->
1x1 -> broadcast add), dilated 3x3 convs at H/16; decoder: bilinear x2 upsampling with skip
concatenation back to H/4, then a 1x1 classifier. BatchNorm is folded into the convolutions at
ONNX export (eval mode). Every op maps to ONNX Conv/Relu/Add/Concat/Resize/ReduceMean (opset 13+).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

NUM_BINS = 313
STRIDE = 4


def cbr(cin, cout, stride=1, dilation=1):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride=stride, padding=dilation, dilation=dilation, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
    )


class TinyColorNet(nn.Module):
    def __init__(self, widths=(16, 32, 64, 96, 128), num_bins=NUM_BINS):
        super().__init__()
        w1, w2, w3, w4, w5 = widths
        self.widths = tuple(widths)
        self.enc1 = nn.Sequential(cbr(1, w1), cbr(w1, w1))                 # H
        self.enc2 = nn.Sequential(cbr(w1, w2, 2), cbr(w2, w2))             # H/2
        self.enc3 = nn.Sequential(cbr(w2, w3, 2), cbr(w3, w3))             # H/4
        self.enc4 = nn.Sequential(cbr(w3, w4, 2), cbr(w4, w4))             # H/8
        self.enc5 = nn.Sequential(cbr(w4, w5, 2), cbr(w5, w5, dilation=2))  # H/16
        self.glob = nn.Sequential(nn.Conv2d(w5, w5, 1), nn.ReLU(inplace=True), nn.Conv2d(w5, w5, 1))
        self.dec4 = cbr(w5 + w4, w4)                                       # H/8
        self.dec3 = nn.Sequential(cbr(w4 + w3, w3), cbr(w3, w3))           # H/4
        self.head = nn.Conv2d(w3, num_bins, 1)

    def forward(self, L):
        e1 = self.enc1(L)
        e2 = self.enc2(e1)
        e3 = self.enc3(e2)
        e4 = self.enc4(e3)
        e5 = self.enc5(e4)
        e5 = e5 + self.glob(e5.mean(dim=(2, 3), keepdim=True))
        d4 = self.dec4(torch.cat([F.interpolate(e5, scale_factor=2.0, mode="bilinear",
                                                align_corners=False), e4], 1))
        d3 = self.dec3(torch.cat([F.interpolate(d4, scale_factor=2.0, mode="bilinear",
                                                align_corners=False), e3], 1))
        return self.head(d3)


def count_params(model):
    return sum(p.numel() for p in model.parameters())
