import argparse
import unittest

import _paths  # noqa: F401
import export  # noqa: E402
import validation  # noqa: E402


def row(file, group, split="heldout"):
    return {"file": file, "split": split, "group": group, "subject": "s"}


class TestValidationSubset(unittest.TestCase):
    def test_all_non_flowers_and_half_as_many_flowers_by_name_hash(self):
        rows = [row(f"g/{i}.jpg", "gcompris") for i in range(4)]
        rows += [row(f"f/{i}.jpg", "tf_flowers") for i in range(10)]
        rows += [row("t/x.jpg", "scratch", split="train")]
        out = validation.validation_rows(rows)
        self.assertEqual(sum(r["group"] == "gcompris" for r in out), 4)
        flowers = [r["file"] for r in out if r["group"] == "tf_flowers"]
        expected = sorted((f"f/{i}.jpg" for i in range(10)), key=validation.name_hash)[:2]
        self.assertEqual(sorted(flowers), sorted(expected))
        self.assertNotIn("t/x.jpg", [r["file"] for r in out])

    def test_committed_subset_is_the_rule_applied_to_the_split(self):
        import csv
        import os
        here = os.path.dirname(validation.__file__)
        read = lambda name: list(csv.DictReader(open(os.path.join(here, name), encoding="utf-8"),  # noqa: E731
                                                delimiter="\t"))
        self.assertEqual([r["file"] for r in validation.validation_rows(read("split.tsv"))],
                         [r["file"] for r in read("validation.tsv")])


class TestDecodeSettings(unittest.TestCase):
    def test_saturation_and_gate_only_when_given(self):
        plain = export.decode_settings(argparse.Namespace(temperature=1.0, saturation=None, confidence_gate=None))
        self.assertEqual(set(plain), {"temperature", "bins"})
        tuned = export.decode_settings(argparse.Namespace(temperature=0.7, saturation=0.9, confidence_gate=0.5))
        self.assertEqual((tuned["temperature"], tuned["saturation"], tuned["confidenceGate"]), (0.7, 0.9, 0.5))
        self.assertEqual(len(tuned["bins"]), 313)


if __name__ == "__main__":
    unittest.main()
