"""models/small/pack.py: the photo copy for a GPU machine keeps what a view needs, deterministically."""
import hashlib
import os
import sys
import tempfile
import unittest

import numpy as np
from PIL import Image

import _paths  # noqa: F401

sys.path.insert(0, os.path.join(_paths.MODELS, "small"))
from pack import pack_photo  # noqa: E402


def photo(path, w, h):
    rng = np.random.default_rng(w * 1000 + h)
    Image.fromarray(rng.integers(0, 255, (h, w, 3), np.uint8)).save(path)


class PackTest(unittest.TestCase):
    def test_scales_the_short_side_down_only_and_is_deterministic(self):
        with tempfile.TemporaryDirectory() as d:
            photo(os.path.join(d, "big.png"), 600, 400)
            photo(os.path.join(d, "small.png"), 227, 227)
            digests = []
            for run in ("a", "b"):
                pack_photo(os.path.join(d, "big.png"), os.path.join(d, run, "g", "big.png"), 240, 75)
                pack_photo(os.path.join(d, "small.png"), os.path.join(d, run, "g", "small.png"), 240, 75)
                self.assertEqual(Image.open(os.path.join(d, run, "g", "big.png")).size, (360, 240))
                self.assertEqual(Image.open(os.path.join(d, run, "g", "small.png")).size, (227, 227))
                self.assertEqual(Image.open(os.path.join(d, run, "g", "big.png")).format, "JPEG")
                with open(os.path.join(d, run, "g", "big.png"), "rb") as f:
                    digests.append(hashlib.sha1(f.read()).hexdigest())
            self.assertEqual(digests[0], digests[1])
            self.assertFalse(any(f.endswith(".tmp") for f in os.listdir(os.path.join(d, "a", "g"))))


if __name__ == "__main__":
    unittest.main()
