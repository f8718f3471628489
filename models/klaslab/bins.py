"""The 313 quantized ab bins of Zhang, Isola & Efros, "Colorful Image Colorization" (ECCV 2016).

The original ships them as ``pts_in_hull.npy``: the centres of the 10x10 ab grid cells that hold
in-gamut colours, ordered by a, then b. We cannot download that file, so the table is written out
here as one run of b values per a row (a, b_first, b_last, step 10). The values were transcribed
from a public source listing the 313 points and cross-checked: the rows sum to exactly 313 points,
and ``python3 -m unittest models.tests.test_bins`` compares them with the grid we compute ourselves
from the sRGB gamut (see ``computed_gamut_bins``).
"""
import numpy as np

# a, first b, last b  (inclusive, step 10)
ROWS = [
    (-90, 50, 90), (-80, 20, 90), (-70, 0, 90), (-60, -20, 90), (-50, -30, 100),
    (-40, -40, 100), (-30, -50, 100), (-20, -50, 100), (-10, -60, 100), (0, -70, 100),
    (10, -80, 90), (20, -80, 90), (30, -90, 90), (40, -100, 90), (50, -100, 80),
    (60, -110, 80), (70, -110, 80), (80, -110, 70), (90, -110, 70), (100, -90, 0),
]


def ab_bins():
    """float32 array [313, 2] of (a, b) bin centres, in Zhang's order."""
    pts = [(a, b) for a, b0, b1 in ROWS for b in range(b0, b1 + 1, 10)]
    arr = np.array(pts, dtype=np.float32)
    assert arr.shape == (313, 2)
    return arr


def computed_gamut_bins(step=10, l_steps=101, sub=5):
    """Our own derivation: grid points (a, b) on the 10-grid, such that some colour within the
    cell centred there (sampled sub x sub) at some lightness L in [0, 100] maps into the sRGB cube.
    Returns a boolean dict {(a, b): in_gamut} over a, b in [-110, 110]."""
    from .color import lab_to_linear_rgb_np
    out = {}
    offs = (np.arange(sub) + 0.5) / sub * step - step / 2
    L = np.linspace(0, 100, l_steps)
    for a in range(-110, 111, step):
        for b in range(-110, 111, step):
            aa, bb, ll = np.meshgrid(a + offs, b + offs, L, indexing="ij")
            lab = np.stack([ll.ravel(), aa.ravel(), bb.ravel()], -1)
            rgb = lab_to_linear_rgb_np(lab)
            ok = np.all((rgb >= 0) & (rgb <= 1), axis=-1)
            out[(a, b)] = bool(ok.any())
    return out
