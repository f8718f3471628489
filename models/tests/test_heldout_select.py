import os
import sys
import unittest

import _paths  # noqa: F401
from _paths import MODELS

sys.path.insert(0, os.path.join(MODELS, "eval"))
import heldout  # noqa: E402


def temps(**kv):
    return {"temperatures": {t[1:].replace("_", "."): {"psnr": p, "colourfulness_ratio": r}
                             for t, (p, r) in kv.items()}}


class TestHeldoutSelection(unittest.TestCase):
    def test_highest_psnr_across_weights_and_temperatures(self):
        models = {"a.npz": temps(T0_38=(19.2, 1.5), T1_0=(20.1, 1.3)),
                  "b.npz": temps(T0_38=(20.4, 1.3), T1_0=(20.9, 1.2))}
        sel = heldout.select(models)
        self.assertEqual((sel["weights"], sel["temperature"]), ("b.npz", 1.0))

    def test_colourfulness_floor_excludes_washed_out_settings(self):
        # the best PSNR comes from a nearly grey setting: it must not win
        models = {"a.npz": temps(T1_0=(22.5, 0.4), T0_38=(20.0, 0.9)),
                  "b.npz": temps(T1_0=(21.0, 0.59))}
        sel = heldout.select(models)
        self.assertEqual((sel["weights"], sel["temperature"]), ("a.npz", 0.38))

    def test_none_when_nothing_qualifies(self):
        self.assertIsNone(heldout.select({"a.npz": temps(T1_0=(22.0, 0.1))}))


if __name__ == "__main__":
    unittest.main()
