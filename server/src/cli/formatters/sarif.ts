// SARIF 2.1.0 for code scanning: rule metadata with help links, results with UTF-16 regions,
// fixes as replacements, and fingerprints that survive edits elsewhere in the draft, so that
// code scanning tracks a finding from commit to commit.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import type { RunReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const FINGERPRINT_KEY = 'copydeskFinding/v2';

/** How many characters of the line either side of a finding identify it. */
const CONTEXT = 32;

export interface SarifOptions {
  version: string;
  rules: readonly Rule[];
  cwd: string;
  /** The folder relative paths are given from (%SRCROOT%): the repository's root, else cwd. */
  root?: string;
}

function artifactUri(path: string, cwd: string, root: string): { uri: string; uriBaseId?: string } {
  if (path === '<stdin>') return { uri: 'stdin' };
  const abs = resolve(cwd, path);
  const rel = relative(root, abs);
  if (!rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(abs).href };
}

/**
 * A finding's identity: its rule, the flagged text and the words around it on its line (not the
 * line number, nor the rest of a long paragraph), and which occurrence of all that in the draft
 * it is. Text inserted or removed elsewhere keeps it; changing the flagged text changes it.
 */
export function fingerprint(ruleId: string, flagged: string, before: string, after: string, occurrence: number): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  return createHash('sha256').update(`${ruleId}\0${norm(flagged)}\0${norm(before).trimStart()}\0${norm(after).trimEnd()}\0${occurrence}`).digest('hex').slice(0, 32);
}

const pascal = (id: string) => id.split('/').pop()!.replace(/-(.)/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase());

export function formatSarif(report: RunReport, options: SarifOptions): string {
  const root = options.root ?? options.cwd;
  const ruleIndex = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const results = [];
  const notifications: object[] = [];
  for (const f of report.files) {
    const artifact = artifactUri(f.path, options.cwd, root);
    const seen = new Map<string, number>();
    for (const d of f.findings) {
      const start = f.lines.position(d.offset), end = f.lines.position(d.offset + d.length);
      const lineStart = f.lines.lineStart(start.line), lineEnd = f.lines.lineEnd(end.line);
      const flagged = f.text.slice(d.offset, d.offset + d.length);
      const before = f.text.slice(Math.max(lineStart, d.offset - CONTEXT), d.offset);
      const after = f.text.slice(d.offset + d.length, Math.min(Math.max(lineEnd, d.offset + d.length), d.offset + d.length + CONTEXT));
      const key = `${d.ruleId}\0${flagged}\0${before}\0${after}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const region = (offset: number, length: number) => {
        const s = f.lines.position(offset), e = f.lines.position(offset + length);
        return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: offset, charLength: length };
      };
      results.push({
        ruleId: d.ruleId,
        ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifact,
            region: { ...region(d.offset, d.length), snippet: { text: flagged } },
            ...(lineEnd - lineStart <= 2000 ? { contextRegion: { ...region(lineStart, lineEnd - lineStart), snippet: { text: f.text.slice(lineStart, lineEnd) } } } : {}),
          },
        }],
        ...(d.related?.length ? {
          relatedLocations: d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: artifact, region: region(r.offset, r.length) } })),
        } : {}),
        ...(d.fixes.some((x) => !x.snippet) ? {
          fixes: d.fixes.filter((x) => !x.snippet).map((x) => ({
            description: { text: x.title },
            artifactChanges: [{
              artifactLocation: artifact,
              replacements: x.edits.map((e) => ({ deletedRegion: { charOffset: e.offset, charLength: e.length }, insertedContent: { text: e.newText } })),
            }],
          })),
        } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d.ruleId, flagged, before, after, occurrence) },
        properties: { category: d.category, severity: d.severity, ...(d.fixes.some((x) => x.preferred) ? { fixable: true } : {}) },
      });
    }
    for (const n of f.notices) notifications.push({ level: 'warning', message: { text: n }, locations: [{ physicalLocation: { artifactLocation: artifact } }] });
  }
  for (const e of report.errors) notifications.push({ level: 'error', message: { text: `${e.path}: ${e.message}` } });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Copydesk',
          semanticVersion: options.version,
          version: options.version,
          informationUri: 'https://github.com/copydesk/copydesk',
          rules: options.rules.map((r) => ({
            id: r.meta.id,
            name: pascal(r.meta.id),
            shortDescription: { text: r.meta.description },
            fullDescription: { text: r.meta.description },
            helpUri: r.meta.docs,
            help: { text: `${r.meta.description} See ${r.meta.docs}`, markdown: `${r.meta.description}\n\n[The rule's documentation](${r.meta.docs})` },
            defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
            properties: { category: r.meta.category, tags: ['copydesk', r.meta.category], ...(r.meta.fixable ? { fixable: true } : {}) },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith(sep) ? root : root + sep).href } },
      columnKind: 'utf16CodeUnits',
      results,
      invocations: [{
        executionSuccessful: report.errors.length === 0,
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
      }],
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
