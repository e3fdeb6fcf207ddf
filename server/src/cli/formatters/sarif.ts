// SARIF 2.1.0 for code scanning: rule metadata with help links, results with UTF-16 regions,
// fixes as replacements, and fingerprints that survive unrelated edits above a finding.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import type { RunReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  version: string;
  rules: readonly Rule[];
  cwd: string;
}

function artifactUri(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (path === '<stdin>') return { uri: 'stdin' };
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (!rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(abs).href };
}

/** Rule, flagged text and its line's text (not its line number), so moving a paragraph keeps the identity. */
function fingerprint(ruleId: string, flagged: string, lineText: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\0${flagged}\0${lineText.trim()}\0${occurrence}`).digest('hex').slice(0, 32);
}

export function formatSarif(report: RunReport, options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const results = [];
  for (const f of report.files) {
    const artifact = artifactUri(f.path, options.cwd);
    const seen = new Map<string, number>();
    for (const d of f.findings) {
      const start = f.lines.position(d.offset), end = f.lines.position(d.offset + d.length);
      const lineText = f.text.slice(f.lines.lineStart(start.line), f.lines.lineEnd(start.line));
      const flagged = f.text.slice(d.offset, d.offset + d.length);
      const key = `${d.ruleId}\0${flagged}\0${lineText}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      results.push({
        ruleId: d.ruleId,
        ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifact,
            region: {
              startLine: start.line + 1,
              startColumn: start.character + 1,
              endLine: end.line + 1,
              endColumn: end.character + 1,
              charOffset: d.offset,
              charLength: d.length,
              snippet: { text: flagged },
            },
          },
        }],
        ...(d.related?.length ? {
          relatedLocations: d.related.map((r, i) => {
            const rs = f.lines.position(r.offset), re = f.lines.position(r.offset + r.length);
            return { id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: artifact, region: { startLine: rs.line + 1, startColumn: rs.character + 1, endLine: re.line + 1, endColumn: re.character + 1, charOffset: r.offset, charLength: r.length } } };
          }),
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
        partialFingerprints: { 'copydeskFinding/v1': fingerprint(d.ruleId, flagged, lineText, occurrence) },
        properties: { category: d.category, severity: d.severity },
      });
    }
  }
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
            name: r.meta.id.split('/').pop()!.replace(/-(.)/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase()),
            shortDescription: { text: r.meta.description },
            helpUri: r.meta.docs,
            help: { text: `${r.meta.description} See ${r.meta.docs}` },
            defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
            properties: { category: r.meta.category, tags: [r.meta.category] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd + sep).href } },
      columnKind: 'utf16CodeUnits',
      results,
      ...(report.errors.length ? {
        invocations: [{
          executionSuccessful: false,
          toolExecutionNotifications: report.errors.map((e) => ({ level: 'error', message: { text: `${e.path}: ${e.message}` } })),
        }],
      } : { invocations: [{ executionSuccessful: true }] }),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
