#!/bin/sh
# Gather the training photographs from Debian packages (apt-get download + dpkg-deb -x only).
# Needs: apt-get update done once; python3-pil python3-numpy (Debian). Writes models/data/photos
# (gitignored), models/data/manifest.tsv and models/data/rejected.tsv (committed).
set -eu
cd "$(dirname "$0")"
exec /usr/bin/python3 fetch.py "$@"
