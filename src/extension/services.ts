/**
 * The services every feature gets (à la vscode-markdown-languageservice / Foam): created
 * once in `activate`, passed to each feature's `register(context, services)`. Creating
 * them does no I/O; loading the lexicon and building the index start after activation.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { Analyzer } from './analyzer';
import { ConfigService } from './config';
import { LexiconService } from './lexicon';
import { IndexService } from './workspaceIndex';
import type { ToPanel } from '../webview/protocol';

/** What the integration tests can observe (through the hidden `claimLens._test.state` command). */
export interface TestProbe {
  activationMs: number;
  /** Per document URI: per decoration style, the decorated ranges as [startOffset, endOffset, extra text]. */
  decorations: Map<string, Record<string, Array<[number, number, string?]>>>;
  /** Documents whose decorations were capped. */
  capped: Set<string>;
  lastPanelMessages: Partial<Record<ToPanel['type'], ToPanel>>;
  decorationsVisible: boolean;
}

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly config: ConfigService;
  readonly lexicon: LexiconService;
  readonly analyses: AnalysisService;
  readonly index: IndexService;
  readonly probe: TestProbe;
  /** Session toggle of decorations (Toggle Decorations); starts from the setting. */
  decorationsVisible: boolean;
  readonly onDidToggleDecorations: vscode.Event<boolean>;
  setDecorationsVisible(on: boolean): void;
  /** Display label of a document URI (workspace-relative path). */
  label(uri: string | vscode.Uri): string;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const log = vscode.window.createOutputChannel('Claim Lens', { log: true });
  const config = new ConfigService();
  const lexicon = new LexiconService(log);
  const analyzer = new Analyzer({
    workerScript: path.join(context.extensionPath, 'dist', 'analysisWorker.js'),
    onLog: (m) => log.warn(m),
  });
  const analyses = new AnalysisService(analyzer, config, lexicon, log);
  const index = new IndexService(log);
  const toggled = new vscode.EventEmitter<boolean>();
  const probe: TestProbe = {
    activationMs: 0,
    decorations: new Map(),
    capped: new Set(),
    lastPanelMessages: {},
    decorationsVisible: config.current.decorations.enabled,
  };
  const services: Services = {
    context,
    log,
    config,
    lexicon,
    analyses,
    index,
    probe,
    decorationsVisible: config.current.decorations.enabled,
    onDidToggleDecorations: toggled.event,
    setDecorationsVisible(on: boolean) {
      if (services.decorationsVisible === on) return;
      services.decorationsVisible = on;
      probe.decorationsVisible = on;
      void vscode.commands.executeCommand('setContext', 'claimLens.decorationsVisible', on);
      toggled.fire(on);
    },
    label(uri) {
      const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      return vscode.workspace.asRelativePath(u, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    },
  };
  context.subscriptions.push(log, config, lexicon, analyses, index, toggled, { dispose: () => analyzer.dispose() });
  context.subscriptions.push(
    config.onDidChange((e) => {
      if (e.affectsConfiguration('claimLens.decorations.enabled')) services.setDecorationsVisible(config.current.decorations.enabled);
    }),
  );
  void vscode.commands.executeCommand('setContext', 'claimLens.decorationsVisible', services.decorationsVisible);
  return services;
}
