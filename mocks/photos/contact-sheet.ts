/**
 * Dev aid: renders a grid of photos into one JPEG so a person can eyeball many at once.
 *
 *   npx tsx mocks/photos/contact-sheet.ts --out /tmp/sheet.png --people 1-6 --variants card,compliant-white
 *
 * Photos are rendered in memory from the seed, so the sheet reflects the current code; --library shows
 * the committed files instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import type { Raster } from './draw.js';
import { PHOTO_VARIANTS, loadManifest, type PhotoVariant } from './manifest.js';
import { DEFAULT_SEED, personIdFor } from './generate.js';
import { encodePng } from './png.js';
import { decodeJpeg, encodeJpeg, renderPixels, renderPhoto, type PhotoSpec } from './render.js';

const GAP = 6;

export function contactSheet(rasters: readonly Raster[], columns: number, cellWidth: number): Raster {
  const cellHeight = Math.round((cellWidth * 441) / 358);
  const rows = Math.ceil(rasters.length / columns);
  const width = columns * (cellWidth + GAP) + GAP;
  const height = rows * (cellHeight + GAP) + GAP;
  const data = new Uint8ClampedArray(width * height * 4).fill(90);
  rasters.forEach((src, n) => {
    const ox = GAP + (n % columns) * (cellWidth + GAP);
    const oy = GAP + Math.floor(n / columns) * (cellHeight + GAP);
    // Fit inside the cell keeping the aspect ratio; nearest-neighbour is fine for a preview.
    const scale = Math.min(cellWidth / src.width, cellHeight / src.height);
    const w = Math.floor(src.width * scale);
    const h = Math.floor(src.height * scale);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const sx = Math.min(src.width - 1, Math.floor(x / scale));
        const sy = Math.min(src.height - 1, Math.floor(y / scale));
        const si = (sy * src.width + sx) * 4;
        const di = ((oy + y) * width + ox + x) * 4;
        data[di] = src.data[si] ?? 0;
        data[di + 1] = src.data[si + 1] ?? 0;
        data[di + 2] = src.data[si + 2] ?? 0;
        data[di + 3] = 255;
      }
    }
  });
  return { width, height, data };
}

function parseRange(text: string): number[] {
  const [a, b] = text.split('-').map((s) => Number.parseInt(s, 10));
  if (a === undefined || Number.isNaN(a)) throw new Error(`bad range ${text}`);
  const end = b === undefined || Number.isNaN(b) ? a : b;
  return Array.from({ length: end - a + 1 }, (_, i) => a + i);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: '/tmp/contact-sheet.png' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      people: { type: 'string', default: '1-6' },
      variants: { type: 'string', default: 'card,compliant-white' },
      columns: { type: 'string', default: '6' },
      cell: { type: 'string', default: '179' },
      encoded: { type: 'boolean', default: false },
      library: { type: 'boolean', default: false },
    },
  });
  const seed = Number.parseInt(values.seed, 10);
  const variants = values.variants.split(',').map((v) => {
    if (v !== 'card' && !(PHOTO_VARIANTS as readonly string[]).includes(v))
      throw new Error(`unknown variant ${v}`);
    return v as PhotoVariant | 'card';
  });
  const rasters: Raster[] = [];
  const manifest = values.library ? await loadManifest() : null;
  for (const n of parseRange(values.people)) {
    for (const variant of variants) {
      if (manifest) {
        // --library shows the committed files, skipping variants this person was not given.
        const entry = manifest.photos.find((p) => p.personId === personIdFor(n) && p.variant === variant);
        if (entry)
          rasters.push(decodeJpeg(readFileSync(new URL(`./library/${entry.file}`, import.meta.url))));
        continue;
      }
      const spec: PhotoSpec = { seed, personId: personIdFor(n), variant };
      // --encoded shows the photos as saved (JPEG artefacts included), else the raw pixels.
      rasters.push(values.encoded ? decodeJpeg(renderPhoto(spec).jpeg) : renderPixels(spec).raster);
    }
  }
  const sheet = contactSheet(rasters, Number.parseInt(values.columns, 10), Number.parseInt(values.cell, 10));
  writeFileSync(values.out, values.out.endsWith('.png') ? encodePng(sheet) : encodeJpeg(sheet, 92));
  console.log(`wrote ${values.out} (${rasters.length} photos)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
