"""The data sources added for KlasLab-small: tf_flowers' licence list, Eet (.edj) JPEG cutting,
Scratch cut-outs, Palapeli metadata, the held-out split, subjects and the balanced sampler."""
import io
import os
import sys
import tempfile
import unittest

import numpy as np
from PIL import Image

import _paths  # noqa: F401
import credited
import fetch
import flowers
import split
import subjects

sys.path.insert(0, os.path.join(_paths.MODELS, "small"))
from train_decoder import capped_shares, grey_views, with_share  # noqa: E402


def jpeg(w, h, seed=0):
    rgb = np.random.default_rng(seed).integers(0, 256, (h, w, 3), dtype=np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG")
    return buf.getvalue()


class TestFlowers(unittest.TestCase):
    def test_both_line_formats_and_prose(self):
        text = ("All images in this archive are licensed under CC-BY\n\n"
                "daisy/1_a_n.jpg CC-BY by A Guy - https://www.flickr.com/photos/x/1/\n"
                "dandelion/2_b_m.jpg CC-BY https://www.flickr.com/photos/joe/ - by Joe  Martin\n")
        got = flowers.parse_licence_list(text)
        self.assertEqual(got["1_a_n.jpg"], ("daisy", "A Guy", "https://www.flickr.com/photos/x/1/"))
        self.assertEqual(got["2_b_m.jpg"], ("dandelion", "Joe Martin", "https://www.flickr.com/photos/joe/"))
        self.assertEqual(len(got), 2)


class TestDebianSources(unittest.TestCase):
    def test_edj_keeps_the_smallest_stream_that_is_big_enough(self):
        blob = b"EET\x00" + jpeg(800, 450) + b"junk\xff\xd8\xffnot-a-jpeg" + jpeg(500, 400, 1) + jpeg(200, 100, 2)
        with tempfile.NamedTemporaryFile(suffix=".edj") as f:
            f.write(blob)
            f.flush()
            size, data = fetch.edj_jpegs(f.name)
        self.assertEqual(size, (500, 400))
        self.assertEqual(Image.open(io.BytesIO(data)).size, (500, 400))

    def test_cutout_is_flattened_on_grey_and_cropped(self):
        img = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
        img.paste(Image.new("RGBA", (40, 20), (200, 30, 30, 255)), (30, 40))
        flat = fetch.flatten_cutout(img)
        self.assertEqual(flat.mode, "RGB")
        self.assertEqual(flat.size, (40 + 2 * 3, 20 + 2 * 3))  # margin: 10% of the 39 px extent
        self.assertEqual(flat.getpixel((0, 0)), fetch.CUTOUT_GREY)
        self.assertEqual(flat.getpixel((23, 13)), (200, 30, 30))
        self.assertIsNone(fetch.flatten_cutout(Image.new("RGBA", (8, 8), (0, 0, 0, 0))))

    def test_cutout_check_tells_photos_from_drawings(self):
        alpha = np.ones((120, 100), bool)
        drawing = Image.new("RGB", (100, 120), (220, 40, 40))
        self.assertRegex(fetch.cutout_check(drawing, alpha), "drawn")
        g = np.random.default_rng(0)
        photo = Image.fromarray(g.integers(0, 256, (120, 100, 3), dtype=np.uint8))
        self.assertIsNone(fetch.cutout_check(photo, alpha))
        self.assertRegex(fetch.cutout_check(photo.crop((0, 0, 50, 120)), alpha[:, :50]), "small")

    def test_palapeli_licence_from_desktop_file(self):
        with tempfile.TemporaryDirectory() as root:
            d = os.path.join(root, "usr/share/palapeli/collection")
            os.makedirs(d)
            with open(os.path.join(d, "bee.desktop"), "w", encoding="utf-8") as f:
                f.write("[Desktop Entry]\nX-KDE-PluginInfo-Author=John\nX-KDE-PluginInfo-License=Public Domain\n")
            got = fetch.palapeli_metadata(root, "usr/share/palapeli/collection/bee.jpg")
            self.assertEqual(got[:2], ("John", "public-domain"))
            self.assertTrue(fetch.licence_ok(got[1]))
            self.assertIsNone(fetch.palapeli_metadata(root, "usr/share/other/bee.jpg"))

    def test_licence_policy_admits_bsd2_not_lgpl(self):
        self.assertTrue(fetch.licence_ok("BSD-2-clause"))
        self.assertFalse(fetch.licence_ok("LGPL-2.1+"))
        self.assertFalse(fetch.licence_ok("GNU-FDL"))


def row(file, package, source_path):
    return {"file": file, "package": package, "source_path": source_path}


class TestSplitAndSubjects(unittest.TestCase):
    def test_split_is_by_name_forced_and_gives_small_groups_two(self):
        rows = [row(f"tf_flowers/f{i}.jpg", "tf_flowers", f"data/flowers/daisy/{i}.jpg") for i in range(300)]
        rows += [row(f"scratch/s{i}.jpg", "scratch", f"usr/share/scratch/Media/Backgrounds/{i}.jpg")
                 for i in range(6)]
        a = split.assign(rows, forced={"tf_flowers/f0.jpg"})
        self.assertEqual(a["tf_flowers/f0.jpg"], "heldout")
        held = sum(v == "heldout" for k, v in a.items() if k.startswith("tf_flowers"))
        self.assertTrue(15 <= held <= 50, held)
        self.assertGreaterEqual(sum(v == "heldout" for k, v in a.items() if k.startswith("scratch")), 2)
        # adding photos never moves an existing one
        b = split.assign(rows + [row("tf_flowers/new.jpg", "tf_flowers", "x.jpg")], forced={"tf_flowers/f0.jpg"})
        self.assertTrue(all(b[k] == v for k, v in a.items()))

    def test_gallery_photos_are_held_out(self):
        sources = split.gallery_sources()
        # The gallery's own list, read through node: Scratch backgrounds, cut-outs, GCompris files.
        self.assertIn(("scratch", "usr/share/scratch/Media/Backgrounds/Outdoors/route66.jpg"), sources)
        self.assertTrue(any(p.startswith("src/activities/") for pkg, p in sources if pkg == "gcompris-qt-data"))
        rows = [row("scratch/route66.jpg", "scratch", "usr/share/scratch/Media/Backgrounds/Outdoors/route66.jpg"),
                row("scratch/cat.jpg", "scratch", "usr/share/scratch/Media/Costumes/Animals/cat1.png#cutout-on-grey.jpg"),
                row("scratch/other.jpg", "scratch", "usr/share/scratch/Media/Backgrounds/Outdoors/other.jpg")]
        held = split.gallery_heldout(rows, {("scratch", "usr/share/scratch/Media/Backgrounds/Outdoors/route66.jpg"),
                                            ("scratch", "usr/share/scratch/Media/Costumes/Animals/cat1.png")})
        self.assertEqual(held, {"scratch/route66.jpg", "scratch/cat.jpg"})

    def test_groups_and_subjects(self):
        r = row("x", "scratch", "usr/share/scratch/Media/Costumes/People/dan1.gif#cutout-on-grey.jpg")
        self.assertEqual((subjects.group_of(r), subjects.subject_of(r)), ("scratch", "people"))
        r = row("x", "lomiri-wallpapers", "usr/share/backgrounds/sunset_by_A.jpg")
        self.assertEqual((subjects.group_of(r), subjects.subject_of(r)), ("desktop-photos", "landscapes and nature"))
        r = row("x", "tf_flowers", "data/flowers/rose/1.jpg")
        self.assertEqual((subjects.group_of(r), subjects.subject_of(r)), ("tf_flowers", "flowers"))
        r = row("x", "github-credited", "a/b/assets/showcase/photos/accounting-meeting.jpg")
        self.assertEqual((subjects.group_of(r), subjects.subject_of(r)), ("credited-photos", "people"))
        r = row("x", "github-credited", "rugk/crops-parser/images/banana.jpg")
        self.assertEqual(subjects.subject_of(r), "objects and food")
        r = row("x", "github-credited", "s/c/docs/images/big-ben.jpg")
        self.assertEqual(subjects.subject_of(r), "buildings")


class TestCredited(unittest.TestCase):
    """credited.tsv rows: read at their commit; own-terms sites and missing files are dropped."""

    def test_rows_are_read_at_their_commit_or_dropped_with_a_reason(self):
        import subprocess
        with tempfile.TemporaryDirectory() as d:
            run = lambda *a: subprocess.run(["git", "-C", d, *a], check=True, capture_output=True)  # noqa: E731
            run("init", "-q")
            with open(os.path.join(d, "a.jpg"), "wb") as f:
                f.write(jpeg(200, 200))
            run("add", "a.jpg")
            run("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x")
            commit = subprocess.run(["git", "-C", d, "rev-parse", "HEAD"], capture_output=True, text=True,
                                    check=True).stdout.strip()
            base = {"repo": "o/r", "commit": commit, "author": "A", "licence": "CC-BY-2.0", "stated_in": "C.md"}
            rows = [dict(base, path="a.jpg", url="https://commons.wikimedia.org/wiki/File:A.jpg"),
                    dict(base, path="a.jpg", url="https://pixabay.com/x/", licence="CC0-1.0"),
                    dict(base, path="gone.jpg", url="https://www.flickr.com/photos/x/1")]
            got = list(credited.candidates({"o/r": os.path.join(d, ".git")}, d, rows))
        self.assertEqual(got[0][:3], ("github-credited", f"o/r@{commit}", "o/r/a.jpg"))
        self.assertEqual(got[0][4], ("A", "CC-BY-2.0", "https://commons.wikimedia.org/wiki/File:A.jpg"))
        self.assertTrue(got[0][3].startswith(b"\xff\xd8"))
        self.assertIsNone(got[1][3])
        self.assertIn("pixabay.com's own terms", got[1][4])
        self.assertEqual(got[2][3:], (None, "credited but not in the repository at that commit"))

    def test_committed_list_is_well_formed(self):
        rows = credited.read_list()
        self.assertGreater(len(rows), 50)
        for r in rows:
            self.assertRegex(r["commit"], r"^[0-9a-f]{40}$")
            self.assertTrue(r["author"] and r["stated_in"], r)
            self.assertTrue(fetch.licence_ok(r["licence"]) or r["licence"] == "unknown", r)


class TestSampler(unittest.TestCase):
    def test_no_group_above_the_cap(self):
        s = capped_shares({"flowers": 2800, "scratch": 100, "gcompris": 95, "lib": 5}, 0.35)
        self.assertAlmostEqual(sum(s.values()), 1.0)
        self.assertAlmostEqual(s["flowers"], 0.35)
        self.assertTrue(all(v <= 0.35 + 1e-9 for v in s.values()))
        self.assertAlmostEqual(s["scratch"] / s["gcompris"], 100 / 95)
        # capping one group can push the next over the cap: it is capped in turn
        s = capped_shares({"flowers": 2800, "scratch": 120, "gcompris": 95, "lib": 5}, 0.35)
        self.assertAlmostEqual(s["scratch"], 0.35)
        self.assertAlmostEqual(s["gcompris"] + s["lib"], 0.30)

    def test_proportional_when_nothing_is_over(self):
        s = capped_shares({"a": 1, "b": 1, "c": 1}, 0.35)
        self.assertTrue(all(abs(v - 1 / 3) < 1e-12 for v in s.values()))

    def test_grey_views_get_the_share_asked_for(self):
        ab = np.zeros((4, 2, 10, 10), np.float32)
        ab[0, 1] = 30          # a yellow field: colourful
        ab[1, 0, :5] = 20      # half red, half grey: colourful
        ab[2, 0, 0, :3] = 20   # three red cells of 100 in a grey view
        ab[3] = 2              # faintly tinted all over
        mask = grey_views(ab)
        self.assertEqual(mask.tolist(), [False, False, True, True])
        w = np.array([0.4, 0.4, 0.1, 0.1])
        b = with_share(w, mask, 0.5)
        self.assertAlmostEqual(b.sum(), 1.0)
        self.assertAlmostEqual(b[mask].sum(), 0.5)
        self.assertAlmostEqual(b[0] / b[1], 1.0)  # each side keeps its relative weights
        with self.assertRaises(ValueError):
            with_share(w, np.zeros(4, bool), 0.5)

    def test_grey_share_out_of_range_stops_with_a_message(self):
        import contextlib
        import io
        from train_decoder import parse_args
        self.assertEqual(parse_args(["--grey-share", "0.4"]).grey_share, 0.4)
        for bad in ("1", "1.5", "-0.1"):
            err = io.StringIO()
            with self.assertRaises(SystemExit), contextlib.redirect_stderr(err):
                parse_args(["--grey-share", bad])
            self.assertIn("--grey-share must be at least 0 and below 1", err.getvalue())


if __name__ == "__main__":
    unittest.main()


class TestFacts(unittest.TestCase):
    def test_subject_shares_spread_each_group_share_over_its_subjects(self):
        sys.path.insert(0, os.path.join(_paths.MODELS, "small"))
        import facts
        rows = [{"file": f"f{i}", "split": "train", "group": "tf_flowers", "subject": "flowers"} for i in range(9)]
        rows += [{"file": "p", "split": "train", "group": "scratch", "subject": "people"},
                 {"file": "q", "split": "train", "group": "scratch", "subject": "vehicles"},
                 {"file": "h", "split": "heldout", "group": "scratch", "subject": "people"}]
        mix = {"max_share": 0.35, "groups": {"tf_flowers": {"share": 0.35}, "scratch": {"share": 0.65}}}
        s = facts.subject_shares(rows, mix)
        self.assertAlmostEqual(s["flowers"], 0.35)
        self.assertAlmostEqual(s["people"], 0.325)
        self.assertAlmostEqual(sum(s.values()), 1.0)
        manifest = [{"file": r["file"], "licence": "CC-BY-2.0"} for r in rows]
        f = facts.build_facts(manifest, rows, mix, "klaslab-small", "2.0.0")
        self.assertEqual(f["photos"], {"total": 12, "train": 11, "heldout": 1})
        for item in f["sources"] + f["subjects"] + f["missing"]:
            self.assertTrue(all(item[lang] for lang in ("nl", "en", "fr")), item)
        self.assertEqual([s["id"] for s in f["sources"]], ["tf_flowers", "scratch"])

    def test_drawn_shares_follow_each_photos_draws(self):
        # With --grey-share the views are reweighted, so facts.json reports each group's and
        # subject's share from draws.tsv (per photo), not from the group rule.
        sys.path.insert(0, os.path.join(_paths.MODELS, "small"))
        import tempfile
        import facts
        from train_decoder import write_draws
        rows = [{"file": "a", "split": "train", "group": "tf_flowers", "subject": "flowers"},
                {"file": "b", "split": "train", "group": "scratch", "subject": "people"},
                {"file": "c", "split": "train", "group": "scratch", "subject": "vehicles"},
                {"file": "h", "split": "heldout", "group": "scratch", "subject": "people"}]
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "draws.tsv")
            write_draws(path, np.array(["a", "b", "b", "c"]), np.array([0.2, 0.1, 0.3, 0.4]))
            draws = facts.read_draws(path)
            self.assertIsNone(facts.read_draws(os.path.join(d, "missing.tsv")))
        self.assertAlmostEqual(draws["b"], 0.4)
        mix = {"max_share": 0.35, "groups": {"tf_flowers": {"share": 0.35}, "scratch": {"share": 0.65}},
               "grey_views": {"share_by_groups": 0.1, "share_drawn": 0.4}}
        manifest = [{"file": r["file"], "licence": "CC0-1.0"} for r in rows]
        f = facts.build_facts(manifest, rows, mix, "klaslab-small", "2.8.0", draws)
        self.assertEqual({s["id"]: s["share"] for s in f["sources"]}, {"tf_flowers": 0.2, "scratch": 0.8})
        self.assertEqual({s["id"]: s["share"] for s in f["subjects"]},
                         {"flowers": 0.2, "people": 0.4, "vehicles": 0.4})
        self.assertIn("grey things drawn 40%", f["sampler"]["rule"])
