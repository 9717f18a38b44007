/**
 * Access to the real texts behind the gold annotations. The texts live in
 * `../shared` (never in the repository); the gold stores only a source id,
 * a sha256 of the text and offsets.
 *
 * Source ids: `seed:<file name>` (a file in shared/seeds) and
 * `corpus:<row>` (0-based data row of shared/corpus/10kgnad-test.csv).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CORPUS_FILE = '10kgnad-test.csv';

export interface CorpusRow {
  label: string;
  text: string;
}

/** `../shared` beside the repository root. */
export function sharedDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared');
}

/** The repository root, found from a compiled file under out/ or a source file. */
export function findRepoRoot(from: string): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'tsconfig.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no repository root above ${from}`);
    dir = up;
  }
}

/**
 * Parses `Label;'text'` rows: separator `;`, quote character `'`, a doubled
 * quote inside a quoted field is one literal quote. Fields may span lines.
 */
export function parseCorpusCsv(data: string): CorpusRow[] {
  const rows: CorpusRow[] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  const n = data.length;
  let quoted = false;
  let atFieldStart = true;
  const endRow = () => {
    fields.push(field);
    field = '';
    if (!(fields.length === 1 && fields[0] === '')) {
      rows.push({ label: fields[0] ?? '', text: fields.slice(1).join(';') });
    }
    fields = [];
    atFieldStart = true;
  };
  while (i < n) {
    const c = data[i];
    if (quoted) {
      if (c === "'") {
        if (data[i + 1] === "'") {
          field += "'";
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === "'" && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === ';') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && data[i + 1] === '\n') i++;
      endRow();
      i++;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Reads texts by source id, caching the corpus. Returns null when a text is absent. */
export class SourceReader {
  private corpus: CorpusRow[] | null | undefined;
  constructor(readonly shared: string) {}

  available(): boolean {
    return fs.existsSync(this.shared);
  }

  corpusRows(): CorpusRow[] | null {
    if (this.corpus === undefined) {
      const file = path.join(this.shared, 'corpus', CORPUS_FILE);
      this.corpus = fs.existsSync(file) ? parseCorpusCsv(fs.readFileSync(file, 'utf8')) : null;
    }
    return this.corpus;
  }

  read(source: string): string | null {
    if (source.startsWith('seed:')) {
      const file = path.join(this.shared, 'seeds', source.slice(5));
      return fs.existsSync(file) ? stripBom(fs.readFileSync(file, 'utf8')) : null;
    }
    if (source.startsWith('corpus:')) {
      const rows = this.corpusRows();
      const row = rows ? rows[Number(source.slice(7))] : undefined;
      return row ? row.text : null;
    }
    throw new Error(`unknown source id ${source}`);
  }

  /** A path-like name for the pipeline (`opts.path`). */
  static pathFor(source: string): string {
    return source.startsWith('seed:') ? `seeds/${source.slice(5)}` : `corpus/row-${source.slice(7)}.txt`;
  }
}
