"""KlasLab-small: an ImageNet MobileNetV2 encoder (to stride 16) with a light decoder, from CIELAB
lightness to the 313 ab-bin logits (Zhang et al.'s classification), the same contract as
KlasLab-tiny.

Input  L  : [N, 1, H, W], value (L* - 50) / 100; H and W multiples of 16.
Output    : [N, 313, H/8, W/8] raw logits (stride 8: the engine upsamples the decoded a*b* to the
            photo's size; a stride-4 head cost 4x more to train on 2 shared CPU cores).

Encoder: torchvision MobileNetV2 `features[0:14]` with the weights imported from TFLite
(klaslab.mobilenet). It expects RGB in [-1, 1]; a grey photo has R = G = B = the sRGB value of
its lightness, so the first conv's weights are summed over RGB and it reads one grey channel.
`grey_from_L` turns L* into that sRGB grey (the exact CIELAB/sRGB curves, with the short linear
toe near black replaced by the power law: < 0.035 off below L* = 8).
Taps: features[3] (24 ch, stride 4), features[6] (32 ch, stride 8), features[13] (96 ch, 16).
Decoder: context at stride 16 (dilated 3x3 + image-mean branch), then bilinear x2 upsampling with
skip concatenation to stride 8, two 3x3 convs and a 1x1 classifier. Everything maps to ONNX
Pad/Conv/Clip/Relu/Add/Mul/Pow/Concat/Resize/ReduceMean; BatchNorm is folded at export.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torchvision.models import MobileNetV2

from .mobilenet import tf_same_padding
from .net import NUM_BINS, cbr

STRIDE = 8
TAPS = (3, 6, 13)            # features index after which a skip is taken
TAP_CHANNELS = (24, 32, 96)
ENCODER_DEPTH = 14           # features[0:14]


def grey_from_L(x):
    """(L* - 50) / 100 -> sRGB grey in [-1, 1] as the ImageNet encoder expects."""
    f = ((100.0 * x + 66.0) / 116.0).clamp(min=0.1)        # CIELAB f(Y) = (L* + 16) / 116
    srgb = 1.055 * f.pow(1.25) - 0.055                      # Y = f^3; sRGB = 1.055 Y^(1/2.4) - 0.055
    return 2.0 * srgb - 1.0


class Encoder(nn.Module):
    """MobileNetV2 features[0:14] on one grey channel; returns the three taps."""

    def __init__(self):
        super().__init__()
        self.features = tf_same_padding(MobileNetV2().features[:ENCODER_DEPTH])
        first = self._first_conv()
        grey = nn.Conv2d(1, first.out_channels, 3, stride=2, padding=0, bias=False)
        self._set_first_conv(grey)

    def _first_conv(self):
        return self.features[0][0].conv

    def _set_first_conv(self, conv):
        self.features[0][0].conv = conv

    def load_rgb_features(self, rgb_features):
        """Copy torchvision MobileNetV2 `features` weights (RGB), folding RGB into grey."""
        sd = {k: v for k, v in rgb_features.state_dict().items()
              if int(k.split(".")[0]) < ENCODER_DEPTH}
        key = "0.0.conv.weight"
        sd[key] = sd[key].sum(1, keepdim=True)
        self.features.load_state_dict(sd)

    def forward(self, L):
        x = grey_from_L(L)
        taps = []
        for i, block in enumerate(self.features):
            x = block(x)
            if i in TAPS:
                taps.append(x)
        return taps


class Decoder(nn.Module):
    """Stride-16 and stride-8 taps -> logits at stride 8 (the stride-4 tap is not used)."""

    def __init__(self, widths=(128, 96), num_bins=NUM_BINS):
        super().__init__()
        c16, c8 = widths
        _, t8, t16 = TAP_CHANNELS
        self.widths = tuple(widths)
        self.ctx = cbr(t16, c16, dilation=2)
        self.glob = nn.Sequential(nn.Conv2d(c16, c16, 1), nn.ReLU(inplace=True), nn.Conv2d(c16, c16, 1))
        self.dec8 = nn.Sequential(cbr(c16 + t8, c8), cbr(c8, c8))
        self.head = nn.Conv2d(c8, num_bins, 1)

    def forward(self, f4, f8, f16):
        x = self.ctx(f16)
        x = x + self.glob(x.mean(dim=(2, 3), keepdim=True))
        x = self.dec8(torch.cat([_up(x, f8), f8], 1))
        return self.head(x)


def _up(x, like):
    return F.interpolate(x, scale_factor=2.0, mode="bilinear", align_corners=False) \
        if x.shape[-1] * 2 == like.shape[-1] else F.interpolate(x, size=like.shape[-2:], mode="bilinear",
                                                                 align_corners=False)


class SmallColorNet(nn.Module):
    stride = STRIDE

    def __init__(self, widths=(128, 96)):
        super().__init__()
        self.encoder = Encoder()
        self.decoder = Decoder(widths)
        self.widths = tuple(widths)

    def forward(self, L):
        return self.decoder(*self.encoder(L))
