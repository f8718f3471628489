import os
import struct
import tempfile
import unittest
import zlib

import _paths  # noqa: F401
import fetch
import rcc


def _name(s):
    raw = s.encode("utf-16-be")
    return struct.pack(">HI", len(s), 0) + raw


def make_rcc(files):
    """Minimal rcc v2 writer for tests: one root dir holding `files` {name: (bytes, compress)}."""
    names, data, entries = b"", b"", []
    items = sorted(files.items())
    # tree: root (dir) then files
    name_offs, data_offs = [], []
    for n, (blob, comp) in items:
        name_offs.append(len(names))
        names += _name(n)
        data_offs.append(len(data))
        payload = struct.pack(">I", len(blob)) + zlib.compress(blob) if comp else blob
        data += struct.pack(">I", len(payload)) + payload
    tree = struct.pack(">IHII", 0, 2, len(items), 1) + b"\0" * 8
    for (n, (blob, comp)), no, do in zip(items, name_offs, data_offs):
        tree += struct.pack(">IHHHI", no, 1 if comp else 0, 0, 0, do) + b"\0" * 8
    header_len = 20
    tree_off = header_len
    data_off = tree_off + len(tree)
    names_off = data_off + len(data)
    return b"qres" + struct.pack(">IIII", 2, tree_off, data_off, names_off) + tree + data + names


class TestRcc(unittest.TestCase):
    def test_extracts_plain_and_zlib_entries(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "t.rcc")
            with open(p, "wb") as f:
                f.write(make_rcc({"a.webp": (b"hello", False), "b.png": (b"world" * 50, True)}))
            got = dict(rcc.iter_rcc(p))
            self.assertEqual(got, {"a.webp": b"hello", "b.png": b"world" * 50})


class TestLicences(unittest.TestCase):
    COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/

Files: *
Copyright: 2000 Someone
License: GPL-3+

Files: src/activities/erase/resource/cat1.jpg
Copyright: 2011 Jane Doe <jane@example.org>
License: CC-BY-SA-3.0

Files: src/activities/fish/*
Copyright: public domain
License: public-domain
"""

    def test_dep5_lookup_last_match_wins_and_extension_agnostic(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "copyright")
            with open(p, "w") as f:
                f.write(self.COPYRIGHT)
            st = fetch.parse_copyright(p)
            self.assertEqual(fetch.lookup_licence(st, "src/activities/erase/resource/cat1.webp")["license"],
                             "CC-BY-SA-3.0")
            self.assertEqual(fetch.lookup_licence(st, "src/activities/fish/x/y.png")["license"], "public-domain")
            self.assertEqual(fetch.lookup_licence(st, "src/other.png")["license"], "GPL-3+")
            self.assertEqual(fetch.author_of(st[1]["copyright"]), "Jane Doe")

    def test_policy(self):
        for ok in ("CC-BY-SA-3.0", "CC-BY-2.0", "CC0-1.0", "public-domain", "CC-BY-SA-4.0",
                   "CC0-1.0 and CC-BY-3.0", "GPL-3+ or CC-BY-SA-4.0"):
            self.assertTrue(fetch.licence_ok(ok), ok)
        for bad in ("GPL-3+", "GPL-2+", "LGPLv3", "GFDL-NIV-1.2", "unknown", "", "CC-BY-NC-2.0",
                    "CC-BY-3.0 and GPL-3"):
            self.assertFalse(fetch.licence_ok(bad), bad)


class TestPhotoHeuristics(unittest.TestCase):
    def test_rejects_flat_grey_and_transparent_images(self):
        import numpy as np
        from PIL import Image
        g = np.random.default_rng(0)
        noise = (g.random((256, 256, 3)) * 255).astype("uint8")
        self.assertIsNone(fetch.photo_check(Image.fromarray(noise)))
        flat = np.zeros((256, 256, 3), "uint8")
        flat[:, 128:] = [200, 30, 30]
        self.assertIsNotNone(fetch.photo_check(Image.fromarray(flat)))
        grey = np.repeat(noise[..., :1], 3, -1)
        self.assertTrue(fetch.photo_check(Image.fromarray(grey)).startswith("greyscale"))
        rgba = np.concatenate([noise, np.zeros((256, 256, 1), "uint8")], -1)
        self.assertEqual(fetch.photo_check(Image.fromarray(rgba, "RGBA")), "transparent")
        self.assertTrue(fetch.photo_check(Image.fromarray(noise[:100])).startswith("small"))

    def test_keeps_colour_photos_of_grey_things_and_drops_toned_ones(self):
        import numpy as np
        from PIL import Image
        g = np.random.default_rng(1)
        grey = np.repeat((g.random((256, 256, 1)) * 255).astype("uint8"), 3, -1)
        # Sepia: every pixel's colour is the same hue, scaled with its lightness.
        sepia = (grey * np.array([1.0, 0.96, 0.9])).astype("uint8")
        self.assertTrue(fetch.photo_check(Image.fromarray(sepia)).startswith("toned"))
        # A grey scene with a few things of every colour (a white car, a red sign, green leaves):
        # mean chroma far below the old threshold of 6, and kept.
        scene = grey.copy()
        spots = g.random((256, 256)) < 0.06
        scene[spots] = (g.random((int(spots.sum()), 3)) * 255).astype("uint8")
        a, b = fetch.lab_ab(np.asarray(Image.fromarray(scene).resize((128, 128), Image.BOX)))
        self.assertLess(np.hypot(a, b).mean(), 6)
        self.assertIsNone(fetch.photo_check(Image.fromarray(scene)))


if __name__ == "__main__":
    unittest.main()
