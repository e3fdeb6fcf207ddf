// The document model every rule shares: the prose layout (what is prose, in which blocks), the
// article date, sentences and tokens, quotations, and reported speech.
import type { DocumentFormat } from './types';
import { layoutMarkdown } from './markdown';
import { layoutPlaintext, type Block } from './layout';
import type { FrontMatter } from './frontmatter';
import { analyseBlock, type Sentence, type Token } from './nlp';
import { findQuotations, type Quotation } from './quotations';
import { SpeechModel, type Report } from './speech';
import { speechVocabulary } from './vocabulary';
import { LineIndex } from './positions';

export interface DocumentOptions {
  format: DocumentFormat;
  /** The article date from configuration or the command line, used when the front matter has none. */
  date?: string;
  /** Today's date (YYYY-MM-DD), the last resort for the article date. */
  today?: string;
}

export class Doc {
  readonly text: string;
  readonly format: DocumentFormat;
  /** The text with everything that is not prose replaced by spaces; offsets are the text's. */
  readonly prose: string;
  readonly blocks: readonly Block[];
  readonly frontMatter: FrontMatter;
  /** The date the article is written for (YYYY-MM-DD): every fact is judged against it. */
  readonly date: string;
  readonly dateSource: 'front-matter' | 'config' | 'today';
  readonly tokens: Token[] = [];
  readonly sentences: Sentence[] = [];
  readonly lines: LineIndex;
  private quotationList?: Quotation[];
  private speech?: SpeechModel;
  private readonly memo = new Map<string, unknown>();

  constructor(text: string, options: DocumentOptions) {
    this.text = text;
    this.format = options.format;
    const layout = options.format === 'markdown' ? layoutMarkdown(text) : layoutPlaintext(text);
    this.prose = layout.prose;
    this.blocks = layout.blocks;
    this.frontMatter = layout.frontMatter;
    if (layout.frontMatter.date) [this.date, this.dateSource] = [layout.frontMatter.date, 'front-matter'];
    else if (options.date) [this.date, this.dateSource] = [options.date, 'config'];
    else [this.date, this.dateSource] = [options.today ?? new Date().toISOString().slice(0, 10), 'today'];
    this.lines = new LineIndex(text);
    this.blocks.forEach((b, i) => analyseBlock(this.prose.slice(b.start, b.end), b.start, i, this.tokens, this.sentences));
  }

  get quotations(): readonly Quotation[] {
    return (this.quotationList ??= findQuotations(this.prose, this.blocks));
  }

  private get speechModel(): SpeechModel {
    return (this.speech ??= new SpeechModel(this.tokens, this.sentences, this.blocks, this.quotations as Quotation[], speechVocabulary(), (o) => this.quotationAt(o)));
  }

  /** Every reporting verb in the narrative with its source and content. */
  get reports(): readonly Report[] {
    return this.speechModel.reports;
  }

  /** The report a quotation is attributed to, if any. */
  speakerOf(q: Quotation): Report | undefined {
    return this.speechModel.speakers[q.index];
  }

  /** The direct quotation containing `offset`, if any. */
  quotationAt(offset: number): Quotation | undefined {
    const qs = this.quotations;
    let lo = 0, hi = qs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (qs[mid].end <= offset) lo = mid + 1;
      else if (qs[mid].start > offset) hi = mid - 1;
      else return qs[mid];
    }
    return undefined;
  }

  /** True when the span lies inside a direct quotation's words. */
  isQuoted(start: number, end = start + 1): boolean {
    const q = this.quotationAt(start);
    return !!q && end <= q.end;
  }

  /** The sentence containing `offset`, or undefined outside prose. */
  sentenceAt(offset: number): Sentence | undefined {
    const ss = this.sentences;
    let lo = 0, hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].end <= offset) lo = mid + 1;
      else if (ss[mid].start > offset) hi = mid - 1;
      else return ss[mid];
    }
    return undefined;
  }

  /** The token starting at or containing `offset`. */
  tokenAt(offset: number): Token | undefined {
    const ts = this.tokens;
    let lo = 0, hi = ts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid].end <= offset) lo = mid + 1;
      else if (ts[mid].start > offset) hi = mid - 1;
      else return ts[mid];
    }
    return undefined;
  }

  sentenceTokens(s: Sentence): Token[] {
    return this.tokens.slice(s.firstToken, s.endToken);
  }

  blockOf(offset: number): number {
    return this.blocks.findIndex((b) => b.start <= offset && offset <= b.end);
  }

  /** Computes something once per document and shares it between rules (e.g. name mentions). */
  cached<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}
