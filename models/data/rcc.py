#!/usr/bin/env python3
"""Minimal extractor for Qt binary resource files (.rcc), written from the documented format.

Layout (all integers big-endian):
  header : b"qres", u32 version, u32 tree_offset, u32 data_offset, u32 names_offset[, u32 flags if version >= 3]
  tree   : one entry per node, 14 bytes (+8 bytes last-modified if version >= 2)
           u32 name_offset, u16 flags, then
             directory (flags & 2): u32 child_count, u32 first_child_index
             file               : u16 country, u16 language, u32 data_offset
  names  : u16 length, u32 hash, length UTF-16BE code units
  data   : u32 size, bytes; zlib-compressed entries (flags & 1) start with a u32 uncompressed size.
Zstd-compressed entries (flags & 4) are reported and skipped (none seen in gcompris-qt-data).
"""
import os
import struct
import sys
import zlib


def _name(buf, names_off, off):
    n = struct.unpack_from(">H", buf, names_off + off)[0]
    raw = buf[names_off + off + 6: names_off + off + 6 + 2 * n]
    return raw.decode("utf-16-be")


def iter_rcc(path):
    """Yield (relative_path, bytes) for every file in an .rcc resource bundle."""
    with open(path, "rb") as f:
        buf = f.read()
    if buf[:4] != b"qres":
        raise ValueError(f"{path}: not a Qt rcc file")
    version, tree_off, data_off, names_off = struct.unpack_from(">IIII", buf, 4)
    entry = 14 + (8 if version >= 2 else 0)

    def walk(index, prefix):
        base = tree_off + index * entry
        name_off, flags = struct.unpack_from(">IH", buf, base)
        name = "" if index == 0 else _name(buf, names_off, name_off)
        here = f"{prefix}/{name}" if prefix else name
        if flags & 2:
            count, first = struct.unpack_from(">II", buf, base + 6)
            for child in range(first, first + count):
                yield from walk(child, here)
            return
        doff = struct.unpack_from(">I", buf, base + 10)[0]
        size = struct.unpack_from(">I", buf, data_off + doff)[0]
        blob = buf[data_off + doff + 4: data_off + doff + 4 + size]
        if flags & 4:
            sys.stderr.write(f"skip zstd entry {here}\n")
            return
        if flags & 1:
            blob = zlib.decompress(blob[4:])
        yield here, blob

    yield from walk(0, "")


def extract(path, dest, exts=None):
    out = []
    for rel, blob in iter_rcc(path):
        if exts and not rel.lower().endswith(tuple(exts)):
            continue
        target = os.path.join(dest, rel.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(blob)
        out.append(target)
    return out


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: rcc.py FILE.rcc DEST_DIR [.ext ...]")
    for p in extract(sys.argv[1], sys.argv[2], sys.argv[3:] or None):
        print(p)
