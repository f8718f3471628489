#!/usr/bin/env python3
"""Train KlasLab-small's decoder on the cached encoder features (models/small/cache.py), on CPU.

  nice -n 10 /usr/bin/python3 models/small/train_decoder.py --cache models/data/cache/<tag> \
      --run-dir models/runs/small --steps 6000 --batch 32
  nice -n 10 /usr/bin/python3 models/small/train_decoder.py --resume --run-dir models/runs/small

Loss: the same as KlasLab-tiny (models/train.py SoftEncodeLoss: Zhang et al.'s class-rebalanced
soft-encoded cross-entropy, lambda 0.5, sigma 5; the bin prior from the cached training ab), with
the soft targets (5 nearest bins and weights per output pixel) computed once at the start. The
model's output is at stride 8: the cached stride-4 targets are averaged 2x2.
Sampler, the bias lesson in one line: each source group gets a share of the draws proportional to
its number of training photos, capped at --max-share (0.35), the rest spread over the others the
same way (water-filling); within a group every cached view is equally likely (--grey-share then
reweights the views of mostly grey things). The shares are written to RUN_DIR/mix.json ("share":
the group rule, "drawn": after --grey-share) and each photo's share to RUN_DIR/draws.tsv.
AdamW, linear warm-up then cosine decay; every --ckpt-every steps the validation loss on the
held-out views is logged and RUN_DIR/last.pt (decoder, optimiser, sampler state, step) written;
--resume continues exactly there. The best validation loss is kept too (best.npz). At the end
weights.npz holds the whole SmallColorNet (imported encoder + decoder).
"""
import argparse
import glob
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.dirname(HERE)
sys.path.insert(0, MODELS)
sys.path.insert(0, HERE)
from cache import AB_STRIDE, load_encoder  # noqa: E402
from klaslab.bins import ab_bins  # noqa: E402
from klaslab.color import colourful  # noqa: E402
from klaslab.small import STRIDE, Decoder, SmallColorNet  # noqa: E402
from train import LossLog, SoftEncodeLoss, load_resume, log_step, lr_at  # noqa: E402


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="a folder written by models/small/cache.py")
    ap.add_argument("--run-dir", default=os.path.join(MODELS, "runs", "small"))
    ap.add_argument("--steps", type=int, default=6000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--wd", type=float, default=1e-4)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--widths", default="128,96")
    ap.add_argument("--crop-cells", type=int, default=8,
                    help="train on windows of this many stride-16 cells (8 = 128 px of a 160 px view)")
    ap.add_argument("--max-share", type=float, default=0.35)
    ap.add_argument("--grey-share", type=float, default=0,
                    help="draw views of mostly grey things (grey_views) this share of the time (0: as the groups give)")
    ap.add_argument("--lam", type=float, default=0.5)
    ap.add_argument("--sigma", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--log-every", type=int, default=100)
    ap.add_argument("--ckpt-every", type=int, default=500)
    ap.add_argument("--time-budget", type=float, default=0, help="stop (resumably) after S seconds")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--mix-only", action="store_true",
                    help="write mix.json, draws.tsv and colour-stats.json for these arguments, then stop")
    ap.add_argument("--device", default="cpu", help="cpu, or cuda on a lent GPU machine (same steps, faster)")
    args = ap.parse_args(argv)
    if not 0 <= args.grey_share < 1:
        ap.error(f"--grey-share must be at least 0 and below 1, not {args.grey_share}")
    return args


def capped_shares(counts, cap):
    """{group: n} -> {group: share}: proportional to n, no share above cap (water-filling)."""
    shares, free, rest = {}, 1.0, dict(counts)
    while rest:
        total = sum(rest.values())
        over = {g: n for g, n in rest.items() if free * n / total > cap}
        if not over:
            shares.update({g: free * n / total for g, n in rest.items()})
            break
        for g in over:
            shares[g] = cap
            free -= cap
            del rest[g]
    return shares


def grey_views(ab):
    """Views whose true colours are mostly grey (ab: N x 2 x H x W, CIELAB units): mean chroma
    below 6 or fewer than 10% of cells above 8 (not klaslab.color.colourful, as in data/fetch.py)."""
    return ~colourful(np.hypot(ab[:, 0], ab[:, 1]).reshape(len(ab), -1))


