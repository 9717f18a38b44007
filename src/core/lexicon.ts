/**
 * The workspace lexicon, `.claimlens.yaml`:
 *
 * ```yaml
 * actors:            # canonical name → aliases
 *   North Korea: [Pjöngjang, Pyongyang, Nordkorea]
 * cues:              # extra cue words (verbs of saying, prepositions)
 *   de: [verkündete]
 *   en: [claimed]
 * outlets:           # outlet → aliases / url
 *   Rheinischer Kurier: { aliases: [RK], url: https://rk.example }
 * ignore:            # globs of files that are not articles
 *   - drafts/**
 * ```
 *
 * Broken YAML or wrong shapes give diagnostics with a line; whatever is valid
 * is kept and the rest falls back to defaults.
 */
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { CoreDiagnostic, Lexicon } from './types';

export interface LexiconResult {
  lexicon: Lexicon;
  diagnostics: CoreDiagnostic[];
}

function emptyLexicon(): Lexicon {
  return { actors: {}, cues: { de: [], en: [] }, outlets: {}, ignore: [] };
}

export function parseLexicon(yamlText: string): LexiconResult {
  const lexicon = emptyLexicon();
  const diagnostics: CoreDiagnostic[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: false, schema: 'core' });

  const diag = (node: Node | null | undefined, message: string, severity: CoreDiagnostic['severity'] = 'error', pos?: [number, number]) => {
    const range = pos ?? (node?.range ? [node.range[0], node.range[1]] : [0, 0]);
    const start = Math.min(range[0], yamlText.length);
    const end = Math.max(start, Math.min(range[1], yamlText.length));
    const line = lc.linePos(start).line - 1;
    diagnostics.push({ start, end, severity, line, message: `.claimlens.yaml line ${line + 1}: ${message}` });
  };

  for (const err of doc.errors) diag(null, `not valid YAML: ${err.message.split('\n')[0]}`, 'error', [err.pos[0], err.pos[1]]);
  if (doc.errors.length) return { lexicon, diagnostics };

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { lexicon, diagnostics };
  if (!isMap(root)) {
    diag(root as Node, 'the lexicon must be a mapping with the keys actors, cues, outlets, ignore');
    return { lexicon, diagnostics };
  }

  const strings = (node: unknown, what: string): string[] => {
    if (node === null || node === undefined) return [];
    if (isScalar(node)) {
      if (node.value === null) return [];
      return [String(node.value)];
    }
    if (isSeq(node)) {
      const out: string[] = [];
      for (const it of node.items) {
        if (isScalar(it) && it.value !== null && typeof it.value !== 'object') out.push(String(it.value).trim());
        else diag(it as Node, `${what}: expected a text item`);
      }
      return out.filter((s) => s.length > 0);
    }
    diag(node as Node, `${what}: expected a list of texts`);
    return [];
  };

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      case 'actors': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) {
          diag(value, 'actors: expected a mapping "Canonical name: [alias, …]"');
          break;
        }
        for (const p of value.items) {
          const name = isScalar(p.key) ? String(p.key.value).trim() : '';
          if (!name) {
            diag(p.key as Node, 'actors: empty actor name');
            continue;
          }
          lexicon.actors[name] = strings(p.value, `actors.${name}`);
        }
        break;
      }
      case 'cues': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (isSeq(value)) {
          // A plain list applies to both languages.
          const all = strings(value, 'cues');
          lexicon.cues.de.push(...all);
          lexicon.cues.en.push(...all);
          break;
        }
        if (!isMap(value)) {
          diag(value, 'cues: expected "de: [...]" and/or "en: [...]"');
          break;
        }
        for (const p of value.items) {
          const lang = isScalar(p.key) ? String(p.key.value) : '';
          if (lang !== 'de' && lang !== 'en') {
            diag(p.key as Node, `cues: unknown language "${lang}" (de or en)`, 'warning');
            continue;
          }
          lexicon.cues[lang].push(...strings(p.value, `cues.${lang}`));
        }
        break;
      }
      case 'outlets': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) {
          diag(value, 'outlets: expected a mapping "Outlet name: { aliases: [...], url: ... }"');
          break;
        }
        for (const p of value.items) {
          const name = isScalar(p.key) ? String(p.key.value).trim() : '';
          if (!name) continue;
          const v = p.value as Node | null;
          const entry: { aliases?: string[]; url?: string } = {};
          if (v === null || (isScalar(v) && v.value === null)) {
            // just the name
          } else if (isSeq(v)) {
            entry.aliases = strings(v, `outlets.${name}`);
          } else if (isMap(v)) {
            for (const q of v.items) {
              const k = isScalar(q.key) ? String(q.key.value) : '';
              if (k === 'aliases') entry.aliases = strings(q.value, `outlets.${name}.aliases`);
              else if (k === 'url' && isScalar(q.value)) entry.url = String(q.value.value);
              else diag(q.key as Node, `outlets.${name}: unknown key "${k}" (aliases, url)`, 'warning');
            }
          } else {
            diag(v, `outlets.${name}: expected { aliases: [...], url: ... }`);
          }
          lexicon.outlets[name] = entry;
        }
        break;
      }
      case 'ignore':
        lexicon.ignore = strings(value, 'ignore');
        break;
      default:
        diag(pair.key as Node, `unknown key "${key}" (known: actors, cues, outlets, ignore)`, 'warning');
    }
  }
  return { lexicon, diagnostics };
}
