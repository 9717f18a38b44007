/** Hidden command for the integration tests: what the extension shows, as plain data. */
import * as vscode from 'vscode';
import type { IndexStatus } from '../webview/protocol';
import type { Services } from './services';

export interface TestState {
  activationMs: number;
  decorationsVisible: boolean;
  /** Per document URI: style → [startOffset, endOffset, after-text?][]. */
  decorations: Record<string, Record<string, Array<[number, number, string?]>>>;
  capped: string[];
  panel: Services['probe']['lastPanelMessages'];
  index: IndexStatus;
  indexedPaths: string[];
  skipped: Services['index']['skipped'];
  lexiconVersion: number;
  analysed: Record<string, { version: number; claims: number; numbers: number; attributions: number; quotes: number; language: string }>;
  usesWorker: boolean;
  /** Where the index cache is written (workspace storage), if there is a workspace. */
  cacheFile: string | null;
}

export function register(context: vscode.ExtensionContext, s: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('claimLens._test.state', async (opts?: { waitFor?: string }): Promise<TestState> => {
      // Optionally wait until a document is analysed (its current version).
      if (opts?.waitFor) {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === opts.waitFor);
        if (doc) await s.analyses.ensure(doc);
      }
      const analysed: TestState['analysed'] = {};
      for (const d of vscode.workspace.textDocuments) {
        const r = s.analyses.get(d);
        if (r) {
          const a = r.analysis;
          analysed[r.uri] = { version: r.version, claims: a.claims.length, numbers: a.numbers.length, attributions: a.attributions.length, quotes: a.quotes.length, language: a.language };
        }
      }
      return {
        activationMs: s.probe.activationMs,
        decorationsVisible: s.decorationsVisible,
        decorations: Object.fromEntries(s.probe.decorations),
        capped: [...s.probe.capped],
        panel: s.probe.lastPanelMessages,
        index: s.index.status,
        indexedPaths: s.index.corpus.paths(),
        skipped: s.index.skipped,
        lexiconVersion: s.lexicon.version,
        analysed,
        usesWorker: s.analyses.analyzer.usesWorker,
        cacheFile: s.context.storageUri ? vscode.Uri.joinPath(s.context.storageUri, 'index-cache.json').toString() : null,
      };
    }),
  );
}
