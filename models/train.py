#!/usr/bin/env python3
"""Train KlasLab-tiny (L -> 313 ab-bin logits) on the photos gathered by models/data/fetch.sh.

  /usr/bin/python3 models/train.py --device cpu --steps 600 --batch 16 --crop 128      # CPU
  /usr/bin/python3 models/train.py --device cuda --time-budget 480 --batch 64 --crop 192
  /usr/bin/python3 models/train.py --resume                                            # continue

Loss: Zhang et al. (ECCV 2016) class-rebalanced multinomial cross-entropy with soft-encoded
targets: each ground-truth ab (averaged over the 4x4 block of the output stride) is spread over
its 5 nearest bins with a Gaussian (sigma 5), and every pixel is weighted by
w(q) = ((1 - lam) * p~(q) + lam / 313)^-1, normalised to E[w] = 1, where p~ is the
Gaussian-smoothed (sigma 5) bin distribution of the training photos and lam = 0.5.

Augmentation, all done as one batched affine resampling (torch grid_sample) so that CPU and GPU
share one code path: multi-scale random crops (crop side 30-100% of the short side, aspect
3:4-4:3), horizontal flips, small rotations (+-6 deg), and colour-safe photometric changes
(exposure scaled in linear light by 0.7-1.3, which changes L but keeps chromaticity; small
Gaussian noise on the network input only). Hue/saturation are never altered, so the targets
keep the true colours of the scene.

Checkpoints (model, optimiser, schedule, RNG state, args) go to RUN_DIR/last.pt every
--ckpt-every steps and at the end; --resume continues exactly where the last one stopped.
With --time-budget S, the run first times 20 steps, then fixes --steps so the whole run fits
in S seconds, and restarts from the seeded initialisation (the chosen step count is logged,
so the same schedule can be replayed anywhere with --steps).
"""
import argparse
import csv
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from klaslab.bins import ab_bins  # noqa: E402
from klaslab.color import srgb_to_lab_torch  # noqa: E402
from klaslab.net import STRIDE, TinyColorNet, count_params  # noqa: E402


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(HERE, "data"))
    ap.add_argument("--run-dir", default=os.path.join(HERE, "runs", "klaslab-tiny"))
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--steps", type=int, default=600)
    ap.add_argument("--time-budget", type=float, default=0, help="seconds; overrides --steps")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--crop", type=int, default=128, help="training crop side (multiple of 16)")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--wd", type=float, default=1e-4)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--lam", type=float, default=0.5, help="rebalancing mix (Zhang: 0.5)")
    ap.add_argument("--sigma", type=float, default=5.0, help="soft-encoding Gaussian sigma")
    ap.add_argument("--widths", default="16,32,64,96,128")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--val", type=int, default=6, help="photos held out for validation loss")
    ap.add_argument("--ckpt-every", type=int, default=200)
    ap.add_argument("--log-every", type=int, default=25)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--amp", action="store_true", help="bf16 autocast (CUDA)")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--keep-best", action="store_true",
                    help="keep the weights with the lowest held-out validation loss (best.npz, best.json)")
    ap.add_argument("--patience", type=int, default=0,
                    help="with --keep-best: stop after this many validations without improvement")
    ap.add_argument("--stats-only", action="store_true",
                    help="only write colour-stats.json (mean a*b* of the training split) to --run-dir")
    ap.add_argument("--stop-after", type=int, default=0,
                    help="checkpoint and exit after this many steps (simulates an interrupted session)")
    return ap.parse_args(argv)


# ------------------------------------------------------------------ data
def load_photos(data_dir):
    rows = list(csv.DictReader(open(os.path.join(data_dir, "manifest.tsv"), encoding="utf-8"),
                               delimiter="\t"))
    out = []
    for r in rows:
        p = os.path.join(data_dir, "photos", r["file"])
        if os.path.exists(p):
            out.append((r["file"], np.asarray(Image.open(p).convert("RGB"))))
    if not out:
        raise SystemExit(f"no photos under {data_dir}/photos: run models/data/fetch.sh first")
    return out


