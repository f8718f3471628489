// A synthetic photo (a grey sky gradient and a darker block) drawn on an OffscreenCanvas of any
// size, and the 12 MP one (4000 × 3000) a camera gives, for the recolor bench and the lab's browser
// tests. Run the script in the page (evaluate or addInitScript); then `globalThis.photoCanvas(w, h)`
// returns such a canvas and `globalThis.bigPhoto()` the 12 MP photo's ImageData.
export const BIG_PHOTO = `globalThis.photoCanvas = (w, h) => {
  const c = new OffscreenCanvas(w, h);
  const g = c.getContext('2d');
  const sky = g.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, '#ddd');
  sky.addColorStop(1, '#333');
  g.fillStyle = sky;
  g.fillRect(0, 0, w, h);
  g.fillStyle = '#555';
  g.fillRect(w * 0.3, h * 0.4, w * 0.4, (h * 13) / 30);
  return c;
};
globalThis.bigPhoto = () => globalThis.photoCanvas(4000, 3000).getContext('2d').getImageData(0, 0, 4000, 3000);`;
