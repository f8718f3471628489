"""The TFLite reader and the MobileNetV2 import, without the fetched 3.6 MB model: the reader on a
committed 1.9 kB Coral model, the import on a synthetic quantized graph built from a random
torchvision MobileNetV2 (the real file's classification proof is models/encoder.py)."""
import os
import unittest

import numpy as np
import torch
from torchvision.models import MobileNetV2

import _paths  # noqa: F401
from klaslab import mobilenet, small
from klaslab.tflite import Model, Operator, Tensor, TFLiteError, read_tflite

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "split_concat.tflite")


class TestReader(unittest.TestCase):
    def setUp(self):
        with open(FIXTURE, "rb") as f:
            self.data = f.read()

    def test_reads_tensors_and_operators(self):
        m = read_tflite(self.data)
        self.assertEqual(m.version, 3)
        self.assertEqual(m.inputs, (0, 1, 2))
        self.assertEqual([o.opcode for o in m.operators], ["CONCATENATION", "SPLIT", "CONCATENATION"])
        t = m.tensors[0]
        self.assertEqual((t.name, t.shape, t.dtype), ("input1", (1, 8, 8, 3), np.uint8))
        self.assertAlmostEqual(float(t.scale[0]), 1 / 128)
        self.assertEqual(int(t.zero_point[0]), 128)
        self.assertIsNone(t.data)
        axis = m.tensors[11]  # the SPLIT axis: a constant int32 scalar
        self.assertEqual((axis.name, axis.shape), ("split_dim", ()))
        self.assertEqual(int(axis.data), 3)

    def test_rejects_other_files_with_a_location(self):
        with self.assertRaisesRegex(TFLiteError, "TFL3"):
            read_tflite(b"\x00" * 16)
        with self.assertRaisesRegex(TFLiteError, "outside the file"):
            read_tflite(self.data[:600])

    def test_dequantize_per_tensor_and_per_channel(self):
        t = Tensor(0, "w", (2, 2), np.uint8, 1, np.array([0.5], np.float32), np.array([10]),
                   data=np.array([[10, 12], [8, 10]], np.uint8))
        np.testing.assert_allclose(t.dequantize(), [[0, 1], [-1, 0]])
        t = Tensor(0, "w", (2, 2), np.int8, 1, np.array([1.0, 2.0], np.float32), np.array([0, 0]),
                   quantized_dimension=0, data=np.array([[1, 2], [3, 4]], np.int8))
        np.testing.assert_allclose(t.dequantize(), [[1, 2], [6, 8]])


def synthetic_tflite(seed=0):
    """A Model holding a random torchvision MobileNetV2's convs, quantized to uint8 like Coral's
    file (OHWI / 1HWC layouts, int32 biases), plus the reference float weights it stands for."""
    g = np.random.default_rng(seed)
    ref = MobileNetV2(num_classes=mobilenet.NUM_CLASSES)
    convs = [m for m in ref.features.modules() if isinstance(m, torch.nn.Conv2d)]
    tensors, ops, expect = [], [], []

    def add(arr, scale, zp, dtype):
        tensors.append(Tensor(len(tensors), f"t{len(tensors)}", arr.shape, dtype,
                              len(tensors) + 1, np.array([scale], np.float32), np.array([zp]),
                              data=arr.astype(dtype)))
        return len(tensors) - 1

    shapes = [(c.weight.shape, c.groups > 1) for c in convs] + [((1001, 1280, 1, 1), False)]
    for shape, depthwise in shapes:
        q = g.integers(0, 256, shape)
        scale, zp = float(g.uniform(0.001, 0.05)), int(g.integers(100, 156))
        bias_q = g.integers(-5000, 5000, shape[0])
        bias_scale = float(g.uniform(1e-5, 1e-3))
        w = scale * (q - zp)
        expect.append((w.astype(np.float32), (bias_scale * bias_q).astype(np.float32)))
        stored = q.transpose(1, 2, 3, 0) if depthwise else q.transpose(0, 2, 3, 1)
        wi = add(stored, scale, zp, np.uint8)
        bi = add(bias_q, bias_scale, 0, np.int32)
        ops.append(Operator("DEPTHWISE_CONV_2D" if depthwise else "CONV_2D", (0, wi, bi), ()))
        ops.append(Operator("ADD", (), ()))  # other operators are skipped
    return Model(3, tensors, ops, (0,), ()), expect


class TestMobileNetImport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model, cls.expect = synthetic_tflite()
        cls.net = mobilenet.mobilenet_v2_from_tflite(cls.model)

    def test_weights_land_in_torchvision_order_and_layout(self):
        convs = [m for m in self.net.features.modules() if isinstance(m, torch.nn.Conv2d)]
        bns = [m for m in self.net.features.modules() if isinstance(m, torch.nn.BatchNorm2d)]
        self.assertEqual(len(convs) + 1, len(self.expect))
        for conv, bn, (w, b) in zip(convs, bns, self.expect):
            np.testing.assert_allclose(conv.weight.detach().numpy(), w, rtol=1e-6, atol=1e-7)
            np.testing.assert_allclose(bn.bias.detach().numpy(), b, rtol=1e-6, atol=1e-9)
        w, b = self.expect[-1]
        np.testing.assert_allclose(self.net.classifier[1].weight.detach().numpy(), w[:, :, 0, 0], rtol=1e-6)

    def test_folded_batchnorm_is_an_exact_bias(self):
        bn = self.net.features[0][1]
        x = torch.randn(1, 32, 4, 4)
        np.testing.assert_allclose(bn(x).detach().numpy(), (x + bn.bias.view(1, -1, 1, 1)).detach().numpy(),
                                   atol=1e-6)

    def test_stride2_convs_pad_like_tensorflow_same(self):
        conv = self.net.features[0][0]
        self.assertIsInstance(conv, mobilenet.TFSamePadConv)
        self.assertEqual(conv.pad.padding, (0, 1, 0, 1))
        self.assertEqual(tuple(self.net(torch.zeros(1, 3, 224, 224)).shape), (1, 1001))

    def test_wrong_graph_is_refused(self):
        m = Model(3, self.model.tensors, self.model.operators[:10], (0,), ())
        with self.assertRaisesRegex(ValueError, "convolutions"):
            mobilenet.mobilenet_v2_from_tflite(m)

    def test_small_encoder_reads_grey_like_rgb(self):
        enc = small.Encoder()
        enc.load_rgb_features(self.net.features)
        L = torch.rand(1, 1, 64, 64) - 0.5
        grey = small.grey_from_L(L).expand(1, 3, 64, 64)
        want = self.net.features[:small.ENCODER_DEPTH](grey)
        got = enc.eval()(L)[-1]
        np.testing.assert_allclose(got.detach().numpy(), want.detach().numpy(), rtol=1e-4, atol=1e-4)

    def test_grey_from_L_follows_srgb(self):
        from klaslab.color import lab_to_srgb_np
        Ls = np.array([10.0, 30, 50, 70, 90, 100])
        srgb = lab_to_srgb_np(np.stack([Ls, 0 * Ls, 0 * Ls], -1))[:, 0]
        got = small.grey_from_L(torch.tensor((Ls - 50) / 100)).numpy()
        np.testing.assert_allclose((got + 1) / 2, srgb, atol=2e-3)


if __name__ == "__main__":
    unittest.main()
