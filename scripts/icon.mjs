#!/usr/bin/env node
// Draws the extension's icon (client/icon.png, 128x128): a page of copy on a newsroom-blue
// tile, with a proofreader's red caret and squiggle. Plain Node (zlib), no image libraries.
//   node scripts/icon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'client', 'icon.png');
const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const BLUE = hex('#1d3b5c');
const PAPER = hex('#f7f4ec');
const INK = hex('#5b6470');
const RED = hex('#d7263d');

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
const segDist = (x, y, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};
const polyline = (points, width) => (x, y) => {
  for (let i = 1; i < points.length; i++) if (segDist(x, y, ...points[i - 1], ...points[i]) <= width / 2) return true;
  return false;
};

// Layers, bottom to top: [shape, colour].
const tile = roundedRect(4, 4, 124, 124, 22);
const page = roundedRect(26, 18, 102, 112, 6);
const lines = [30, 42, 54, 78, 90].map((y, i) => roundedRect(36, y, i === 4 ? 70 : 92, y + 5, 2.5));
const headline = roundedRect(36, 24, 86, 26, 1); // a thin rule under the masthead
const squiggle = [];
for (let x = 36; x <= 92; x += 1) squiggle.push([x, 70 + 2.6 * Math.sin((x - 36) / 3.2)]);
const layers = [
  [tile, BLUE],
  [page, PAPER],
  [headline, INK],
  ...lines.map((l) => [l, INK]),
  [polyline(squiggle, 3.2), RED],
  [polyline([[66, 104], [78, 88], [90, 104]], 5.5), RED], // the caret: "insert here"
];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS, y = py + (sy + 0.5) / SS;
        let colour;
        for (const [shape, c] of layers) if (shape(x, y)) colour = c;
        if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a++; }
      }
    }
    const i = (py * SIZE + px) * 4;
    if (a) { pixels[i] = Math.round(r / a); pixels[i + 1] = Math.round(g / a); pixels[i + 2] = Math.round(b / a); }
    pixels[i + 3] = Math.round((255 * a) / (SS * SS));
  }
}

// PNG: signature, IHDR, IDAT (filter byte 0 per row), IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
