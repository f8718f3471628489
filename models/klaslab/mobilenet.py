"""ImageNet MobileNetV2 from a quantized TFLite file into torchvision's MobileNetV2.

Source: google-coral/test_data `mobilenet_v2_1.0_224_quant.tflite` (Apache-2.0; TF-slim
MobileNetV2 1.0/224 trained on ImageNet, quantization-aware, BatchNorm folded into the
convolutions, 1001 classes with 0 = background). Every conv weight is uint8 with one scale and
zero point per tensor, every bias int32 (scale = input scale x weight scale). We dequantize
(real = scale * (q - zero_point)) and copy, in graph order, into torchvision's module order: the
TFLite operators CONV_2D/DEPTHWISE_CONV_2D appear in exactly the order of torchvision's Conv2d
modules, the last one being the 1x1 logits conv (torchvision's Linear classifier).

Two details make the float copy match the TFLite graph:
- Folded BatchNorm: torchvision's BN layers become an exact bias (gamma 1, mean 0, var 1 - eps).
- TF "SAME" padding: for stride-2 3x3 convs on even sizes, TF pads 0 before and 1 after, not 1
  and 1 as torchvision does; `tf_same_padding` swaps in that padding (an ONNX Pad before Conv).
Input: RGB in [-1, 1] (the TFLite input is uint8 with scale 1/128, zero point 128).
"""
import numpy as np
import torch
import torch.nn as nn
from torchvision.models import MobileNetV2

from .tflite import read_tflite

NUM_CLASSES = 1001  # TF-slim ImageNet: index 0 is "background", 1..1000 the ImageNet classes


class TFSamePadConv(nn.Module):
    """A stride-2 conv with TF's asymmetric SAME padding (0 before, k - 2 after, even sizes)."""

    def __init__(self, conv):
        super().__init__()
        k = conv.kernel_size[0]
        self.pad = nn.ZeroPad2d((0, k - 2, 0, k - 2))
        conv.padding = (0, 0)
        self.conv = conv

    def forward(self, x):
        return self.conv(self.pad(x))


def tf_same_padding(module):
    """Replace every stride-2 3x3 Conv2d inside `module` by a TFSamePadConv (in place)."""
    for name, child in module.named_children():
        if isinstance(child, nn.Conv2d) and child.stride == (2, 2) and child.kernel_size == (3, 3):
            setattr(module, name, TFSamePadConv(child))
        else:
            tf_same_padding(child)
    return module


def _conv_layers(net):
    """(Conv2d, BatchNorm2d) pairs of torchvision's MobileNetV2 features, in forward order."""
    mods = [m for m in net.features.modules() if isinstance(m, (nn.Conv2d, nn.BatchNorm2d))]
    pairs = list(zip(mods[0::2], mods[1::2]))
    for conv, bn in pairs:
        if not (isinstance(conv, nn.Conv2d) and isinstance(bn, nn.BatchNorm2d)):
            raise ValueError("unexpected torchvision MobileNetV2 layout (conv/bn pairs)")
    return pairs


def tflite_conv_weights(model):
    """[(kind, weight OIHW float32, bias float32)] for every conv op in graph order."""
    out = []
    for i, op in enumerate(model.operators):
        if op.opcode not in ("CONV_2D", "DEPTHWISE_CONV_2D"):
            continue
        w_t, b_t = model.tensors[op.inputs[1]], model.tensors[op.inputs[2]]
        w, b = w_t.dequantize(), b_t.dequantize()
        if op.opcode == "CONV_2D":       # TFLite OHWI -> OIHW
            w = w.transpose(0, 3, 1, 2)
        else:                            # TFLite depthwise 1HWC -> C1HW
            w = w.transpose(3, 0, 1, 2)
        out.append((op.opcode, np.ascontiguousarray(w), b, f"operator {i} ({w_t.name})"))
    return out


def mobilenet_v2_from_tflite(model_or_bytes):
    """A torchvision MobileNetV2 (1001 classes, TF SAME padding) holding the TFLite weights."""
    model = read_tflite(model_or_bytes) if isinstance(model_or_bytes, (bytes, bytearray)) \
        else model_or_bytes
    convs = tflite_conv_weights(model)
    net = MobileNetV2(num_classes=NUM_CLASSES)
    pairs = _conv_layers(net)
    if len(convs) != len(pairs) + 1:
        raise ValueError(f"the TFLite graph has {len(convs)} convolutions, MobileNetV2 needs "
                         f"{len(pairs) + 1} (features + logits)")
    with torch.no_grad():
        for (conv, bn), (_, w, b, where) in zip(pairs, convs):
            if tuple(conv.weight.shape) != w.shape:
                raise ValueError(f"{where}: weight {w.shape} does not fit {tuple(conv.weight.shape)}")
            conv.weight.copy_(torch.from_numpy(w))
            bn.weight.fill_(1.0)
            bn.bias.copy_(torch.from_numpy(b))
            bn.running_mean.zero_()
            bn.running_var.fill_(1.0 - bn.eps)
        _, w, b, where = convs[-1]
        fc = net.classifier[1]
        if w.shape[:2] != tuple(fc.weight.shape) or w.shape[2:] != (1, 1):
            raise ValueError(f"{where}: logits weight {w.shape} does not fit {tuple(fc.weight.shape)}")
        fc.weight.copy_(torch.from_numpy(w[:, :, 0, 0]))
        fc.bias.copy_(torch.from_numpy(b))
    return tf_same_padding(net).eval()


def preprocess(rgb_u8, size=224):
    """RGB uint8 [H, W, 3] -> [1, 3, size, size] in [-1, 1]: central crop of 87.5%, bilinear."""
    from PIL import Image
    img = Image.fromarray(rgb_u8)
    w, h = img.size
    c = 0.875
    box = (w * (1 - c) / 2, h * (1 - c) / 2, w * (1 + c) / 2, h * (1 + c) / 2)
    img = img.resize((size, size), Image.BILINEAR, box=box)
    x = np.asarray(img, np.float32) / 127.5 - 1.0
    return torch.from_numpy(x.transpose(2, 0, 1).copy())[None]
