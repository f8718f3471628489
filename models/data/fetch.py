#!/usr/bin/env python3
"""Gather licensed colour photographs from Debian packages for training the KlasLab colorizer.

Steps (all idempotent; re-running skips what exists):
  1. `apt-get download` the source packages listed in PACKAGES into models/data/raw/debs
  2. `dpkg-deb -x` each into models/data/raw/extract/<package>
  3. unpack images from Qt .rcc bundles (gcompris-qt-data) with models/data/rcc.py
  4. look up each image's author and licence in the package's debian/copyright (DEP-5)
  5. keep images whose licence allows a CC-BY-SA-4.0 derived work (see LICENCE POLICY)
  6. keep real colour photographs (heuristics below + DENY list), downscale to 384 px short side
     into models/data/photos/<source>/<name>.jpg, and write models/data/manifest.tsv
     (and models/data/rejected.tsv with the reason for every dropped candidate).

No network except Debian's package archive through apt. Run with /usr/bin/python3 (Debian's
python3-pil and python3-numpy). Usage: /usr/bin/python3 models/data/fetch.py [--skip-download]
"""
import argparse
import fnmatch
import hashlib
import io
import itertools
import os
import re
import subprocess
import sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # models/: the shared klaslab package
import credited  # noqa: E402
import flowers  # noqa: E402
import github  # noqa: E402
import rcc  # noqa: E402
from klaslab.color import colourful, srgb_to_lab_np  # noqa: E402

RAW = os.path.join(HERE, "raw")
PHOTOS = os.path.join(HERE, "photos")
SHORT_SIDE = 384

PACKAGES = [
    "gcompris-qt-data",
    "plasma-workspace-wallpapers",
    "mate-backgrounds",
    "lomiri-wallpapers",
    "lomiri-wallpapers-16.04",
    "lomiri-wallpapers-20.04",
    "ukui-wallpapers",
    "gnome-backgrounds",
    "python3-sklearn",
    "python3-skimage",
    "python-matplotlib-data",
    "opencv-doc",
    "scratch",
    "lxqt-themes",
    "palapeli-data",
    "enlightenment-data",
]

# gcompris activities whose images are drawings, paintings, renders or UI: never photographs.
GCOMPRIS_SKIP_RCC = {"paintings.rcc", "details.rcc", "babyshapes.rcc", "solar_system.rcc",
                     "core.rcc", "digital_electricity.rcc", "gravity.rcc", "leftright.rcc",
                     "louis-braille.rcc", "chronos.rcc", "memory-sound.rcc", "hangman.rcc"}

IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp")

# LICENCE POLICY: the weights are released under CC-BY-SA-4.0. A training image is used only if
# its licence allows that: public domain / CC0, any CC-BY version, or CC-BY-SA 2.0-4.0 (whose
# section 4(b) lets adaptations use a later version with the same licence elements).
# BSD-2-clause (enlightenment-data's backgrounds) is permissive: attribution only, no copyleft.
# GPL/LGPL/GFDL/Free-Art and unknown licences are excluded.
ALLOWED = re.compile(r"^(public-domain|cc0(-1\.0)?|cc-by-[0-9.]+|cc-by-sa-(2\.0|2\.5|3\.0|4\.0)"
                     r"|bsd-2-clause)$", re.I)

# Manual deny-list (substring of the source path) after looking at contact sheets: renders,
# illustrations, screenshots, montages, test charts and images with problematic provenance.
DENY = [
    "lena", "Lena",                # provenance/consent concerns; not redistributable with certainty
    "opencv-doc/usr/share/doc/opencv-doc/examples/data/aero",
    "chessboard", "left0", "right0", "calib", "pic1", "pic2", "pic3", "pic4", "pic5", "pic6",
    "text_", "licenseplate", "notes.png", "imageTextN", "imageTextR", "box.png", "box_in_scene",
    "graf", "board", "gradient", "logo", "sudoku", "digits", "letter", "mask", "HappyFish",
    "stuff.jpg", "smarties", "detect_blob", "pca_test", "shape_sample",
    "opencv-doc/examples/data/orange.jpg", "opencv4/html/orange.jpg",
    # wallpapers that pass the heuristics but are renders / digital art (checked by eye)
    "umang_by_Abhishek_Mudgal", "ukui-wallpapers/usr/share/backgrounds/2004default",
    "fluent-color", "rhythm.jpg", "string.jpg", "the-mouse", "wallpapers/Flow/", "Honeywave",
    "IceCold", "wallpapers/Kay/", "Patak", "SafeLanding", "wallpapers/Shell/", "Volna",
    # Scratch cut-outs that pass cutout_check but are drawings
    "Costumes/Animals/lobster1", "Costumes/Animals/monkey1",
    # credited GitHub photos that are hand-coloured prints or illustrations, not colour photographs
    "docs/images/two-windmills", "docs/images/train-e-usa",
    # low-chroma flower photos kept by colour_check that are edits: black-and-white with one
    # thing left in colour, or a tinted frame (checked by eye on the 2.5 contact sheet)
    "daisy/2539552964_921cf645ba", "daisy/4258408909_b7cc92741c", "daisy/8742143296_fed9fa007c",
    "dandelion/16716172029_2166d8717f", "dandelion/2503034372_db7867de51",
]


