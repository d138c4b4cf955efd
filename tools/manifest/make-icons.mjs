#!/usr/bin/env node
// Draws the app icons: seven forums (dots) joined in a ring and to the bot at the centre.
//   node tools/manifest/make-icons.mjs [--out <dir>]    (default: manifest/)
// Shapes are analytic and supersampled, so the output is the same pixels on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pngjs from 'pngjs';

const { PNG } = pngjs;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The mark in unit coordinates (0..1), scaled per icon. */
function mark({ ring, dot, hub, line }) {
  const c = 0.5;
  const dots = Array.from({ length: 7 }, (_, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / 7;
    return [c + ring * Math.cos(a), c + ring * Math.sin(a)];
  });
  const segments = [];
  dots.forEach((p, i) => {
    segments.push([p, dots[(i + 1) % 7]]);
    segments.push([p, [c, c]]);
  });
  return { dots, dot, hub: [c, c, hub], segments, line };
}

function distToSegment([px, py], [[ax, ay], [bx, by]]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Which layer covers a point: 'hub' | 'dot' | 'line' | null (topmost first). */
function layerAt(m, p) {
  if (Math.hypot(p[0] - m.hub[0], p[1] - m.hub[1]) <= m.hub[2]) return 'hub';
  if (m.dots.some((d) => Math.hypot(p[0] - d[0], p[1] - d[1]) <= m.dot)) return 'dot';
  if (m.segments.some((s) => distToSegment(p, s) <= m.line / 2)) return 'line';
  return null;
}

function render(size, samples, m, paint) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const p = [(x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size];
          const [r, g, b, a] = paint(layerAt(m, p));
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const i = (y * size + x) * 4;
      const alpha = acc[3] / (samples * samples);
      for (let k = 0; k < 3; k++) png.data[i + k] = acc[3] === 0 ? 0 : Math.round(acc[k] / acc[3]);
      png.data[i + 3] = Math.round(alpha * 255);
      // Fully transparent pixels carry no colour; the outline's visible pixels stay pure white.
      if (png.data[i + 3] === 0) png.data.fill(0, i, i + 3);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const FIELD = rgb('#1F6F78');
const COLOURS = { hub: rgb('#F2A541'), dot: rgb('#FFFFFF'), line: rgb('#9FD3D8') };

export function colorIcon() {
  const m = mark({ ring: 0.3, dot: 0.068, hub: 0.1, line: 0.026 });
  return render(192, 4, m, (layer) => [...(layer ? COLOURS[layer] : FIELD), 1]);
}

export function outlineIcon() {
  const m = mark({ ring: 0.355, dot: 0.085, hub: 0.11, line: 0.042 });
  return render(32, 8, m, (layer) => (layer ? [255, 255, 255, 1] : [0, 0, 0, 0]));
}

export function writeIcons(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'color.png'), colorIcon());
  writeFileSync(path.join(dir, 'outline.png'), outlineIcon());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const dir = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(repoRoot, 'manifest');
  writeIcons(dir);
  console.log(`icons written to ${path.relative(process.cwd(), dir) || '.'}`);
}
