"""Source group and subject of every training photo, by table (first matching rule wins).

The group is the unit the sampler balances (no group above 35% of what the model sees); the
subject is what the explainers show pupils ("what did the AI see?"). Rules match
"<package>/<source_path>" case-insensitively; both tables end with a catch-all.
"""
import re

GROUPS = [
    (r"^tf_flowers/", "tf_flowers"),
    (r"^gcompris-qt-data/", "gcompris"),
    (r"^scratch/", "scratch"),
    (r"^(python3-skimage|python3-sklearn|python-matplotlib-data)/", "library-samples"),
    (r"^github-credited/", "credited-photos"),  # credited.tsv: Wikimedia Commons / Flickr photos
    (r".", "desktop-photos"),  # wallpapers and puzzle photos of desktop packages
]

SUBJECTS = [
    # credited.tsv (one table for its mixed subjects; the file names say what each photo shows)
    (r"^github-credited/.*(crops-parser/|foodcategories/|/hero\.jpg|piggy-bank|calculator)",
     "objects and food"),
    (r"^github-credited/.*(meeting|charades|floating-market|/MAX-Facial-Recognizer/)", "people"),
    (r"^github-credited/dermotte/LIRE/testdata/ferrari/", "vehicles"),
    (r"^github-credited/.*(waiting-room|hospitality-venue)", "indoor scenes"),
    (r"^github-credited/.*(monkey|chiffchaff|/images/animals/)", "animals"),
    (r"^github-credited/.*(grand-canyon|niagara|table-mountain|pasabag|bridalveil|chocolate_hills|"
     r"eyjafjallajokull|linze|plaigne|sagarmatha)", "landscapes and nature"),
    (r"^github-credited/", "buildings"),
    (r"^tf_flowers/|flower|seeding|daisy|tulip|rose", "flowers"),
    (r"/(fishes|fish)|world_animals|/animals?/|dragonfly|kleiber|chelsea|bee|chameleon|"
     r"bird|cat\b|dog|horse|butterfly|insect", "animals"),
    (r"grace_hopper|astronaut|/people/|friends_by|person|portrait", "people"),
    (r"/transportation/|rocket|car\b|bus\b|train\b|boat|plane|bicycle", "vehicles"),
    (r"monument|bridge|china\.jpg|castle|building|city|house|church|tower|palace", "buildings"),
    (r"windmill|/solar|/dam|renewable", "energy and machines"),
    (r"/tools/|/others/|/costumes/things/|coffee|wine|citrus|fruit|food|cup", "objects and food"),
    (r".", "landscapes and nature"),
]

_G = [(re.compile(p, re.I), g) for p, g in GROUPS]
_S = [(re.compile(p, re.I), s) for p, s in SUBJECTS]


def _key(row):
    return f"{row['package']}/{row['source_path']}"


def group_of(row):
    k = _key(row)
    return next(g for p, g in _G if p.search(k))


def subject_of(row):
    k = _key(row)
    return next(s for p, s in _S if p.search(k))
