// A small tour of @klaslab/core: what a colorizer keeps (L*) and what it must guess (a*, b*).
// Run: npm start (from the repository root), or node examples/lab-demo.mjs after building.
import { createCatalog, labToRgba, resizeArea, resolveLocale, rgbaToLab } from '../dist/index.js';

const catalog = createCatalog({
  nl: {
    title: 'Wat een inkleur-AI ziet: een foto in CIELAB',
    row: '{name}: L* {l}  a* {a}  b* {b}',
    grey: 'Zonder a* en b* blijft alleen grijs over: {values}',
    pixels: {
      one: '{count} pixel gecontroleerd, terug naar sRGB zonder verlies',
      other: '{count} pixels gecontroleerd, terug naar sRGB zonder verlies',
    },
  },
  en: {
    title: 'What a colorizing AI sees: a photo in CIELAB',
    row: '{name}: L* {l}  a* {a}  b* {b}',
    grey: 'Without a* and b* only grey is left: {values}',
    pixels: {
      one: '{count} pixel checked, back to sRGB without loss',
      other: '{count} pixels checked, back to sRGB without loss',
    },
  },
  fr: {
    title: 'Ce que voit une IA de colorisation : une photo en CIELAB',
    row: '{name} : L* {l}  a* {a}  b* {b}',
    grey: 'Sans a* ni b*, il ne reste que du gris : {values}',
    pixels: {
      one: '{count} pixel vérifié, retour en sRGB sans perte',
      other: '{count} pixels vérifiés, retour en sRGB sans perte',
    },
  },
});
const t = catalog.forLocale(resolveLocale(process.env.LANG?.split('.')[0] ?? 'nl'));

const swatches = [
  ['sky', [110, 160, 220]],
  ['grass', [70, 140, 50]],
  ['skin', [224, 172, 142]],
  ['brick', [160, 60, 45]],
];
const image = {
  width: swatches.length,
  height: 1,
  data: new Uint8ClampedArray(swatches.flatMap(([, rgb]) => [...rgb, 255])),
};
const lab = rgbaToLab(image);
const n = swatches.length;

console.log(t('title'));
swatches.forEach(([name], p) => {
  const f = (v) => v.toFixed(1).padStart(6);
  console.log(
    '  ' +
      t('row', {
        name: name.padEnd(6),
        l: f(lab.data[p]),
        a: f(lab.data[n + p]),
        b: f(lab.data[2 * n + p]),
      }),
  );
});

const back = labToRgba(lab);
const same = back.data.every((v, i) => v === image.data[i]);
console.log(same ? t('pixels', { count: n }) : 'MISMATCH');

// Drop the colour channels: what remains is what the model gets as input.
const greyLab = { ...lab, data: lab.data.slice() };
greyLab.data.fill(0, n);
const grey = labToRgba(greyLab);
console.log(t('grey', { values: swatches.map((_, p) => grey.data[p * 4]).join(', ') }));

// Model input size: average 2×1 blocks of L*.
const shrunk = resizeArea({ ...lab, channels: 1, data: lab.data.subarray(0, n) }, 2, 1);
console.log('L* 4→2 (area):', Array.from(shrunk.data, (v) => v.toFixed(1)).join(', '));