class Canvas:
    """All photos padded into one tensor [N, 3, S, S] (two mip levels) for batched cropping."""

    def __init__(self, photos, device):
        side = max(max(a.shape[0], a.shape[1]) for _, a in photos)
        side = int(math.ceil(side / 16) * 16)
        n = len(photos)
        full = torch.zeros(n, 3, side, side, dtype=torch.uint8)
        self.sizes = torch.zeros(n, 2)  # (h, w)
        for i, (_, a) in enumerate(photos):
            h, w = a.shape[:2]
            full[i, :, :h, :w] = torch.from_numpy(np.ascontiguousarray(a).copy()).permute(2, 0, 1)
            self.sizes[i] = torch.tensor([h, w])
        self.side = side
        self.full = full.to(device)
        self.half = F.avg_pool2d(self.full.float(), 2).round().to(torch.uint8)
        self.sizes = self.sizes.to(device)
        self.n = n

    def sample(self, idx, out, gen, device, train=True):
        """Random crops of photos idx -> float RGB [B, 3, out, out] in 0..1."""
        b = len(idx)
        idx_t = torch.as_tensor(idx, device=device)
        hw = self.sizes[idx_t]
        short = hw.min(1).values

        def U(lo, hi):
            return torch.rand(b, generator=gen).to(device) * (hi - lo) + lo

        if train:
            frac = U(0.30, 1.0)
            aspect = torch.exp(U(math.log(3 / 4), math.log(4 / 3)))
            flip = (torch.rand(b, generator=gen) < 0.5).to(device)
            ang = U(-6, 6) * math.pi / 180
        else:
            frac = torch.ones(b, device=device)
            aspect = torch.ones(b, device=device)
            flip = torch.zeros(b, dtype=torch.bool, device=device)
            ang = torch.zeros(b, device=device)
        ch = (short * frac * aspect.sqrt()).clamp(max=hw[:, 0])
        cw = (short * frac / aspect.sqrt()).clamp(max=hw[:, 1])
        # rotation needs margin: shrink the box so the rotated crop stays inside the photo
        shrink = 1 / (torch.cos(ang).abs() + torch.sin(ang).abs() * torch.maximum(ch / cw, cw / ch))
        ch, cw = ch * shrink, cw * shrink
        cy = (hw[:, 0] - ch) * U(0, 1) + ch / 2 if train else hw[:, 0] / 2
        cx = (hw[:, 1] - cw) * U(0, 1) + cw / 2 if train else hw[:, 1] / 2
        use_half = (torch.minimum(ch, cw) / out) > 2.0
        crops = torch.empty(b, 3, out, out, device=device)
        for level, src, scale in ((0, self.full, 1.0), (1, self.half, 0.5)):
            sel = (use_half == bool(level)).nonzero().flatten()
            if len(sel) == 0:
                continue
            S = src.shape[-1]
            sx = (cw[sel] * scale) / S * torch.where(flip[sel], -1.0, 1.0)
            sy = (ch[sel] * scale) / S
            c, s_ = torch.cos(ang[sel]), torch.sin(ang[sel])
            theta = torch.zeros(len(sel), 2, 3, device=device)
            theta[:, 0, 0] = sx * c
            theta[:, 0, 1] = -sy * s_
            theta[:, 1, 0] = sx * s_
            theta[:, 1, 1] = sy * c
            theta[:, 0, 2] = (cx[sel] * scale) / S * 2 - 1
            theta[:, 1, 2] = (cy[sel] * scale) / S * 2 - 1
            grid = F.affine_grid(theta, (len(sel), 3, out, out), align_corners=False)
            imgs = src[idx_t[sel]].float() / 255
            crops[sel] = F.grid_sample(imgs, grid, mode="bilinear", padding_mode="border",
                                       align_corners=False)
        rgb = crops.clamp(0, 1)
        if train:  # exposure in linear light: keeps chromaticity, changes L
            lin = torch.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
            lin = (lin * U(0.7, 1.3).view(b, 1, 1, 1)).clamp(0, 1)
            rgb = torch.where(lin <= 0.0031308, 12.92 * lin, 1.055 * lin.clamp(min=1e-8) ** (1 / 2.4) - 0.055)
        return rgb


