// Reading Copydesk's diagnostics, and the status bar item that counts them by category.
import * as vscode from 'vscode';

export const SOURCE = 'copydesk';

/** The rule id of a Copydesk diagnostic (`names/misspelled`), if it has one. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

/** The category of a diagnostic: the prefix of its rule id (`names/misspelled` -> `names`). */
export function categoryOf(d: vscode.Diagnostic): string | undefined {
  const code = codeOf(d);
  if (!code) return undefined;
  const slash = code.indexOf('/');
  return slash > 0 ? code.slice(0, slash) : code;
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Findings per category, in the order the categories first appear in the rule list. */
const ORDER = ['names', 'loaded-language', 'attribution', 'figures', 'consistency', 'style'];

export function countByCategory(diagnostics: readonly vscode.Diagnostic[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    const category = categoryOf(d);
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const rank = (c: string) => (ORDER.includes(c) ? ORDER.indexOf(c) : ORDER.length);
  return [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

/** The status bar item: the active document's findings by category; a click opens Problems. */
export class FindingsStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('copydesk.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly applies: (document: vscode.TextDocument) => boolean) {
    this.item.name = 'Copydesk findings';
    this.item.command = { command: 'workbench.actions.view.problems', title: 'Open Problems' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.applies(document)) {
      this.item.hide();
      return;
    }
    const counts = countByCategory(copydeskDiagnostics(document.uri));
    const total = counts.reduce((n, [, c]) => n + c, 0);
    if (total === 0) {
      this.item.text = '$(check) Copydesk';
      this.item.tooltip = 'Copydesk: no findings in this document. Click to open the Problems panel.';
    } else {
      this.item.text = '$(checklist) ' + counts.map(([category, n]) => `${category} ${n}`).join(' · ');
      this.item.tooltip = `Copydesk: ${total} finding${total === 1 ? '' : 's'} in this document (${counts.map(([c, n]) => `${c}: ${n}`).join(', ')}). Click to open the Problems panel.`;
    }
    this.item.accessibilityInformation = { label: typeof this.item.tooltip === 'string' ? this.item.tooltip : 'Copydesk findings' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
