import unittest

import numpy as np

import _paths  # noqa: F401
from klaslab.bins import ab_bins, computed_gamut_bins
from klaslab.color import lab_to_srgb_np, srgb_to_lab_np


class TestBins(unittest.TestCase):
    def test_313_bins_in_zhang_order(self):
        b = ab_bins()
        self.assertEqual(b.shape, (313, 2))
        self.assertEqual(len({tuple(x) for x in b.tolist()}), 313)
        self.assertEqual(b[0].tolist(), [-90, 50])
        self.assertEqual(b[-1].tolist(), [100, 0])
        keys = [(a, bb) for a, bb in b.tolist()]
        self.assertEqual(keys, sorted(keys))  # ordered by a, then b
        self.assertTrue(np.all(b % 10 == 0))

    def test_every_strictly_in_gamut_cell_is_a_bin(self):
        ours = {k for k, v in computed_gamut_bins(l_steps=41, sub=3).items() if v}
        zhang = {tuple(int(v) for v in x) for x in ab_bins()}
        self.assertTrue(ours <= zhang, sorted(ours - zhang))
        self.assertGreater(len(ours), 200)


class TestColor(unittest.TestCase):
    def test_roundtrip_and_reference_values(self):
        rgb = np.random.default_rng(0).random((500, 3))
        self.assertLess(np.abs(lab_to_srgb_np(srgb_to_lab_np(rgb)) - rgb).max(), 1e-9)
        white = srgb_to_lab_np(np.array([1.0, 1.0, 1.0]))
        self.assertAlmostEqual(white[0], 100.0, places=3)
        self.assertLess(abs(white[1]) + abs(white[2]), 0.01)
        red = srgb_to_lab_np(np.array([1.0, 0.0, 0.0]))
        np.testing.assert_allclose(red, [53.24, 80.09, 67.20], atol=0.05)

    def test_torch_matches_numpy(self):
        import torch
        from klaslab.color import srgb_to_lab_torch
        rgb = np.random.default_rng(1).random((2, 3, 8, 8)).astype(np.float32)
        t = srgb_to_lab_torch(torch.from_numpy(rgb)).numpy()
        n = srgb_to_lab_np(rgb.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)
        self.assertLess(np.abs(t - n).max(), 2e-3)


if __name__ == "__main__":
    unittest.main()