# ------------------------------------------------------------------ loss
class SoftEncodeLoss:
    def __init__(self, bins, prior, lam, sigma, device):
        self.bins = torch.as_tensor(bins, device=device)            # [Q, 2]
        w = 1.0 / ((1 - lam) * prior + lam / len(prior))
        w = w / (prior * w).sum()
        self.weights = torch.as_tensor(w, dtype=torch.float32, device=device)
        self.sigma = sigma

    def targets(self, ab):
        """ab [B, 2, h, w] -> soft targets [B, Q, h, w], nearest bin [B, h, w]."""
        B, _, h, w = ab.shape
        flat = ab.permute(0, 2, 3, 1).reshape(-1, 2)
        d2 = torch.cdist(flat, self.bins).pow(2)                      # [P, Q]
        nd, ni = d2.topk(5, dim=1, largest=False)
        g = torch.exp(-nd / (2 * self.sigma ** 2))
        g = g / g.sum(1, keepdim=True)
        z = torch.zeros_like(d2).scatter_(1, ni, g)
        z = z.view(B, h, w, -1).permute(0, 3, 1, 2)
        return z, ni[:, 0].view(B, h, w)

    def __call__(self, logits, ab):
        z, nearest = self.targets(ab)
        logp = F.log_softmax(logits.float(), dim=1)
        ce = -(z * logp).sum(1)                                        # [B, h, w]
        w = self.weights[nearest]
        return (w * ce).mean(), ce.mean()