# Licences documented outside debian/copyright (docstrings / READMEs inside the package), keyed
# by file name: (author, licence, where it is stated).
OVERRIDES = {
    ("python3-skimage", "astronaut.png"): ("NASA", "public-domain", "skimage/data/_fetchers.py"),
    ("python3-skimage", "coffee.png"): ("Rachel Michetti", "CC0-1.0", "skimage/data/_fetchers.py"),
    ("python3-skimage", "chelsea.png"): ("Stefan van der Walt", "CC0-1.0", "skimage/data/_fetchers.py"),
    ("python3-skimage", "rocket.jpg"): ("SpaceX", "public-domain", "skimage/data/_fetchers.py"),
    ("python3-sklearn", "china.jpg"): ("danielbuechele (Flickr)", "CC-BY-2.0", "sklearn/datasets/images/README.txt"),
    ("python3-sklearn", "flower.jpg"): ("vultilion (Flickr)", "CC-BY-2.0", "sklearn/datasets/images/README.txt"),
    ("python-matplotlib-data", "grace_hopper.jpg"): ("US Navy", "public-domain", "US government work"),
}


def palapeli_metadata(root, rel):
    """Palapeli puzzles state author and licence in the .desktop file next to each photo."""
    if not rel.startswith("usr/share/palapeli/collection/"):
        return None
    desk = os.path.join(root, os.path.splitext(rel)[0] + ".desktop")
    if not os.path.exists(desk):
        return None
    kv = dict(l.strip().split("=", 1) for l in open(desk, encoding="utf-8") if "=" in l)
    lic = kv.get("X-KDE-PluginInfo-License", "unknown").strip()
    return (kv.get("X-KDE-PluginInfo-Author", "unknown"), "public-domain" if lic.lower() ==
            "public domain" else lic, os.path.basename(desk))


def edj_jpegs(path):
    """enlightenment-data's backgrounds are Eet archives (.edj) holding each wallpaper as plain
    JPEG streams at many resolutions. Cut them out (SOI marker to where PIL stops decoding) and
    keep the smallest one whose short side reaches SHORT_SIDE (the largest if none does)."""
    blob = open(path, "rb").read()
    found = []
    for m in re.finditer(b"\xff\xd8\xff", blob):
        try:  # the header alone gives the size; only the chosen stream is decoded
            img = Image.open(io.BytesIO(blob[m.start():]))
        except Exception:  # noqa: BLE001 - a marker inside other data, not a JPEG
            continue
        found.append((min(img.size), m.start(), img.size))
    big = [f for f in found if f[0] >= SHORT_SIDE]
    for short, start, size in sorted(big) + sorted(found, reverse=True):
        try:
            img = Image.open(io.BytesIO(blob[start:]))
            img.load()
        except Exception:  # noqa: BLE001 - a header without a decodable stream
            continue
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=95)
        return size, buf.getvalue()
    return None


# Scratch's costume cut-outs: many are photographs of people, animals and vehicles (subjects the
# wallpapers lack), others drawings. Kept from these folders if cutout_check passes, flattened on
# neutral grey (L* 54, a* = b* = 0: colour-neutral, so it teaches no tint), cropped to the figure.
SCRATCH_CUTOUTS = ("Media/Costumes/People/", "Media/Costumes/Animals/",
                   "Media/Costumes/Transportation/", "Media/Costumes/Things/")
CUTOUT_GREY = (128, 128, 128)
CUTOUT_TAG = "#cutout-on-grey.jpg"


