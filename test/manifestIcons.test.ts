import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { drawColorIcon, drawOutlineIcon } from '../src/manifest/iconArt';
import { iconProblems } from '../src/manifest/manifestValidation';
import { crc32, decodePng, encodePng, RasterImage, readPngSize } from '../src/manifest/png';

const MANIFEST_DIR = join(__dirname, '..', 'manifest');
const colorPng = readFileSync(join(MANIFEST_DIR, 'color.png'));
const outlinePng = readFileSync(join(MANIFEST_DIR, 'outline.png'));

function pixels(image: RasterImage): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < image.data.length; i += image.channels) out.push([...image.data.subarray(i, i + image.channels)]);
  return out;
}

describe('committed icons', () => {
  it('are 192×192 (colour) and 32×32 (outline) according to their PNG headers', () => {
    expect(readPngSize(colorPng)).toEqual({ width: 192, height: 192 });
    expect(readPngSize(outlinePng)).toEqual({ width: 32, height: 32 });
  });

  it('colour icon is opaque and mostly the accent background with a light symbol', () => {
    const image = decodePng(colorPng);
    const px = pixels(image);
    expect(image.channels === 3 || px.every((p) => p[3] === 255)).toBe(true);
    const light = px.filter(([r, g, b]) => r > 200 && g > 200 && b > 200).length / px.length;
    expect(light).toBeGreaterThan(0.15); // the shield
    expect(light).toBeLessThan(0.5); // full-bleed background around it
    const [r, g, b] = px[0];
    expect(b).toBeGreaterThan(r + 80); // blue corner: the background reaches the edge
    expect(b).toBeGreaterThan(g);
  });

  it('outline icon is RGBA, white where visible and transparent elsewhere', () => {
    const image = decodePng(outlinePng);
    expect(image.channels).toBe(4);
    const px = pixels(image);
    expect(px.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    const transparent = px.filter((p) => p[3] === 0).length;
    const solid = px.filter((p) => p[3] === 255).length;
    expect(transparent).toBeGreaterThan(100); // corners and the check mark cut-out
    expect(solid).toBeGreaterThan(300); // a glyph, not a speck
    expect(px[0][3]).toBe(0); // top-left corner is background
  });

  it('are exactly what the generator draws (regenerate with scripts/icons.ts after changing the art)', () => {
    expect(encodePng(drawColorIcon()).equals(colorPng)).toBe(true);
    expect(encodePng(drawOutlineIcon()).equals(outlinePng)).toBe(true);
  });
});

describe('icon rules', () => {
  const files = (color: Buffer, outline: Buffer) => new Map([['color.png', color], ['outline.png', outline]]);

  it('accept the committed icons', () => {
    expect(iconProblems(files(colorPng, outlinePng), 'color.png', 'outline.png')).toEqual([]);
  });

  it('reject a coloured pixel in the outline, an opaque outline, swapped sizes and a transparent colour icon', () => {
    const outline = decodePng(outlinePng);
    const tinted = { ...outline, data: Uint8Array.from(outline.data) };
    tinted.data.set([255, 0, 0, 255], (16 * 32 + 16) * 4);
    expect(iconProblems(files(colorPng, encodePng(tinted)), 'color.png', 'outline.png')).toEqual([
      'outline.png: 1 visible pixels are not white',
    ]);

    const opaque = { ...outline, data: outline.data.map((v, i) => (i % 4 === 3 ? 255 : v)) };
    expect(iconProblems(files(colorPng, encodePng(opaque)), 'color.png', 'outline.png')).toEqual([
      'outline.png: must have a transparent background',
    ]);

    expect(iconProblems(files(outlinePng, colorPng), 'color.png', 'outline.png')).toEqual(
      expect.arrayContaining(['color.png: must be 192×192, is 32×32', 'outline.png: must have an alpha channel (RGBA)']),
    );

    const rgba: RasterImage = { width: 192, height: 192, channels: 4, data: new Uint8Array(192 * 192 * 4).fill(255) };
    rgba.data[3] = 0;
    expect(iconProblems(files(encodePng(rgba), outlinePng), 'color.png', 'outline.png')).toEqual([
      'color.png: must be opaque (full-bleed background), has transparent pixels',
    ]);
  });
});

describe('PNG codec', () => {
  it('computes the standard CRC-32 (the check value of "123456789", and zlib’s own where Node has it)', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const zlibCrc = (zlib as unknown as { crc32?: (b: Uint8Array) => number }).crc32;
    if (zlibCrc) expect(crc32(colorPng)).toBe(zlibCrc(colorPng));
  });

  it('round-trips RGB and RGBA images', () => {
    for (const channels of [3, 4] as const) {
      const data = Uint8Array.from({ length: 5 * 3 * channels }, (_, i) => (i * 37) % 256);
      const image: RasterImage = { width: 5, height: 3, channels, data };
      expect(decodePng(encodePng(image))).toEqual(image);
    }
  });

  it('decodes rows written with the Sub, Up, Average and Paeth filters (as image editors write them)', () => {
    const width = 4;
    const height = 5;
    const bpp = 3;
    const stride = width * bpp;
    const data = Uint8Array.from({ length: stride * height }, (_, i) => (i * 53 + (i >> 3) * 11) % 256);
    const at = (y: number, x: number) => (y < 0 || x < 0 ? 0 : data[y * stride + x]);
    const paeth = (a: number, b: number, c: number) => {
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    };
    const raw: number[] = [];
    for (let y = 0; y < height; y++) {
      const filter = y % 5; // None, Sub, Up, Average, Paeth
      raw.push(filter);
      for (let x = 0; x < stride; x++) {
        const a = at(y, x - bpp);
        const b = at(y - 1, x);
        const c = at(y - 1, x - bpp);
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
        raw.push((data[y * stride + x] - predictor + 256) % 256);
      }
    }
    // Re-use the encoder's chunk framing, swapping in the filtered image data.
    const plain = encodePng({ width, height, channels: 3, data });
    const idatStart = 8 + 25;
    const idatLength = plain.readUInt32BE(idatStart);
    const body = zlib.deflateSync(Buffer.from(raw));
    const idat = Buffer.alloc(12 + body.length);
    idat.writeUInt32BE(body.length, 0);
    idat.write('IDAT', 4, 'latin1');
    body.copy(idat, 8);
    idat.writeUInt32BE(crc32(idat.subarray(4, 8 + body.length)), 8 + body.length);
    const png = Buffer.concat([plain.subarray(0, idatStart), idat, plain.subarray(idatStart + 12 + idatLength)]);
    expect(decodePng(png).data).toEqual(data);
  });

  it('rejects a corrupted chunk', () => {
    const broken = Buffer.from(outlinePng);
    broken[45] ^= 0xff; // inside the IDAT data
    expect(() => decodePng(broken)).toThrow(/bad CRC/);
  });
});
