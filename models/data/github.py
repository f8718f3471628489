"""Read files of public GitHub repositories at fixed commits with plain `git`.

A repository is read from a local clone or mirror given as OWNER/NAME=GITDIR (--git), or else
from models/data/raw/git/<owner>+<name>.git, cloned (bare) from GitHub when missing. Nothing is
read from a branch head: every source names its commit, so the data can be rebuilt exactly.
"""
import os
import subprocess


def git_dir(repo, overrides, raw_dir):
    """Where to read `repo` from: an override, else raw/git/<owner>+<name>.git (cloned)."""
    if repo in overrides:
        return overrides[repo]
    d = os.path.join(raw_dir, "git", repo.replace("/", "+") + ".git")
    if not os.path.isdir(d):
        subprocess.run(["git", "clone", "--bare", f"https://github.com/{repo}.git", d], check=True)
    return d


def git(gd, *args):
    """stdout (bytes) of `git --git-dir gd args...`; a clear error if the commit is missing."""
    r = subprocess.run(["git", "--git-dir", gd, *args], capture_output=True)
    if r.returncode:
        raise SystemExit(f"git --git-dir {gd} {' '.join(args)}: {r.stderr.decode().strip()}")
    return r.stdout


def show(gd, commit, path):
    """The bytes of `path` at `commit`."""
    return git(gd, "show", f"{commit}:{path}")


def parse_overrides(items):
    """['owner/name=/path', ...] -> {owner/name: /path}."""
    out = {}
    for it in items:
        repo, sep, path = it.partition("=")
        if not sep or "/" not in repo or not path:
            raise SystemExit(f"--git {it!r}: expected OWNER/NAME=GITDIR")
        out[repo] = path
    return out
