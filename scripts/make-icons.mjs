// Draws the add-in's icons (assets/icon-16.png … icon-128.png): a clipboard with a checklist
// in Stockholm's blue, as PNG bytes written with zlib. Run `node scripts/make-icons.mjs`.
// Shapes are in units of the icon's width; each pixel is sampled 5×5 times for smooth edges.
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0, 88, 161];
const DARK = [0, 54, 110];
const WHITE = [255, 255, 255];
const GREEN = [0, 133, 66];

function roundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Distance from (x, y) to the segment a–b. */
function segment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The colour at a point of the unit square, or null for transparent. */
function colourAt(x, y) {
  const rows = [0.4, 0.58, 0.76];
  if (roundedRect(x, y, 0.34, 0.04, 0.66, 0.18, 0.05)) return DARK;
  for (const r of rows) {
    const tick =
      segment(x, y, [0.25, r], [0.31, r + 0.05]) < 0.035 ||
      segment(x, y, [0.31, r + 0.05], [0.41, r - 0.06]) < 0.035;
    if (tick) return GREEN;
    if (roundedRect(x, y, 0.47, r - 0.03, 0.76, r + 0.03, 0.03)) return BLUE;
  }
  if (roundedRect(x, y, 0.18, 0.12, 0.82, 0.92, 0.04)) return WHITE;
  if (roundedRect(x, y, 0.1, 0.08, 0.9, 0.98, 0.1)) return BLUE;
  return null;
}

function pixels(size) {
  const samples = 5;
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    data[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const at = row + 1 + px * 4;
      data[at] = a ? Math.round(r / a) : 0;
      data[at + 1] = a ? Math.round(g / a) : 0;
      data[at + 2] = a ? Math.round(b / a) : 0;
      data[at + 3] = Math.round((255 * a) / samples ** 2);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("assets", { recursive: true });
for (const size of SIZES) {
  writeFileSync(`assets/icon-${size}.png`, png(size));
  console.log(`assets/icon-${size}.png`);
}