def with_share(w, mask, share):
    """Sampling weights w (summing to 1) rescaled so the views in mask get `share` of the draws
    together; each side keeps its own relative weights."""
    inside = w[mask].sum()
    if not 0 < inside < 1:
        raise ValueError("--grey-share needs views on both sides")
    return np.where(mask, w * share / inside, w * (1 - share) / (1 - inside))


def write_draws(path, files, w):
    """Each training photo's share of the draws (its views' probabilities summed): what facts.py
    reports per source and subject, exact also when --grey-share reweights the views."""
    per = {}
    for f, p in zip(files, w):
        per[str(f)] = per.get(str(f), 0.0) + float(p)
    with open(path, "w", encoding="utf-8") as out:
        out.write("file\tdrawn\n")
        for f in sorted(per):
            out.write(f"{f}\t{per[f]:.8f}\n")


def load_cache(folder, split):
    """The taps the decoder uses (f8, f16), the targets pooled to the model's stride, groups."""
    files = sorted(glob.glob(os.path.join(folder, f"{split}-*.npz")))
    if not files:
        raise SystemExit(f"no {split} shards in {folder}: run models/small/cache.py first")
    parts = [np.load(f) for f in files]
    out = {k: np.concatenate([p[k] for p in parts]) for k in ("f8", "f16", "group")}
    ab = torch.from_numpy(np.concatenate([p["ab"] for p in parts])).float()
    out["ab"] = F.avg_pool2d(ab, STRIDE // AB_STRIDE).numpy()
    out["file"] = np.concatenate([p["files"] for p in parts])
    return out


def sparse_targets(ab, bins, sigma, chunk=100000):
    """ab [N, 2, h, w] -> the 5 nearest bins [N, 5, h, w] (int16, nearest first) and their
    Gaussian weights (float16): models/train.py's soft encoding, computed once, not every step."""
    n, _, h, w = ab.shape
    flat = torch.from_numpy(ab).permute(0, 2, 3, 1).reshape(-1, 2)
    b = torch.from_numpy(bins.astype(np.float32))
    idx = np.empty((len(flat), 5), np.int16)
    wts = np.empty((len(flat), 5), np.float16)
    for k in range(0, len(flat), chunk):
        d2, i = torch.cdist(flat[k:k + chunk], b).pow(2).topk(5, dim=1, largest=False)
        g = torch.exp(-d2 / (2 * sigma ** 2))
        idx[k:k + chunk] = i.numpy()
        wts[k:k + chunk] = (g / g.sum(1, keepdim=True)).numpy()
    to = lambda a: np.ascontiguousarray(a.reshape(n, h, w, 5).transpose(0, 3, 1, 2))  # noqa: E731
    return to(idx), to(wts)


def sparse_loss(logits, idx, wts, class_weights):
    """Class-rebalanced soft-encoded cross-entropy (SoftEncodeLoss) from sparse targets."""
    logp = F.log_softmax(logits.float(), dim=1)
    ce = -(wts * logp.gather(1, idx)).sum(1)
    w = class_weights[idx[:, 0]]
    return (w * ce).mean(), ce.mean()


def build_decoder(args):
    torch.manual_seed(args.seed)
    dec = Decoder(tuple(int(x) for x in args.widths.split(","))).to(args.device)
    opt = torch.optim.AdamW(dec.parameters(), lr=args.lr, weight_decay=args.wd)
    return dec, opt


def bin_prior_from_ab(ab, bins, sigma):
    """Gaussian-smoothed distribution of the cached training ab over the bins (models/train.py's
    bin_prior, on the targets the loss sees)."""
    flat = torch.from_numpy(ab.astype(np.float32)).permute(0, 2, 3, 1).reshape(-1, 2)
    counts = np.zeros(len(bins))
    b = torch.from_numpy(bins.astype(np.float32))
    for k in range(0, len(flat), 200000):
        np.add.at(counts, torch.cdist(flat[k:k + 200000], b).argmin(1).numpy(), 1)
    p = counts / counts.sum()
    d2 = ((bins[:, None] - bins[None]) ** 2).sum(-1)
    ps = np.exp(-d2 / (2 * sigma ** 2)) @ p
    return ps / ps.sum()


def colour_stats(ab, weights, photos):
    """Mean CIELAB a*, b* of what the sampler shows the model (views weighted by their draw
    probability): the evaluation's constant "average chroma" (sepia) baseline."""
    m = (ab.astype(np.float64).mean(axis=(2, 3)) * weights[:, None]).sum(0) / weights.sum()
    return {"mean_a": round(float(m[0]), 4), "mean_b": round(float(m[1]), 4), "photos": photos,
            "note": "mean CIELAB a*, b* (D65) of the training views, weighted as the balanced sampler draws them"}


def main(argv=None):
    args = parse_args(argv)
    os.makedirs(args.run_dir, exist_ok=True)
    ckpt = os.path.join(args.run_dir, "last.pt")
    state = None
    if args.resume:
        state, args = load_resume(args, parse_args, ckpt, ("resume", "run_dir", "threads", "time_budget", "device"))
    if not args.cache:
        raise SystemExit("--cache is required")
    torch.set_num_threads(args.threads)
    log = open(os.path.join(args.run_dir, "train.log"), "a", encoding="utf-8")

    def say(msg):
        print(msg, flush=True)
        log.write(msg + "\n")
        log.flush()

    tr, va = load_cache(args.cache, "train"), load_cache(args.cache, "heldout")
    groups = open(os.path.join(args.cache, "groups.txt"), encoding="utf-8").read().split()
    photos = {g: len({f for f, gg in zip(tr["file"], tr["group"]) if gg == i}) for i, g in enumerate(groups)}
    photos = {g: n for g, n in photos.items() if n}
    shares = capped_shares(photos, args.max_share)
    views = {g: int((tr["group"] == groups.index(g)).sum()) for g in photos}
    w = np.array([shares[groups[g]] / views[groups[g]] for g in tr["group"]])
    w = w / w.sum()
    grey = grey_views(tr["ab"])
    grey_natural = float(w[grey].sum())
    if args.grey_share:
        w = with_share(w, grey, args.grey_share)
    weights = torch.from_numpy(w)
    stats_path = os.path.join(args.run_dir, "colour-stats.json")
    if not os.path.exists(stats_path):
        with open(stats_path, "w") as f:
            json.dump(colour_stats(tr["ab"], w, sum(photos.values())), f, indent=2)
    bins = ab_bins()
    prior_path = os.path.join(args.run_dir, "prior.npy")
    if not os.path.exists(prior_path):
        np.save(prior_path, bin_prior_from_ab(tr["ab"], bins, args.sigma))
    device = torch.device(args.device)
    loss_fn = SoftEncodeLoss(bins, np.load(prior_path), args.lam, args.sigma, device)
    with open(os.path.join(args.run_dir, "mix.json"), "w") as f:
        json.dump({"max_share": args.max_share, "groups": {g: {"train_photos": photos[g], "views": views[g],
                   "share": round(shares[g], 4),
                   "drawn": round(float(w[tr["group"] == groups.index(g)].sum()), 4)} for g in sorted(photos)},
                   "grey_views": {"views": int(grey.sum()), "share_by_groups": round(grey_natural, 4),
                                  "share_drawn": round(float(w[grey].sum()), 4)}}, f, indent=1)
    write_draws(os.path.join(args.run_dir, "draws.tsv"), tr["file"], w)
    if args.mix_only:
        return
    T = {k: torch.from_numpy(tr[k]) for k in ("f8", "f16")}
    V = {k: torch.from_numpy(va[k]) for k in ("f8", "f16")}
    for D, src in ((T, tr), (V, va)):
        idx, wts = sparse_targets(src["ab"], bins, args.sigma)
        D["idx"], D["wts"] = torch.from_numpy(idx), torch.from_numpy(wts)
    for D in (T, V):
        D.update({k: t.to(device) for k, t in D.items()})
    class_weights = loss_fn.weights

    dec, opt = build_decoder(args)
    gen = torch.Generator().manual_seed(args.seed)
    step, elapsed, best = 0, 0.0, {"val_loss": float("inf"), "step": 0}
    if state is not None:
        dec.load_state_dict(state["decoder"])
        opt.load_state_dict(state["opt"])
        gen.set_state(state["gen"])
        step, elapsed, best = state["step"], state["elapsed"], state["best"]
        say(f"resumed at step {step}/{args.steps}")
    else:
        say(f"start {time.strftime('%Y-%m-%d %H:%M:%S')} args={json.dumps(vars(args))}")
        say(f"views: {len(tr['group'])} train, {len(va['group'])} held out; decoder params "
            f"{sum(p.numel() for p in dec.parameters())}; shares {json.dumps({g: round(s, 3) for g, s in shares.items()})}")

    cells = T["f16"].shape[-1]

    def batch(D, idx, crop=None):
        """Views idx; with crop, one random window of crop x crop stride-16 cells for the batch,
        aligned on every tap (more positions for the decoder's context; val sees whole views)."""
        idx = idx.to(device) if isinstance(idx, torch.Tensor) else idx
        out = [D["f8"][idx].float(), D["f16"][idx].float(), D["idx"][idx].long(), D["wts"][idx].float()]
        if crop is None or crop >= cells:
            return out
        oy, ox = (int(v) for v in torch.randint(cells - crop + 1, (2,), generator=gen))
        return [t[..., oy * s:(oy + crop) * s, ox * s:(ox + crop) * s] for t, s in zip(out, (2, 1, 2, 2))]

    def validate():
        dec.eval()
        tot = tot_ce = 0.0
        n = len(V["f16"])
        with torch.no_grad():
            for k in range(0, n, 64):
                f8, f16, idx, wts = batch(V, slice(k, k + 64))
                l_, c_ = sparse_loss(dec(None, f8, f16), idx, wts, class_weights)
                tot += float(l_) * len(idx)
                tot_ce += float(c_) * len(idx)
        dec.train()
        return tot / n, tot_ce / n

    def save():
        torch.save({"decoder": dec.state_dict(), "opt": opt.state_dict(), "gen": gen.get_state(),
                    "step": step, "elapsed": elapsed, "best": best, "args": vars(args)}, ckpt + ".tmp")
        os.replace(ckpt + ".tmp", ckpt)

    def npz_decoder(path):
        np.savez(path, **{k: v.cpu().numpy() for k, v in dec.state_dict().items() if v.dtype.is_floating_point})

    dec.train()
    t_start = time.time() - elapsed
    t_session = time.time()
    losses = LossLog(say, "views/s")
    while step < args.steps:
        for g in opt.param_groups:
            g["lr"] = lr_at(step, args.steps, args.lr, args.warmup)
        idx = torch.multinomial(weights, args.batch, replacement=True, generator=gen)
        f8, f16, tidx, twts = batch(T, idx, args.crop_cells)
        loss, ce = sparse_loss(dec(None, f8, f16), tidx, twts, class_weights)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        step += 1
        elapsed = time.time() - t_start
        val = log_step(losses, loss, ce, step, args, opt.param_groups[0]["lr"], elapsed, validate, say)
        if val:
            vl, vce = val
            if vl < best["val_loss"]:
                best = {"val_loss": vl, "val_ce": vce, "step": step}
                npz_decoder(os.path.join(args.run_dir, "best-decoder.npz"))
                say(f"  best so far (step {step})")
            save()
            if args.time_budget and time.time() - t_session > args.time_budget and step < args.steps:
                say(f"time budget reached at step {step}; continue with --resume")
                return
    say(f"done: {step} steps, {elapsed:.0f}s on {args.device}" + (f" ({args.threads} threads)" if args.device == "cpu" else ""))
    enc = load_encoder()
    for name, dec_path in (("weights.npz", None), ("best.npz", "best-decoder.npz")):
        net = SmallColorNet(tuple(int(x) for x in args.widths.split(",")))
        net.encoder.load_state_dict(enc.state_dict())
        if dec_path:
            z = np.load(os.path.join(args.run_dir, dec_path))
            net.decoder.load_state_dict({k: torch.from_numpy(z[k]) for k in z.files}, strict=False)
        else:
            net.decoder.load_state_dict(dec.state_dict())
        sd = {k: v.numpy() for k, v in net.state_dict().items() if v.dtype.is_floating_point}
        np.savez(os.path.join(args.run_dir, name), __arch__=np.array("klaslab-small"),
                 __widths__=np.array(args.widths), **sd)
    with open(os.path.join(args.run_dir, "summary.json"), "w") as f:
        json.dump({"steps": step, "seconds": round(elapsed, 1), "device": args.device, "threads": args.threads,
                   "batch": args.batch, "lr": args.lr, "seed": args.seed, "widths": args.widths,
                   "cache": os.path.basename(os.path.normpath(args.cache)), "best": best,
                   "torch": torch.__version__,
                   "photos": open(os.path.join(args.cache, "source.txt")).read().splitlines()
                   if os.path.exists(os.path.join(args.cache, "source.txt")) else None}, f, indent=2)


if __name__ == "__main__":
    main()
