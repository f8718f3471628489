/**
 * Reads an image's pixel size from the first bytes of its file (PNG, JPEG, GIF, WebP, BMP), without
 * decoding: lets browsers refuse a decompression bomb before `createImageBitmap` allocates it.
 * Returns undefined for formats or headers it does not recognise.
 */
export function readImageSize(
  bytes: Uint8Array,
): { width: number; height: number; format: string } | undefined {
  const u8 = bytes;
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const at = (i: number) => u8[i] ?? 0;
  if (u8.length >= 24 && at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) {
    return { width: dv.getUint32(16), height: dv.getUint32(20), format: 'png' };
  }
  if (u8.length >= 10 && at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46) {
    return { width: dv.getUint16(6, true), height: dv.getUint16(8, true), format: 'gif' };
  }
  if (u8.length >= 26 && at(0) === 0x42 && at(1) === 0x4d) {
    return {
      width: Math.abs(dv.getInt32(18, true)),
      height: Math.abs(dv.getInt32(22, true)),
      format: 'bmp',
    };
  }
  if (u8.length >= 30 && at(0) === 0x52 && at(1) === 0x49 && at(8) === 0x57 && at(9) === 0x45) {
    const chunk = String.fromCharCode(at(12), at(13), at(14), at(15));
    if (chunk === 'VP8X') {
      const w = 1 + (at(24) | (at(25) << 8) | (at(26) << 16));
      const h = 1 + (at(27) | (at(28) << 8) | (at(29) << 16));
      return { width: w, height: h, format: 'webp' };
    }
    if (chunk === 'VP8 ')
      return {
        width: dv.getUint16(26, true) & 0x3fff,
        height: dv.getUint16(28, true) & 0x3fff,
        format: 'webp',
      };
    if (chunk === 'VP8L') {
      const b = dv.getUint32(21, true);
      return { width: (b & 0x3fff) + 1, height: ((b >>> 14) & 0x3fff) + 1, format: 'webp' };
    }
  }
  if (u8.length >= 4 && at(0) === 0xff && at(1) === 0xd8) {
    let i = 2;
    while (i + 9 < u8.length) {
      if (at(i) !== 0xff) return undefined;
      const marker = at(i + 1);
      if (marker === 0xff) {
        i += 1;
        continue;
      }
      const length = dv.getUint16(i + 2);
      // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC).
      if (
        marker >= 0xc0 &&
        marker <= 0xcf &&
        marker !== 0xc4 &&
        marker !== 0xc8 &&
        marker !== 0xcc
      ) {
        return { height: dv.getUint16(i + 5), width: dv.getUint16(i + 7), format: 'jpeg' };
      }
      i += 2 + length;
    }
  }
  return undefined;
}
