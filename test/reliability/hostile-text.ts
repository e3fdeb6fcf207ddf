// Generators of hostile and realistic draft text for property tests.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DEV = join(__dirname, '..', '..', 'examples');
/** Sentences of real news copy, so the rules have something to chew on. */
const SENTENCES = readdirSync(DEV)
  .map((f) => readFileSync(join(DEV, f), 'utf8'))
  .join('\n')
  .split(/(?<=[.!?”"])\s+/)
  .filter((s) => s.length > 10 && s.length < 400);

const PIECES = [
  '“', '”', '"', '‘', '’', "'", '«', '»', '—', '–', '-', '…', '.', ',', ':', ';', '!', '?',
  '\n', '\r\n', '\r', '\n\n', '\u0000', '\uFEFF', '\t', '  ',
  '😀', '👩‍👩‍👧', '🇺🇦', 'e\u0301', 'a\u0308\u0323', '\u200B', '\u200C', '\u2028',
  'مرحبا بالعالم', 'שלום', '\u202E', '日本語', 'Ελληνικά',
  '---\n', '---\ntitle: x\n', 'date: 2021-05-06\n', '# ', '## ', '> ', '- ', '1. ', '```', '`', '**', '*', '_', '[', ']', '(', ')', '<!--', '-->', '<b>', '</b>', '&amp;', '\\',
  '<!-- copydesk-disable -->', '<!-- copydesk-enable -->', '<!-- copydesk-disable-next-line names/misspelled -->',
  'https://example.com/x?y=1', 'Secretary of State John Blinken', 'Dzerensky', 'Kiev', 'G7', 'G-7', '100,000', '$3bn', '5%', 'Thursday, May 12, 2021',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

export const hostilePiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: anyCodePoint },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

export const hostileText = fc.array(hostilePiece, { maxLength: 60 }).map((parts) => parts.join(''));