def flatten_cutout(img):
    """RGBA cut-out -> RGB on CUTOUT_GREY, cropped to the opaque figure plus a 10% margin."""
    rgba = img.convert("RGBA")
    alpha = np.asarray(rgba)[..., 3]
    ys, xs = np.nonzero(alpha > 127)
    if len(xs) == 0:
        return None
    m = int(0.1 * max(xs.max() - xs.min(), ys.max() - ys.min()))
    box = (max(xs.min() - m, 0), max(ys.min() - m, 0), min(xs.max() + m + 1, rgba.width),
           min(ys.max() + m + 1, rgba.height))
    out = Image.new("RGB", rgba.size, CUTOUT_GREY)
    out.paste(rgba, (0, 0), rgba)
    return out.crop(box)


def cutout_check(img, alpha):
    """Like photo_check, for a cut-out (alpha: its opaque mask): short side >= 64 px, and on
    the opaque pixels >= 150 distinct 6-bit colours (GIF palettes hold 256), < 12% flat pixels
    and colour (colour_check) -- a photograph, not a drawing (drawings have few colours and large
    flat areas)."""
    w, h = img.size
    if min(w, h) < 64:
        return f"small cut-out {w}x{h}"
    rgb = np.asarray(img.convert("RGB")).astype(np.int16)
    c = rgb[1:-1, 1:-1]
    flat = ((c == rgb[:-2, 1:-1]).all(-1) & (c == rgb[2:, 1:-1]).all(-1)
            & (c == rgb[1:-1, :-2]).all(-1) & (c == rgb[1:-1, 2:]).all(-1))
    inner = alpha[1:-1, 1:-1]
    if inner.sum() < 2000:
        return "tiny figure"
    flat = flat[inner].mean()
    q = (rgb[alpha] >> 2).astype(np.int32)
    uniq = len(np.unique(q[:, 0] * 4096 + q[:, 1] * 64 + q[:, 2]))
    if uniq < 150 or flat > 0.12:
        return f"drawn cut-out ({uniq} colours, flat {flat:.2f})"
    return colour_check(*lab_ab(rgb[alpha]))


def scratch_cutout(path):
    """(flattened RGB image, None) or (None, reason) for one Scratch costume file."""
    img = Image.open(path)
    img.load()
    rgba = img.convert("RGBA")
    flat = flatten_cutout(rgba)
    if flat is None:
        return None, "empty cut-out"
    alpha = np.asarray(rgba)[..., 3] > 127
    ys, xs = np.nonzero(alpha)
    m = int(0.1 * max(xs.max() - xs.min(), ys.max() - ys.min()))
    alpha = alpha[max(ys.min() - m, 0):ys.max() + m + 1, max(xs.min() - m, 0):xs.max() + m + 1]
    why = cutout_check(flat, alpha)
    return (None, why) if why else (flat, None)


