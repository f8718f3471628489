import json
import os
import tempfile
import unittest

import numpy as np
import torch
from PIL import Image

import _paths  # noqa: F401
from _paths import MODELS


def make_dataset(root, n=5, seed=0):
    g = np.random.default_rng(seed)
    os.makedirs(os.path.join(root, "photos", "synthetic"))
    rows = ["file\tpackage\tversion\tsource_path\tauthor\tlicence\tsize"]
    for i in range(n):
        h, w = 64 + 16 * i, 80
        yy, xx = np.mgrid[0:h, 0:w]
        img = np.stack([(xx * 3 + i * 40) % 256, (yy * 2) % 256, (xx + yy + 60 * i) % 256], -1)
        img = np.clip(img + g.normal(0, 10, img.shape), 0, 255).astype("uint8")
        Image.fromarray(img).save(os.path.join(root, "photos", "synthetic", f"{i}.jpg"))
        rows.append(f"synthetic/{i}.jpg\tsynthetic\t0\tgen\ttest\tCC0-1.0\t{w}x{h}")
    with open(os.path.join(root, "manifest.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")


class TestTrainer(unittest.TestCase):
    def test_cpu_run_and_exact_resume(self):
        import train
        with tempfile.TemporaryDirectory() as d:
            data = os.path.join(d, "data")
            make_dataset(data)
            common = ["--data", data, "--device", "cpu", "--steps", "6", "--batch", "2", "--crop", "32",
                      "--widths", "4,8,8,8,8", "--val", "1", "--ckpt-every", "3", "--log-every", "2",
                      "--warmup", "2"]
            train.main(common + ["--run-dir", os.path.join(d, "a")])
            train.main(common + ["--run-dir", os.path.join(d, "b"), "--stop-after", "4"])
            ck = torch.load(os.path.join(d, "b", "last.pt"))
            self.assertEqual(ck["step"], 4)
            train.main(["--resume", "--run-dir", os.path.join(d, "b"), "--data", data, "--device", "cpu"])
            wa = np.load(os.path.join(d, "a", "weights.npz"))
            wb = np.load(os.path.join(d, "b", "weights.npz"))
            self.assertEqual(sorted(wa.files), sorted(wb.files))
            for k in wa.files:
                np.testing.assert_allclose(wa[k], wb[k], rtol=0, atol=1e-6, err_msg=k)
            summary = json.load(open(os.path.join(d, "a", "summary.json")))
            self.assertEqual(summary["steps"], 6)

    def test_keep_best_early_stop_and_colour_stats(self):
        import train
        with tempfile.TemporaryDirectory() as d:
            data = os.path.join(d, "data")
            make_dataset(data)
            run = os.path.join(d, "r")
            train.main(["--data", data, "--device", "cpu", "--steps", "40", "--batch", "2", "--crop", "32",
                        "--widths", "4,8,8,8,8", "--val", "1", "--ckpt-every", "1", "--log-every", "1",
                        "--warmup", "1", "--lr", "0.5", "--keep-best", "--patience", "1", "--run-dir", run])
            best = json.load(open(os.path.join(run, "best.json")))
            summary = json.load(open(os.path.join(run, "summary.json")))
            self.assertTrue(os.path.exists(os.path.join(run, "best.npz")))
            self.assertEqual(summary["best"]["step"], best["step"])
            # patience 1: stops at the first validation that does not improve (or runs to the end)
            self.assertLessEqual(summary["steps"], 40)
            if summary["steps"] < 40:
                self.assertEqual(summary["steps"], best["step"] + 1)
            stats = json.load(open(os.path.join(run, "colour-stats.json")))
            self.assertEqual(stats["photos"], 4)
            self.assertTrue(-128 < stats["mean_a"] < 128 and -128 < stats["mean_b"] < 128)

    def test_soft_encoding_targets(self):
        import train
        from klaslab.bins import ab_bins
        bins = ab_bins()
        prior = np.full(313, 1 / 313)
        loss = train.SoftEncodeLoss(bins, prior, 0.5, 5.0, "cpu")
        ab = torch.tensor(bins[[0, 100]]).T.reshape(1, 2, 1, 2).float()
        z, nearest = loss.targets(ab)
        self.assertEqual(tuple(z.shape), (1, 313, 1, 2))
        np.testing.assert_allclose(z.sum(1).numpy(), 1.0, atol=1e-6)
        self.assertEqual(nearest.flatten().tolist(), [0, 100])
        self.assertAlmostEqual(float(loss.weights.mean()), 1.0, places=5)  # uniform prior -> w = 1


class TestExportAndShippedModel(unittest.TestCase):
    def test_export_small_model_with_dynamic_size(self):
        import onnx
        from klaslab.net import TinyColorNet
        from export import export_onnx
        from onnx_numpy import run_model
        torch.manual_seed(0)
        m = TinyColorNet((4, 8, 8, 8, 8)).eval()
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "m.onnx")
            model = export_onnx(m, p, size=64)
            self.assertGreaterEqual(model.opset_import[0].version, 13)
            for h, w in ((32, 48), (80, 64)):
                x = np.random.default_rng(h).uniform(-0.5, 0.5, (1, 1, h, w)).astype(np.float32)
                got = run_model(p, {"L": x})["logits"]
                with torch.no_grad():
                    ref = m(torch.from_numpy(x)).numpy()
                self.assertEqual(got.shape, (1, 313, h // 4, w // 4))
                self.assertLess(np.abs(got - ref).max(), 1e-4)
            onnx.checker.check_model(onnx.load(p))

    def test_shipped_manifest_matches_model(self):
        import hashlib
        import onnx
        from klaslab.bins import ab_bins
        d = os.path.join(MODELS, "klaslab-tiny")
        man = json.load(open(os.path.join(d, "model.json")))
        blob = open(os.path.join(d, man["file"]), "rb").read()
        self.assertEqual(man["sha256"], hashlib.sha256(blob).hexdigest())
        self.assertEqual(man["bytes"], len(blob))
        self.assertLessEqual(len(blob), 8 * 1024 * 1024)
        self.assertEqual(man["family"], "lab-ab-classification")
        self.assertEqual(man["decode"]["bins"], ab_bins().astype(int).tolist())
        self.assertTrue(os.path.exists(os.path.join(d, man["modelCard"])))
        m = onnx.load(os.path.join(d, man["file"]))
        self.assertGreaterEqual(m.opset_import[0].version, 13)
        inp, out = m.graph.input[0], m.graph.output[0]
        self.assertEqual((inp.name, out.name), (man["input"]["name"], man["output"]["name"]))
        dims = [d.dim_param or d.dim_value for d in inp.type.tensor_type.shape.dim]
        self.assertEqual(dims[:2], [1, 1])
        self.assertTrue(all(isinstance(v, str) for v in dims[2:]), dims)  # dynamic H, W

    def test_shipped_parity_fixtures_replay(self):
        from onnx_numpy import run_model
        d = os.path.join(MODELS, "klaslab-tiny", "parity")
        spec = json.load(open(os.path.join(d, "cases.json")))
        for name, c in spec["cases"].items():
            x = np.fromfile(os.path.join(d, c["L"]), "<f4").reshape(c["L_shape"])
            ref = np.fromfile(os.path.join(d, c["logits"]), "<f4").reshape(c["logits_shape"])
            got = run_model(os.path.join(d, spec["model"]), {"L": x})["logits"]
            self.assertLess(np.abs(got - ref).max(), spec["tolerance"], name)


if __name__ == "__main__":
    unittest.main()
