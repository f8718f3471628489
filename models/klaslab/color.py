"""sRGB <-> CIELAB (D65, exact piecewise sRGB transfer), in numpy and torch."""
import numpy as np

M_RGB2XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                      [0.2126729, 0.7151522, 0.0721750],
                      [0.0193339, 0.1191920, 0.9503041]], dtype=np.float64)
M_XYZ2RGB = np.linalg.inv(M_RGB2XYZ)
WHITE = np.array([0.95047, 1.0, 1.08883])
EPS = 216 / 24389
KAPPA = 24389 / 27


# ------------------------------------------------------------------ numpy
def colourful(chroma):
    """Plainly colourful: mean CIELAB chroma >= 6 and >= 10% of the pixels above 8, over the last
    axis (chroma: [..., pixels] -> bool [...]). The data filter's test (before 2.5 its only colour
    test) and the sampler's "mostly grey" views are its negation."""
    chroma = np.asarray(chroma)
    return (chroma.mean(-1) >= 6) & ((chroma > 8).mean(-1) >= 0.10)


def srgb_to_lab_np(rgb):
    """rgb: float array [..., 3] in 0..1 -> Lab [..., 3]."""
    rgb = np.asarray(rgb, dtype=np.float64)
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    xyz = lin @ M_RGB2XYZ.T / WHITE
    f = np.where(xyz > EPS, np.cbrt(xyz), (KAPPA * xyz + 16) / 116)
    L = 116 * f[..., 1] - 16
    a = 500 * (f[..., 0] - f[..., 1])
    b = 200 * (f[..., 1] - f[..., 2])
    return np.stack([L, a, b], -1)


def lab_to_linear_rgb_np(lab):
    lab = np.asarray(lab, dtype=np.float64)
    fy = (lab[..., 0] + 16) / 116
    fx = fy + lab[..., 1] / 500
    fz = fy - lab[..., 2] / 200
    f = np.stack([fx, fy, fz], -1)
    xyz = np.where(f ** 3 > EPS, f ** 3, (116 * f - 16) / KAPPA)
    # L uses the exact inverse of 116 f - 16
    xyz[..., 1] = np.where(lab[..., 0] > KAPPA * EPS, fy ** 3, lab[..., 0] / KAPPA)
    return (xyz * WHITE) @ M_XYZ2RGB.T


def lab_to_srgb_np(lab):
    lin = np.clip(lab_to_linear_rgb_np(lab), 0, 1)
    return np.where(lin <= 0.0031308, 12.92 * lin, 1.055 * lin ** (1 / 2.4) - 0.055)


# ------------------------------------------------------------------ torch
def srgb_to_lab_torch(rgb):
    """rgb: tensor [N, 3, H, W] in 0..1 -> Lab [N, 3, H, W] (float32)."""
    import torch
    lin = torch.where(rgb <= 0.04045, rgb / 12.92, ((rgb.clamp(min=0) + 0.055) / 1.055) ** 2.4)
    m = torch.tensor(M_RGB2XYZ / WHITE[:, None], dtype=rgb.dtype, device=rgb.device)
    xyz = torch.einsum("ij,njhw->nihw", m, lin)
    f = torch.where(xyz > EPS, xyz.clamp(min=EPS) ** (1 / 3), (KAPPA * xyz + 16) / 116)
    L = 116 * f[:, 1] - 16
    a = 500 * (f[:, 0] - f[:, 1])
    b = 200 * (f[:, 1] - f[:, 2])
    return torch.stack([L, a, b], 1)
