#!/bin/sh
# klaslab-small 2.2's decoder candidates in one prepared run on a lent GPU machine (PyTorch there,
# 16 cores): the frozen encoder's feature cache from models/small/pack.py's photo copy, then one
# decoder per class-rebalancing strength, the same schedule each. Every step also runs on 2 CPU
# cores (--device cpu, the README's commands): only slower.
#
#   models/small/device-run.sh OUT_DIR      (needs models/data/pack, or pack.tar, the transfer's
#                                            form: tar cf models/data/pack.tar -C models/data pack,
#                                            and the encoder's .tflite)
#
# Writes OUT_DIR/<candidate>.tar.gz (weights.npz, best.npz, logs, mix, colour stats, summary)
# as soon as each candidate is done, so a run cut short still returns what it finished.
set -eu
OUT=${1:?usage: device-run.sh OUT_DIR}
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
VIEWS=${VIEWS:-tf_flowers=3,default=32}
STEPS=${STEPS:-9000}
CANDIDATES=${CANDIDATES:-lam0.5:0.5 lam1:1 lam0.25:0.25}
TAG="crop160-$(echo "$VIEWS" | sed 's/=//g; s/,/-/g')"
export PYTHONUNBUFFERED=1

start=$(date +%s)
[ -d models/data/pack ] || tar xf models/data/pack.tar -C models/data
"$PY" models/small/cache.py --photos models/data/pack --device cuda --threads 8 --views "$VIEWS"
echo "cache: $(( $(date +%s) - start )) s"
for spec in $CANDIDATES; do
  name=${spec%%:*}
  lam=${spec#*:}
  t0=$(date +%s)
  "$PY" models/small/train_decoder.py --device cuda --cache "models/data/cache/$TAG" \
    --run-dir "models/runs/$name" --lam "$lam" --steps "$STEPS" --batch 32 --warmup 300 \
    --ckpt-every 500 --log-every 500 --threads 8
  cp "models/data/cache/$TAG/source.txt" "models/runs/$name/cache-source.txt"
  tar czf "$OUT/$name.tar.gz" -C models/runs --exclude last.pt --exclude prior.npy "$name"
  echo "$name: $(( $(date +%s) - t0 )) s"
done
echo "total: $(( $(date +%s) - start )) s"
