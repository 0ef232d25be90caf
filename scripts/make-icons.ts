/**
 * Draws the DealLens icon (a lens over a rising deal line, on a deep blue tile) at every size the
 * Chrome and Firefox stores ask for, as PNG, with a tiny encoder: no image tool needed.
 * Run once after changing the drawing: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Coverage of a shape at pixel (x, y), 4x4 supersampled for smooth edges. */
function cover(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) n++;
  return n / 16;
}

const tile = (u: number, v: number) => {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const ring = (u: number, v: number) => {
  const d = Math.hypot(u - 0.44, v - 0.42);
  return d <= 0.27 && d >= 0.19;
};
const handle = (u: number, v: number) => {
  // A thick segment from the lens towards the bottom right.
  const t = Math.max(0, Math.min(1, ((u - 0.62) * 0.7 + (v - 0.6) * 0.7) / 0.35));
  const px = 0.62 + t * 0.245;
  const py = 0.6 + t * 0.245;
  return Math.hypot(u - px, v - py) <= 0.07;
};
const spark = (u: number, v: number) => {
  // A rising line inside the lens: the deal.
  const inLens = Math.hypot(u - 0.44, v - 0.42) < 0.19;
  const line = Math.abs(v - (0.52 - (u - 0.3) * 0.55)) < 0.035 && u > 0.3 && u < 0.58;
  return inLens && line;
};

for (const size of SIZES) {
  const data = png(size, (x, y) => {
    const t = cover(size, x, y, tile);
    const white = Math.max(cover(size, x, y, ring), cover(size, x, y, handle));
    const gold = cover(size, x, y, spark);
    // Blue tile, white lens, gold line; alpha from the tile's rounded corners.
    const r = 20 * (1 - white - gold) + 255 * white + 245 * gold;
    const g = 60 * (1 - white - gold) + 255 * white + 190 * gold;
    const b = 140 * (1 - white - gold) + 255 * white + 40 * gold;
    return [Math.round(r), Math.round(g), Math.round(b), Math.round(255 * t)];
  });
  writeFileSync(`icons/icon-${size}.png`, data);
}
console.log(`icons: ${SIZES.join(', ')}`);