def bin_prior(photos, bins, sigma):
    """Gaussian-smoothed empirical distribution of the training photos' ab over the bins."""
    from klaslab.color import srgb_to_lab_np
    counts = np.zeros(len(bins))
    for _, a in photos:
        small = np.asarray(Image.fromarray(a).resize((a.shape[1] // 4, a.shape[0] // 4), Image.BOX))
        lab = srgb_to_lab_np(small.reshape(-1, 3) / 255.0)
        d = ((lab[:, None, 1:] - bins[None]) ** 2).sum(-1)
        np.add.at(counts, d.argmin(1), 1)
    p = counts / counts.sum()
    d2 = ((bins[:, None] - bins[None]) ** 2).sum(-1)
    k = np.exp(-d2 / (2 * sigma ** 2))
    ps = k @ p
    ps = ps / ps.sum()
    return ps.astype(np.float64), p


def colour_stats(photos):
    """Mean CIELAB a*, b* over all pixels of the training photos (at 1/4 scale): the constant
    "average chroma" (sepia) tint that the evaluation uses as a baseline."""
    from klaslab.color import srgb_to_lab_np
    s = np.zeros(2)
    n = 0
    for _, a in photos:
        small = np.asarray(Image.fromarray(a).resize((a.shape[1] // 4, a.shape[0] // 4), Image.BOX))
        lab = srgb_to_lab_np(small.reshape(-1, 3) / 255.0)
        s += lab[:, 1:].sum(0)
        n += len(lab)
    m = s / n
    return {"mean_a": round(float(m[0]), 4), "mean_b": round(float(m[1]), 4), "photos": len(photos),
            "pixels": int(n), "note": "mean CIELAB a*, b* (D65) of the training split at 1/4 scale"}


# ------------------------------------------------------------------ training
def lr_at(step, total, base, warmup):
    if step < warmup:
        return base * (step + 1) / warmup
    t = (step - warmup) / max(1, total - warmup)
    return base * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * min(1.0, t))))


def seed_all(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def build(args, device):
    widths = tuple(int(x) for x in args.widths.split(","))
    seed_all(args.seed)
    model = TinyColorNet(widths).to(device).to(memory_format=torch.channels_last)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.wd)
    return model, opt


def to_input(rgb):
    lab = srgb_to_lab_torch(rgb)
    L = (lab[:, :1] - 50) / 100
    ab = F.avg_pool2d(lab[:, 1:], STRIDE)
    return L, ab


class LossLog:
    """The mean training loss since the last log line, and that line."""

    def __init__(self, say, unit):
        self.say_, self.unit = say, unit
        self.loss = self.ce = 0.0
        self.n = 0

    def add(self, loss, ce):
        self.loss += float(loss)
        self.ce += float(ce)
        self.n += 1

    def say(self, step, steps, lr, elapsed, batch):
        n = max(self.n, 1)
        self.say_(f"step {step}/{steps} loss {self.loss / n:.4f} ce {self.ce / n:.4f} lr {lr:.2e} "
                  f"t {elapsed:.0f}s ({step * batch / max(elapsed, 1e-6):.1f} {self.unit})")
        self.loss = self.ce = 0.0
        self.n = 0


def log_step(losses, loss, ce, step, args, lr, elapsed, validate, say):
    """Bookkeeping after training step `step` (both trainers): a loss line every --log-every steps
    and, every --ckpt-every steps and at the last, the validation loss: (loss, ce) there, else None."""
    losses.add(loss, ce)
    if step % args.log_every == 0 or step == args.steps:
        losses.say(step, args.steps, lr, elapsed, args.batch)
    if step % args.ckpt_every == 0 or step == args.steps:
        vl, vce = validate()
        say(f"  val loss {vl:.4f} ce {vce:.4f}")
        return vl, vce
    return None


def load_resume(args, parse, ckpt_path, keep):
    """--resume: (checkpoint state, the run's own arguments with `keep` taken from this call)."""
    if not os.path.exists(ckpt_path):
        raise SystemExit(f"--resume: no checkpoint at {ckpt_path}")
    state = torch.load(ckpt_path, map_location="cpu")
    kept = {k: getattr(args, k) for k in keep}
    return state, argparse.Namespace(**{**vars(parse([])), **state["args"], **kept})


def main(argv=None):
    args = parse_args(argv)
    os.makedirs(args.run_dir, exist_ok=True)
    ckpt_path = os.path.join(args.run_dir, "last.pt")
    state = None
    if args.resume:
        state, args = load_resume(args, parse_args, ckpt_path,
                                  ("device", "resume", "data", "run_dir", "threads", "stop_after"))
        args.time_budget = 0  # the step count was fixed when the run started
    device = torch.device(args.device)
    if device.type == "cpu":
        torch.set_num_threads(args.threads)
    else:
        torch.backends.cudnn.benchmark = True
    log = open(os.path.join(args.run_dir, "train.log"), "a", encoding="utf-8")

    def say(msg):
        print(msg, flush=True)
        log.write(msg + "\n")
        log.flush()

    photos = load_photos(args.data)
    rng = random.Random(args.seed)
    order = list(range(len(photos)))
    rng.shuffle(order)
    val_idx, train_idx = sorted(order[:args.val]), sorted(order[args.val:])
    stats_path = os.path.join(args.run_dir, "colour-stats.json")
    if args.stats_only or not os.path.exists(stats_path):
        with open(stats_path, "w") as f:
            json.dump(colour_stats([photos[i] for i in train_idx]), f, indent=2)
        if args.stats_only:
            say(f"wrote {stats_path}")
            return
    bins = ab_bins()
    prior_path = os.path.join(args.run_dir, "prior.npy")
    if os.path.exists(prior_path):
        prior = np.load(prior_path)
    else:
        prior, raw = bin_prior([photos[i] for i in train_idx], bins, args.sigma)
        np.save(prior_path, prior)
        np.save(os.path.join(args.run_dir, "prior_raw.npy"), raw)
    loss_fn = SoftEncodeLoss(bins, prior, args.lam, args.sigma, device)
    canvas = Canvas(photos, device)

    model, opt = build(args, device)
    gen = torch.Generator().manual_seed(args.seed)
    step, elapsed = 0, 0.0
    best = {"val_loss": float("inf"), "step": 0, "since": 0}
    if state is not None:
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        gen.set_state(state["gen"])
        step, elapsed = state["step"], state.get("elapsed", 0.0)
        best = state.get("best", best)
        random.setstate(state["py_rng"])
        say(f"resumed at step {step}/{args.steps}")
    else:
        say(f"start {time.strftime('%Y-%m-%d %H:%M:%S')} args={json.dumps(vars(args))}")
        say(f"photos: {len(train_idx)} train, {len(val_idx)} val; params {count_params(model)}")

    amp = args.amp and device.type == "cuda"

    def autocast():
        import contextlib
        return torch.autocast("cuda", dtype=torch.bfloat16) if amp else contextlib.nullcontext()

    def train_step(step, total):
        for g in opt.param_groups:
            g["lr"] = lr_at(step, total, args.lr, args.warmup)
        idx = [train_idx[int(i)] for i in torch.randint(len(train_idx), (args.batch,), generator=gen)]
        with torch.no_grad():
            rgb = canvas.sample(idx, args.crop, gen, device, train=True)
            L, ab = to_input(rgb)
            L = L + torch.randn(L.shape, generator=gen).to(device) * 0.004
            L = L.contiguous(memory_format=torch.channels_last)
        with autocast():
            logits = model(L)
        loss, ce = loss_fn(logits, ab)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        return loss, ce

    if args.time_budget and state is None:
        # measure throughput, then restart from the seeded initialisation
        t0 = time.time()
        for s in range(25):
            loss, _ = train_step(s, 1000)
            if s == 4:
                if device.type == "cuda":
                    torch.cuda.synchronize()
                t5 = time.time()
        if device.type == "cuda":
            torch.cuda.synchronize()
        rate = 20 / (time.time() - t5)
        overhead = time.time() - t0
        args.steps = int(rate * max(10.0, args.time_budget - overhead) * 0.97)
        say(f"timing: {rate:.2f} steps/s ({rate * args.batch:.0f} img/s at {args.crop}px) "
            f"-> --steps {args.steps}")
        model, opt = build(args, device)
        gen = torch.Generator().manual_seed(args.seed)

    def save():
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "gen": gen.get_state(),
                    "py_rng": random.getstate(), "step": step, "elapsed": elapsed,
                    "args": vars(args), "widths": args.widths, "best": best}, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)

    def npz(path):
        np.savez(path, **{k: v.detach().float().cpu().numpy() for k, v in model.state_dict().items()
                          if v.dtype.is_floating_point})

    def validate():
        model.eval()
        vgen = torch.Generator().manual_seed(0)
        tot = tot_ce = 0.0
        with torch.no_grad():
            for i in val_idx:
                rgb = canvas.sample([i], 256, vgen, device, train=False)
                L, ab = to_input(rgb)
                with autocast():
                    logits = model(L.contiguous(memory_format=torch.channels_last))
                l_, c_ = loss_fn(logits, ab)
                tot += float(l_)
                tot_ce += float(c_)
        model.train()
        return tot / len(val_idx), tot_ce / len(val_idx)

    model.train()
    t_start = time.time() - elapsed
    losses = LossLog(say, "img/s")
    while step < args.steps:
        loss, ce = train_step(step, args.steps)
        step += 1
        elapsed = time.time() - t_start
        val = log_step(losses, loss, ce, step, args, opt.param_groups[0]["lr"], elapsed, validate, say)
        if val:
            vl, vce = val
            if args.keep_best:
                if vl < best["val_loss"]:
                    best = {"val_loss": vl, "val_ce": vce, "step": step, "since": 0}
                    npz(os.path.join(args.run_dir, "best.npz"))
                    with open(os.path.join(args.run_dir, "best.json"), "w") as f:
                        json.dump({**best, "steps_planned": args.steps, "elapsed": round(elapsed, 1)}, f,
                                  indent=2)
                    say(f"  best so far (step {step})")
                else:
                    best["since"] += 1
            save()
            if args.keep_best and args.patience and best["since"] >= args.patience:
                say(f"early stop at step {step}: no better val loss for {args.patience} validations "
                    f"(best {best['val_loss']:.4f} at step {best['step']})")
                break
        if args.stop_after and step >= args.stop_after and step < args.steps:
            save()
            say(f"stopping early at step {step} (--stop-after); continue with --resume")
            return
    say(f"done: {step} steps, {elapsed:.0f}s, device {device}")
    # framework-neutral copy of the weights (loads with any numpy/torch version)
    npz(os.path.join(args.run_dir, "weights.npz"))
    with open(os.path.join(args.run_dir, "summary.json"), "w") as f:
        json.dump({"steps": step, "seconds": round(elapsed, 1), "device": str(device),
                   "gpu": torch.cuda.get_device_name(0) if device.type == "cuda" else None,
                   "batch": args.batch, "crop": args.crop, "lr": args.lr, "seed": args.seed,
                   "widths": args.widths, "train_photos": len(train_idx), "val_photos": len(val_idx),
                   "best": best if args.keep_best else None, "torch": torch.__version__}, f, indent=2)


if __name__ == "__main__":
    main()
