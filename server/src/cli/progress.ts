// A progress bar on standard error, for long runs on a terminal only: never when standard error
// is not a TTY, in CI (CI=true), on a dumb terminal, with --no-progress, or for the first second
// of a run (short runs never show one).

export interface ProgressOptions {
  enabled: boolean;
  write: (s: string) => void;
  columns?: number;
  now?: () => number;
  /** How long a run must take before the bar appears (ms). */
  delay?: number;
}

export function progressWanted(env: Record<string, string | undefined>, stderrIsTTY: boolean, requested: boolean): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return requested && stderrIsTTY && !ci && env.TERM !== 'dumb';
}

export class Progress {
  private readonly start: number;
  private last = -Infinity;
  private shown = false;
  private readonly now: () => number;

  constructor(private readonly total: number, private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.start = this.now();
  }

  update(done: number): void {
    if (!this.options.enabled || this.total === 0) return;
    const t = this.now();
    if (t - this.start < (this.options.delay ?? 1000)) return;
    if (t - this.last < 100 && done < this.total) return;
    this.last = t;
    this.shown = true;
    const label = ` ${done}/${this.total} drafts`;
    const width = Math.max(10, Math.min(40, (this.options.columns || 80) - label.length - 12));
    const filled = Math.round((width * done) / this.total);
    this.options.write(`\r\u001b[2Kcopydesk [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
  }

  /** Clears the bar, if it was shown. */
  finish(): void {
    if (this.shown) this.options.write('\r\u001b[2K');
    this.shown = false;
  }
}
