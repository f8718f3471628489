import json
import os
import tempfile
import unittest

import numpy as np
import torch

import _paths  # noqa: F401


class TestConverters(unittest.TestCase):
    def _check_manifest(self, d, family, inp, out, channels):
        import hashlib
        import onnx
        man = json.load(open(os.path.join(d, "model.json")))
        blob = open(os.path.join(d, "model.onnx"), "rb").read()
        self.assertEqual(man["sha256"], hashlib.sha256(blob).hexdigest())
        self.assertEqual(man["family"], family)
        self.assertEqual(man["input"]["name"], inp)
        self.assertEqual(man["output"]["name"], out)
        self.assertEqual(man["output"]["channels"], channels)
        m = onnx.load(os.path.join(d, "model.onnx"))
        self.assertEqual([i.name for i in m.graph.input], [inp])
        self.assertEqual([o.name for o in m.graph.output], [out])
        self.assertGreaterEqual(m.opset_import[0].version, 13)
        self.assertLessEqual(man["converter"]["parityMaxAbsDiff"], 1e-4)
        return man

    def test_eccv16_random_init(self):
        import eccv16
        with tempfile.TemporaryDirectory() as d:
            man = eccv16.main(["--random-init", "--out", d, "--size", "64", "--parity-size", "32"])
            self._check_manifest(d, "lab-ab-classification", "L", "logits", 313)
            self.assertEqual(man["output"]["stride"], 4)
            self.assertEqual(len(man["decode"]["bins"]), 313)

    def test_eccv16_checkpoint_roundtrip(self):
        import eccv16
        net = eccv16.ECCV16()
        keys = set(net.state_dict())
        for k in ("model1.0.weight", "model1.4.running_var", "model3.6.weight", "model8.0.weight",
                  "model8.6.bias", "model_out.weight"):
            self.assertIn(k, keys)  # the public port's state-dict layout
        with tempfile.TemporaryDirectory() as d:
            from common import random_init_
            random_init_(net, seed=3)
            torch.save({"state_dict": {"module." + k: v for k, v in net.state_dict().items()}},
                       os.path.join(d, "ck.pth"))
            eccv16.main([os.path.join(d, "ck.pth"), "--out", os.path.join(d, "o"), "--size", "64",
                         "--parity-size", "32"])
            bad = {k: v for k, v in net.state_dict().items() if k != "model8.6.bias"}
            torch.save(bad, os.path.join(d, "bad.pth"))
            with self.assertRaises(ValueError):
                eccv16.main([os.path.join(d, "bad.pth"), "--out", os.path.join(d, "o2")])

    def test_siggraph17_random_init_and_bin_selection(self):
        import siggraph17
        idx = siggraph17.grid_index_of_bins()
        self.assertEqual(len(set(idx.tolist())), 313)
        self.assertTrue(((idx >= 0) & (idx < 529)).all())
        self.assertEqual(idx[0], ((-90 + 110) // 10) * 23 + (50 + 110) // 10)
        with tempfile.TemporaryDirectory() as d:
            self._check_manifest_after(siggraph17.main(["--random-init", "--out", d, "--size", "64",
                                                        "--parity-size", "32"]), d)
        net = siggraph17.SIGGRAPH17().eval()
        from common import random_init_
        random_init_(net)
        sel = siggraph17.InGamutLogits(net).eval()
        x = torch.rand(1, 1, 32, 32) - 0.5
        with torch.no_grad():
            full, part = net(x), sel(x)
        np.testing.assert_allclose(part.numpy(), full[:, torch.as_tensor(idx)].numpy(), atol=1e-5)

    def _check_manifest_after(self, man, d):
        self._check_manifest(d, "lab-ab-classification", "L", "logits", 313)

    def test_deoldify_random_init(self):
        import deoldify
        with tempfile.TemporaryDirectory() as d:
            man = deoldify.main(["--random-init", "--width", "0.25", "--out", d, "--size", "64",
                                 "--parity-size", "32"])
            self._check_manifest(d, "rgb-to-rgb", "rgb", "rgb_out", 3)
            self.assertEqual(man["input"]["normalization"]["mean"], deoldify.MEAN)

    def test_spectral_norm_folding(self):
        import deoldify
        conv = torch.nn.utils.spectral_norm(torch.nn.Conv2d(3, 4, 3))
        conv.eval()
        with torch.no_grad():
            for _ in range(3):
                conv.train()
                conv(torch.rand(1, 3, 8, 8))
            conv.eval()
            expected = conv.weight.detach().clone()
        folded = deoldify.fold_spectral_norm(conv.state_dict())
        np.testing.assert_allclose(folded["weight"].numpy(), expected.numpy(), atol=1e-5)


if __name__ == "__main__":
    unittest.main()
