/**
 * Redraws the app icons into manifest/: `npm run build && node dist/scripts/icons.js`.
 * The PNGs are committed; run this after changing src/manifest/iconArt.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from '../src/manifest/iconArt';
import { encodePng } from '../src/manifest/png';
import { findProjectRoot } from '../src/manifest/projectRoot';

function main(): void {
  const manifestDir = join(findProjectRoot(__dirname), 'manifest');
  for (const [file, image] of [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ] as const) {
    const path = join(manifestDir, file);
    writeFileSync(path, encodePng(image));
    console.log(`wrote ${path} (${image.width}×${image.height})`);
  }
}

main();
