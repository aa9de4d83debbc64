/**
 * The app's icons, drawn with geometry: a shield (the support benefit) with a check mark (activated).
 * Shapes are signed distance functions in pixels (negative inside), which gives anti-aliased edges
 * from one evaluation per pixel: coverage = clamp(0.5 - distance).
 */
import { RasterImage } from './png';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];
/** Signed distance from the pixel centre (x, y) to the shape's edge, in pixels; negative inside. */
type Shape = (x: number, y: number) => number;

/** The manifest's accentColor; the colour icon's background is built around it. */
export const ACCENT_COLOR = '#0F6CBD';
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

const WHITE: Rgb = [255, 255, 255];
const ACCENT: Rgb = hexToRgb(ACCENT_COLOR);
const SHIELD_SHADE: Rgb = [214, 228, 245];

function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);
const mix = (a: number, b: number, t: number) => a + (b - a) * t;

function segmentDistance(px: number, py: number, a: Point, b: Point): number {
  const ex = b[0] - a[0];
  const ey = b[1] - a[1];
  const wx = px - a[0];
  const wy = py - a[1];
  const t = clamp01((wx * ex + wy * ey) / (ex * ex + ey * ey));
  return Math.hypot(wx - ex * t, wy - ey * t);
}

/** Exact signed distance to a closed polygon (even-odd sign). */
function polygon(points: readonly Point[]): Shape {
  return (px, py) => {
    let best = Infinity;
    let sign = 1;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      best = Math.min(best, segmentDistance(px, py, points[i], points[j]));
      const crosses = yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi;
      if (crosses) sign = -sign;
    }
    return sign * best;
  };
}

/** A stroke of the given width along an open polyline, with round caps and joins. */
function stroke(points: readonly Point[], width: number): Shape {
  return (px, py) => {
    let best = Infinity;
    for (let i = 1; i < points.length; i++) best = Math.min(best, segmentDistance(px, py, points[i - 1], points[i]));
    return best - width / 2;
  };
}

const grow = (shape: Shape, by: number): Shape => (x, y) => shape(x, y) - by;
const intersect = (a: Shape, b: Shape): Shape => (x, y) => Math.max(a(x, y), b(x, y));
const subtract = (a: Shape, b: Shape): Shape => (x, y) => Math.max(a(x, y), -b(x, y));
const rightOf = (x0: number): Shape => (x) => x0 - x;
const shifted = (shape: Shape, dx: number, dy: number): Shape => (x, y) => shape(x - dx, y - dy);

function cubic(p0: Point, p1: Point, p2: Point, p3: Point, steps: number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return out;
}

interface ShieldGeometry {
  shield: Shape;
  check: readonly Point[];
  centerX: number;
}

/**
 * A heraldic shield: peaked top, straight shoulders and sides, curved flanks meeting at the bottom point.
 * Convex, so growing it by `round` rounds every corner.
 */
function shieldGeometry(centerX: number, top: number, halfWidth: number, height: number, round: number): ShieldGeometry {
  const at = (fx: number, fy: number): Point => [centerX + fx * halfWidth, top + fy * height];
  const rightFlank = cubic(at(1, 0.48), at(1, 0.76), at(0.5, 0.92), at(0, 1), 24);
  const leftFlank = cubic(at(0, 1), at(-0.5, 0.92), at(-1, 0.76), at(-1, 0.48), 24);
  const outline: Point[] = [at(0, 0), at(1, 0.16), at(1, 0.48), ...rightFlank, ...leftFlank.slice(1), at(-1, 0.16)];
  return {
    shield: grow(polygon(outline), round),
    check: [at(-0.44, 0.5), at(-0.12, 0.72), at(0.46, 0.3)],
    centerX,
  };
}

/** 192×192, opaque: full-bleed accent background, white shield shaded on its right half, accent check. */
export function drawColorIcon(size = COLOR_ICON_SIZE): RasterImage {
  const s = size / 192;
  const { shield, check, centerX } = shieldGeometry(96 * s, 36 * s, 48 * s, 118 * s, 4 * s);
  const shadow = shifted(shield, 0, 4 * s);
  const shade = intersect(shield, rightOf(centerX));
  const mark = stroke(check, 15 * s);
  const top: Rgb = [28, 124, 210];
  const bottom: Rgb = [10, 88, 160];

  const data = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const t = py / size;
      let rgb = [mix(top[0], bottom[0], t), mix(top[1], bottom[1], t), mix(top[2], bottom[2], t)];
      const paint = (color: Rgb, coverage: number) => {
        if (coverage > 0) rgb = rgb.map((c, i) => mix(c, color[i], coverage));
      };
      // A soft shadow: the same edge, spread over ~6 px and at most 22 % dark.
      paint([0, 0, 0], 0.22 * clamp01(0.5 - shadow(px, py) / (6 * s)));
      paint(WHITE, clamp01(0.5 - shield(px, py)));
      paint(SHIELD_SHADE, clamp01(0.5 - shade(px, py)));
      paint(ACCENT, clamp01(0.5 - mark(px, py)));
      data.set(rgb.map((c) => Math.round(c)), (y * size + x) * 3);
    }
  }
  return { width: size, height: size, channels: 3, data };
}

/**
 * 32×32, RGBA: a white shield with the check mark cut out, on a transparent background. Every pixel is
 * white; only alpha varies (anti-aliased edges), as Teams requires of the outline icon.
 */
export function drawOutlineIcon(size = OUTLINE_ICON_SIZE): RasterImage {
  const s = size / 32;
  const { shield, check } = shieldGeometry(16 * s, 2.5 * s, 11.5 * s, 27 * s, 0.8 * s);
  const glyph = subtract(shield, stroke(check, 3.2 * s));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(255 * clamp01(0.5 - glyph(x + 0.5, y + 0.5)));
      data.set([255, 255, 255, alpha], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, channels: 4, data };
}
