// Synthetic photos drawn in the browser, shared by the elements' tests and the Storybook stories.
// Each function is self-contained (no imports, no outer names), so a Node test can also hand its
// source to Playwright's page.evaluate.

/**
 * A small colour photo with known real colours: blue sky, green grass and a red house (240 × 160),
 * as a PNG Blob. The colorizer keeps its colours as the truth to compare the AI's with.
 */
export async function drawHousePhoto() {
  const c = document.createElement('canvas');
  c.width = 240;
  c.height = 160;
  const g = c.getContext('2d');
  g.fillStyle = '#4a90d9';
  g.fillRect(0, 0, 240, 90);
  g.fillStyle = '#3c9a3c';
  g.fillRect(0, 90, 240, 70);
  g.fillStyle = '#c0392b';
  g.fillRect(90, 50, 60, 60);
  return new Promise((resolve, reject) =>
    c.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob failed'))),
      'image/png',
    ),
  );
}
