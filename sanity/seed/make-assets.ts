/**
 * Writes the seed's own image and PDF into seed/assets/ with nothing but Node (zlib for the PNG's pixels):
 *
 *   npx tsx sanity/seed/make-assets.ts
 *
 * The files are committed; the dataset's asset documents are derived from their bytes (seed/assets.ts), so run
 * `npm run seed:build -w sanity` after changing them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { ASSET_FILES } from './assetFiles';

// --- PNG: a white equals sign on dark green above six coloured stripes (960 × 540) -----------------------

const WIDTH = 960;
const HEIGHT = 540;
type Rgb = readonly [number, number, number];
const GREEN: Rgb = [0x1f, 0x5c, 0x4a];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const STRIPES: Rgb[] = [
  [0xe4, 0x57, 0x3d],
  [0xf2, 0xa5, 0x3a],
  [0xf6, 0xd3, 0x4f],
  [0x5b, 0xb0, 0x6e],
  [0x3c, 0x8d, 0xc5],
  [0x8e, 0x5b, 0xb5],
];

function pixel(x: number, y: number): Rgb {
  if (y >= HEIGHT - 60) return STRIPES[Math.floor((x * STRIPES.length) / WIDTH)] as Rgb;
  const inBar = x >= 280 && x < 680 && ((y >= 150 && y < 210) || (y >= 270 && y < 330));
  return inBar ? WHITE : GREEN;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter method, no interlace
  const rows = Buffer.alloc(HEIGHT * (1 + WIDTH * 3));
  for (let y = 0; y < HEIGHT; y++) {
    const start = y * (1 + WIDTH * 3); // each row: filter type 0, then the pixels
    for (let x = 0; x < WIDTH; x++) rows.set(pixel(x, y), start + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- PDF: a one-page checklist in Swedish and Finnish (A4, Helvetica, WinAnsiEncoding) -------------------

/** Text in a PDF string: WinAnsi bytes (Latin-1 plus the en dash), with ( ) \ escaped. */
function pdfString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char === '–' ? 0x96 : (char.codePointAt(0) as number);
    if (code > 0xff) throw new Error(`"${char}" has no WinAnsi code`);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `(${out})`;
}

type Line = readonly [font: 'F1' | 'F2', size: number, text: string];

const CHECKLIST: Line[] = [
  ['F2', 16, 'Checklista: jämställdhet i beslutsfattandet'],
  ['F1', 10, 'Frågor att ställa innan ett ärende avgörs i nämnd, styrelse eller fullmäktige.'],
  ['F1', 10, ''],
  ['F1', 10, '1. Vem berörs av beslutet – kvinnor, män, flickor, pojkar och andra grupper?'],
  ['F1', 10, '2. Finns statistik uppdelad efter kön och andra bakgrundsfaktorer?'],
  ['F1', 10, '3. Hur fördelas resurser, tjänster och inflytande?'],
  ['F1', 10, '4. Har de som berörs fått komma till tals?'],
  ['F1', 10, '5. Har organet minst 40 % kvinnor och 40 % män (jämställdhetslagen 4 a §)?'],
  ['F1', 10, '6. Hur följs beslutets konsekvenser upp, och av vem?'],
  ['F1', 10, ''],
  ['F2', 16, 'Tarkistuslista: tasa-arvo päätöksenteossa'],
  ['F1', 10, 'Kysymyksiä ennen kuin asia ratkaistaan lautakunnassa, hallituksessa tai valtuustossa.'],
  ['F1', 10, ''],
  ['F1', 10, '1. Keihin päätös vaikuttaa – naisiin, miehiin, tyttöihin, poikiin ja muihin ryhmiin?'],
  ['F1', 10, '2. Onko käytössä sukupuolen ja muiden taustatekijöiden mukaan eriteltyä tietoa?'],
  ['F1', 10, '3. Miten resurssit, palvelut ja vaikutusvalta jakautuvat?'],
  ['F1', 10, '4. Ovatko ne, joihin päätös vaikuttaa, päässeet ääneen?'],
  ['F1', 10, '5. Onko toimielimessä vähintään 40 % naisia ja 40 % miehiä (tasa-arvolaki 4 a §)?'],
  ['F1', 10, '6. Miten päätöksen vaikutuksia seurataan, ja kuka seuraa?'],
  ['F1', 10, ''],
  [
    'F1',
    8,
    'Österbottens jämställdhets- och likabehandlingsnätverk · Pohjanmaan tasa-arvo- ja yhdenvertaisuusverkosto',
  ],
];

export function pdf(): Buffer {
  const content = [
    'BT',
    '56 780 Td',
    ...CHECKLIST.flatMap(([font, size, text]) => [
      `/${font} ${size} Tf`,
      `${pdfString(text)} Tj`,
      `0 -${Math.round(size * 1.6)} Td`,
    ]),
    'ET',
  ].join('\n');
  const stream = Buffer.from(content, 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Title (Checklist: equality in decision-making) >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ASSET_FILES.equalsSign, png());
  writeFileSync(ASSET_FILES.checklist, pdf());
  console.log(`Wrote ${ASSET_FILES.equalsSign} and ${ASSET_FILES.checklist}`);
}
