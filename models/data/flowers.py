"""tf_flowers (the TensorFlow flowers set: 3,670 Flickr photos, each CC BY 2.0 with its author in
the set's LICENSE.txt), read from public GitHub repositories at fixed commits.

The photos come from one repository and the per-file licence list from another (no single stored
copy has both). Only files named in the licence list are kept; their author and Flickr URL come
from that list. The repositories are read with plain `git` (models/data/github.py: a local mirror given with
--git OWNER/NAME=GITDIR, or a bare clone from GitHub).
"""
import os
import re

from github import git, git_dir, show

REPOS = {
    # photos, 227x227, one folder per class (singular names); extra augmented copies are not in
    # the licence list and are dropped
    "images": ("JoelOscarsson/dl-assignment", "05bf18b10cd76b8225e93e93beef1cb94c77cfbb",
               "data/flowers/"),
    # the set's LICENSE.txt: "<class>/<file> CC-BY by <author> - <url>" (or "CC-BY <url> - by <a>")
    "licence": ("dalifreire/cnn_hello_world", "3d061c00e75448ac0beb39778864a929973dc8fb",
                "datasets/flower_photos/LICENSE.txt"),
}
SOURCE = "tf_flowers"
LICENCE = "CC-BY-2.0"

_LINE = re.compile(r"^(?P<cls>[a-z]+)/(?P<file>\S+\.jpg)\s+CC-BY\s+(?:by\s+(?P<a1>.*?)\s+-\s+"
                   r"(?P<u1>https?://\S+)|(?P<u2>https?://\S+)\s+-\s+by\s+(?P<a2>.*?))\s*$")


def parse_licence_list(text):
    """{file name: (class, author, url)} from the set's LICENSE.txt; other lines are prose."""
    out = {}
    for line in text.splitlines():
        m = _LINE.match(line.strip())
        if m:
            author = re.sub(r"\s+", " ", m.group("a1") or m.group("a2"))
            out[m.group("file")] = (m.group("cls"), author, m.group("u1") or m.group("u2"))
    return out


def candidates(overrides, raw_dir):
    """Yield (source, version, path, jpeg bytes, (author, licence, url)) for every licensed photo,
    and (source, version, path, None, reason) for files that are not in the licence list."""
    repo_l, commit_l, path_l = REPOS["licence"]
    names = parse_licence_list(show(git_dir(repo_l, overrides, raw_dir), commit_l, path_l)
                               .decode("utf-8", "replace"))
    repo, commit, prefix = REPOS["images"]
    gd = git_dir(repo, overrides, raw_dir)
    version = f"{repo}@{commit}"
    listing = git(gd, "ls-tree", "-r", commit, prefix).decode().splitlines()
    for line in sorted(listing):
        meta, path = line.split("\t", 1)
        if not path.lower().endswith(".jpg"):
            continue
        base = os.path.basename(path)
        if base not in names:
            yield SOURCE, version, path, None, f"not in {repo_l}@{commit_l[:12]}:{path_l}"
            continue
        cls, author, url = names[base]
        blob = git(gd, "cat-file", "blob", meta.split()[2])
        yield SOURCE, version, path, blob, (author, LICENCE, url)
