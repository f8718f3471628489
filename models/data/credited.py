"""Photos from public GitHub repositories that credit each file (author, licence, source URL),
read at fixed commits.

credited.tsv holds one row per candidate photo, transcribed from the repository's own attribution
file (column stated_in): repository, commit, path, the original photo's author, licence and URL.
A row is kept only if fetch.py's licence policy allows its licence; photos whose URL is on a site
with its own terms (Pixabay, Pexels, Unsplash: not a CC licence even where a repository calls it
"CC0") are dropped here with that reason. The repositories are read with plain `git`
(models/data/github.py: a local mirror given with --git OWNER/NAME=GITDIR, or a bare clone).
"""
import csv
import os

from github import git, git_dir, show

HERE = os.path.dirname(os.path.abspath(__file__))
LIST = os.path.join(HERE, "credited.tsv")
SOURCE = "github-credited"
OWN_TERMS = ("pixabay.com", "pexels.com", "unsplash.com")


def read_list(path=LIST):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def own_terms(url):
    """The site whose own licence (not a CC licence) the URL points to, or None."""
    return next((s for s in OWN_TERMS if s in url.lower()), None)


def candidates(overrides, raw_dir, rows=None):
    """Yield (source, version, repo/path, bytes, (author, licence, url)) per listed photo, and
    (source, version, repo/path, None, reason) for rows dropped before reading them."""
    listed = {}
    for r in read_list() if rows is None else rows:
        version = f"{r['repo']}@{r['commit']}"
        rel = f"{r['repo']}/{r['path']}"
        site = own_terms(r["url"])
        if site:
            yield SOURCE, version, rel, None, f"licence: {site}'s own terms (stated as {r['licence']})"
            continue
        gd = git_dir(r["repo"], overrides, raw_dir)
        if version not in listed:
            listed[version] = set(git(gd, "ls-tree", "-r", "--name-only", r["commit"]).decode().splitlines())
        if r["path"] not in listed[version]:
            yield SOURCE, version, rel, None, "credited but not in the repository at that commit"
            continue
        blob = show(gd, r["commit"], r["path"])
        yield SOURCE, version, rel, blob, (r["author"], r["licence"], r["url"])