def plasma_metadata(root, rel):
    """Plasma wallpapers state author and licence per wallpaper in metadata.json/.desktop."""
    m = re.match(r"(usr/share/wallpapers/[^/]+)/", rel)
    if not m:
        return None
    d = os.path.join(root, m.group(1))
    if os.path.exists(os.path.join(d, "metadata.json")):
        import json
        meta = json.load(open(os.path.join(d, "metadata.json"), encoding="utf-8")).get("KPlugin", {})
        authors = ", ".join(a.get("Name", "") for a in meta.get("Authors", []))
        return (authors or "unknown", meta.get("License", "unknown"), "metadata.json")
    if os.path.exists(os.path.join(d, "metadata.desktop")):
        kv = dict(l.strip().split("=", 1) for l in open(os.path.join(d, "metadata.desktop"),
                                                          encoding="utf-8") if "=" in l)
        return (kv.get("X-KDE-PluginInfo-Author", "unknown"),
                kv.get("X-KDE-PluginInfo-License", "unknown"), "metadata.desktop")
    return None


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def download(skip):
    debs = os.path.join(RAW, "debs")
    os.makedirs(debs, exist_ok=True)
    have = {f.split("_")[0] for f in os.listdir(debs)}
    missing = [p for p in PACKAGES if p not in have]
    if missing and not skip:
        sh(["apt-get", "download", *missing], cwd=debs)
    out = {}
    for f in sorted(os.listdir(debs)):
        if not f.endswith(".deb"):
            continue
        pkg = subprocess.run(["dpkg-deb", "-f", os.path.join(debs, f), "Package"],
                             capture_output=True, text=True, check=True).stdout.strip()
        ver = subprocess.run(["dpkg-deb", "-f", os.path.join(debs, f), "Version"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dest = os.path.join(RAW, "extract", pkg)
        if not os.path.isdir(dest):
            os.makedirs(dest)
            sh(["dpkg-deb", "-x", os.path.join(debs, f), dest])
        out[pkg] = (dest, ver)
    return out


# ---------------------------------------------------------------- debian/copyright (DEP-5)
def parse_copyright(path):
    """Return a list of stanzas {files: [globs], copyright: str, license: str} in file order."""
    stanzas, cur, key = [], {}, None
    if not os.path.exists(path):
        return stanzas
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    stanzas.append(cur)
                cur, key = {}, None
                continue
            if line[0] in " \t":
                if key:
                    cur[key] += "\n" + line.strip()
                continue
            m = re.match(r"^([A-Za-z-]+):\s*(.*)$", line)
            if m:
                key = m.group(1).lower()
                cur[key] = m.group(2)
    if cur:
        stanzas.append(cur)
    out = []
    for s in stanzas:
        if "files" in s:
            out.append({"files": s["files"].split(),
                        "copyright": " ".join(s.get("copyright", "").split()),
                        "license": s.get("license", "").split("\n")[0].strip()})
    return out


def _stem(p):
    base, ext = os.path.splitext(p)
    return base if ext.lower() in IMAGE_EXT + (".svg", ".svgz") else p


def lookup_licence(stanzas, relpath):
    """DEP-5: the last matching Files stanza wins. relpath is matched as a path suffix, and image
    extensions are ignored (gcompris ships .webp built from the .jpg/.png named in copyright)."""
    hit = None
    rel = _stem(relpath)
    base = os.path.basename(rel)
    for s in stanzas:
        for g in s["files"]:
            g2 = _stem(g)
            if g == "*":
                if hit is None or hit["files"] == ["*"]:
                    hit = s
                continue
            if fnmatch.fnmatchcase(rel, g2) or fnmatch.fnmatchcase(rel, "*/" + g2) \
                    or fnmatch.fnmatchcase(relpath, g) or fnmatch.fnmatchcase(relpath, "*/" + g) \
                    or ("*" not in g and os.path.basename(g2) == base):
                hit = s
    return hit


def norm_licence(lic):
    l = lic.strip().lower().replace("_", "-")
    l = re.sub(r"\s+", " ", l)
    aliases = {"public domain": "public-domain", "cc0": "cc0-1.0", "cc-by-sa-4": "cc-by-sa-4.0"}
    return aliases.get(l, l)


def licence_ok(lic):
    parts = re.split(r"\s+(?:and|or)\s+", norm_licence(lic))
    if " or " in norm_licence(lic):
        return any(ALLOWED.match(p) for p in parts)
    return bool(parts) and all(ALLOWED.match(p) for p in parts)


def author_of(copyright_field):
    c = re.sub(r"\b(19|20)\d\d\b\s*[-,]?\s*((19|20)\d\d)?", "", copyright_field)
    c = re.sub(r"<[^>]*>", "", c)
    c = c.replace("\t", " ").strip(" ,.-")
    return re.sub(r"\s+", " ", c)[:120] or "unknown"


# ---------------------------------------------------------------- candidates
def candidates(pkgs):
    """Yield (package, version, source_relpath, image_bytes_or_path)."""
    for pkg, (root, ver) in sorted(pkgs.items()):
        if pkg == "gcompris-qt-data":
            rdir = os.path.join(root, "usr/share/gcompris-qt/rcc")
            for f in sorted(os.listdir(rdir)):
                if not f.endswith(".rcc") or f in GCOMPRIS_SKIP_RCC:
                    continue
                for rel, blob in rcc.iter_rcc(os.path.join(rdir, f)):
                    if rel.lower().endswith(IMAGE_EXT):
                        # rcc paths look like gcompris/src/activities/<act>/resource/...
                        yield pkg, ver, rel.split("gcompris/", 1)[-1], blob
            continue
        for dp, _, files in os.walk(root):
            if "/usr/share/doc/" in dp and pkg != "opencv-doc":
                continue
            if "/share/icons" in dp or "/contents/screenshot" in dp:
                continue
            if dp.endswith("/contents/images"):  # plasma: one wallpaper, many resolutions
                files = sorted(files, key=lambda f: os.path.getsize(os.path.join(dp, f)))[-1:]
            for f in sorted(files):
                if f.startswith("screenshot"):
                    continue
                if f.endswith(".edj"):
                    hit = edj_jpegs(os.path.join(dp, f))
                    if hit:
                        rel = os.path.relpath(os.path.join(dp, f), root)
                        yield pkg, ver, f"{rel}#{hit[0][0]}x{hit[0][1]}.jpg", hit[1]
                    continue
                if pkg == "scratch" and any(c in dp + "/" for c in SCRATCH_CUTOUTS):
                    if f.lower().endswith((".gif", ".png")):
                        rel = os.path.relpath(os.path.join(dp, f), root)
                        yield pkg, ver, rel + CUTOUT_TAG, os.path.join(dp, f)
                    continue
                if f.lower().endswith(IMAGE_EXT):
                    p = os.path.join(dp, f)
                    if os.path.islink(p):
                        continue
                    yield pkg, ver, os.path.relpath(p, root), p


# ---------------------------------------------------------------- photo heuristics
def lab_ab(rgb):
    """CIELAB a*, b* of uint8 sRGB pixels (last axis RGB), by the project's one converter."""
    lab = srgb_to_lab_np(rgb / 255.0)
    return lab[..., 1], lab[..., 2]


GREYSCALE_CHROMA = 1.0
TONED_HUE_CONCENTRATION = 0.98


def colour_check(a, b):
    """None if pixels with these CIELAB a*, b* hold colour information, else why not.

    A photo of mostly white, grey or black things (cutlery, a white car, storm clouds, a
    dandelion clock) has little chroma, but its few coloured pixels point every way. A greyscale
    photo has (almost) no chroma at all, and a toned one (sepia, cyanotype) has chroma of one hue
    only: the chroma-weighted mean of the hue directions, |sum(a, b)| / sum(chroma), is ~1.
    Until 2.5 every photo with mean chroma < 6 was dropped as greyscale, which left the colour
    photos of grey things out of training (models/README.md, "klaslab-small 2.5")."""
    chroma = np.hypot(a, b)
    if colourful(chroma.reshape(-1)):
        return None  # even when of one hue (a field of yellow flowers)
    if chroma.mean() < GREYSCALE_CHROMA:
        return f"greyscale {chroma.mean():.1f}"
    concentration = np.hypot(a.sum(), b.sum()) / chroma.sum()
    if concentration >= TONED_HUE_CONCENTRATION:
        return f"toned {concentration:.2f}"
    return None


def photo_check(img):
    """Return None if img looks like a real colour photograph, else the reason it does not.

    Heuristics (documented in models/README.md):
      - short side >= 180 px (smaller is icon/thumbnail territory)
      - not transparent: < 1% pixels with alpha < 250 (clip-art is cut out)
      - colour: colour_check (drops greyscale and toned photos, keeps colour photos of grey things)
      - texture: on a 128x128 box-downscaled copy, >= 1500 distinct colours (6-bit per channel;
        plainly colourful photos only, see below) and < 35% 'flat' pixels (all 4-neighbours identical) — drops flat clip-art, vector renders
        and screenshots
    """
    w, h = img.size
    if min(w, h) < 180:
        return f"small {w}x{h}"
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        a = np.asarray(img.convert("RGBA"))[..., 3]
        if (a < 250).mean() > 0.01:
            return "transparent"
    rgb = img.convert("RGB")
    small = np.asarray(rgb.resize((128, 128), Image.BOX))
    a, b = lab_ab(small)
    why = colour_check(a, b)
    if why:
        return why
    q = (small >> 2).astype(np.int32)
    uniq = len(np.unique(q[..., 0] * 4096 + q[..., 1] * 64 + q[..., 2]))
    # A photo of grey things has few distinct colours by nature (they differ in lightness only):
    # for those, the flat-area test below is what tells a drawing.
    if uniq < 1500 and colourful(np.hypot(a, b).reshape(-1)):
        return f"few-colours {uniq}"
    near = np.asarray(rgb.resize((128, 128), Image.NEAREST)).astype(np.int16)
    c = near[1:-1, 1:-1]
    flat = ((c == near[:-2, 1:-1]).all(-1) & (c == near[2:, 1:-1]).all(-1)
            & (c == near[1:-1, :-2]).all(-1) & (c == near[1:-1, 2:]).all(-1)).mean()
    if flat > 0.35:
        return f"flat {flat:.2f}"
    return None


def safe_name(pkg, rel):
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", os.path.splitext(rel)[0]).strip("_")[-80:]
    h = hashlib.sha1(f"{pkg}/{rel}".encode()).hexdigest()[:6]
    return f"{stem}-{h}.jpg"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-download", action="store_true")
    ap.add_argument("--git", action="append", default=[], metavar="OWNER/NAME=GITDIR",
                    help="read a GitHub source (tf_flowers, credited.tsv) from this local clone or mirror")
    args = ap.parse_args()
    pkgs = download(args.skip_download)
    git_dirs = github.parse_overrides(args.git)
    os.makedirs(PHOTOS, exist_ok=True)
    kept, rejected, seen = [], [], {}
    debian = ((pkg, ver, rel, src, None) for pkg, ver, rel, src in candidates(pkgs))
    for pkg, ver, rel, src, given in itertools.chain(debian, flowers.candidates(git_dirs, RAW),
                                                      credited.candidates(git_dirs, RAW)):
        key = f"{pkg}/{rel}"
        if src is None:
            rejected.append((pkg, rel, given))
            continue
        if any(d in key for d in DENY):
            rejected.append((pkg, rel, "deny-list"))
            continue
        if given:  # a GitHub source: author, licence and URL come from its licence list
            st, url = {"copyright": given[0], "license": given[1]}, given[2]
        else:
            root = pkgs[pkg][0]
            stanzas = parse_copyright(os.path.join(root, "usr/share/doc", pkg, "copyright"))
            ov = (OVERRIDES.get((pkg, os.path.basename(rel))) or plasma_metadata(root, rel)
                  or palapeli_metadata(root, rel))
            st = ({"files": [rel], "copyright": ov[0], "license": ov[1]} if ov
                  else lookup_licence(stanzas, rel))
            url = f"https://packages.debian.org/bookworm/{pkg}"
        lic = st["license"] if st else "unknown"
        if not licence_ok(lic):
            rejected.append((pkg, rel, f"licence {lic}"))
            continue
        try:
            if rel.endswith(CUTOUT_TAG):
                img, why = scratch_cutout(src)
            else:
                img = Image.open(io.BytesIO(src) if isinstance(src, bytes) else src)
                img.load()
                why = photo_check(img)
        except Exception as e:  # noqa: BLE001
            rejected.append((pkg, rel, f"unreadable {e.__class__.__name__}"))
            continue
        if why:
            rejected.append((pkg, rel, why))
            continue
        rgb = img.convert("RGB")
        digest = hashlib.sha1(np.asarray(rgb.resize((32, 32), Image.BOX)).tobytes()).hexdigest()
        if digest in seen:  # the same wallpaper in several packages/resolutions
            rejected.append((pkg, rel, f"duplicate of {seen[digest]}"))
            continue
        # Near-duplicates at other resolutions: a coarse 8x8 grey signature
        sig = "s" + hashlib.sha1((np.asarray(rgb.convert("L").resize((8, 8), Image.BOX)) // 16)
                                 .tobytes()).hexdigest()
        if sig in seen:
            rejected.append((pkg, rel, f"near-duplicate of {seen[sig]}"))
            continue
        w, h = rgb.size
        s = SHORT_SIDE / min(w, h)
        if s < 1:
            rgb = rgb.resize((round(w * s), round(h * s)), Image.LANCZOS)
        sub = os.path.join(PHOTOS, pkg)
        os.makedirs(sub, exist_ok=True)
        name = safe_name(pkg, rel)
        rgb.save(os.path.join(sub, name), quality=92)
        seen[digest] = seen[sig] = key
        author = (given[0] if given else author_of(st["copyright"])) if st else "unknown"
        kept.append((f"{pkg}/{name}", pkg, ver, rel, author, lic, f"{rgb.size[0]}x{rgb.size[1]}", url))
    with open(os.path.join(HERE, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tpackage\tversion\tsource_path\tauthor\tlicence\tsize\turl\n")
        for row in sorted(kept):
            f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    with open(os.path.join(HERE, "rejected.tsv"), "w", encoding="utf-8") as f:
        f.write("package\tsource_path\treason\n")
        for row in sorted(rejected):
            f.write("\t".join(row) + "\n")
    from collections import Counter
    c = Counter(k[1] for k in kept)
    print(f"kept {len(kept)} photos, rejected {len(rejected)}")
    for p, n in sorted(c.items()):
        print(f"  {p}: {n}")


if __name__ == "__main__":
    main()
