// A synthetic 12 MP photo (4000 × 3000: a grey sky gradient and a darker block), as a camera
// gives, for the recolor bench and the lab's browser test. Run the script in the page (evaluate or
// addInitScript); then `globalThis.bigPhoto()` returns its ImageData.
export const BIG_PHOTO = `globalThis.bigPhoto = () => {
  const c = new OffscreenCanvas(4000, 3000);
  const g = c.getContext('2d');
  const sky = g.createLinearGradient(0, 0, 0, 3000);
  sky.addColorStop(0, '#ddd');
  sky.addColorStop(1, '#333');
  g.fillStyle = sky;
  g.fillRect(0, 0, 4000, 3000);
  g.fillStyle = '#555';
  g.fillRect(1200, 1200, 1600, 1300);
  return g.getImageData(0, 0, 4000, 3000);
};`;
