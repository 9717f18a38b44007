/**
 * Claim Lens — VS Code entry point. `activate` only creates the services and registers
 * the features; every piece of work (lexicon, analysis, index) starts lazily after it.
 */
import * as vscode from 'vscode';
import * as analysis from './extension/analysis';
import * as commands from './extension/commands';
import * as decorations from './extension/decorations';
import * as diagnostics from './extension/diagnostics';
import * as hover from './extension/hover';
import * as indexer from './extension/indexer';
import * as lexicon from './extension/lexicon';
import * as panel from './extension/panel';
import * as recognition from './extension/recognition';
import { createServices } from './extension/services';
import * as statusBar from './extension/statusBar';
import * as testing from './extension/testing';

export function activate(context: vscode.ExtensionContext): void {
  const t0 = performance.now();
  const services = createServices(context);
  const features: Array<{ register(context: vscode.ExtensionContext, services: ReturnType<typeof createServices>): unknown }> = [
    lexicon,
    analysis,
    recognition,
    decorations,
    hover,
    diagnostics,
    statusBar,
    panel,
    commands,
    indexer,
    testing,
  ];
  for (const f of features) f.register(context, services);
  services.probe.activationMs = performance.now() - t0;
  services.log.info(`activated in ${services.probe.activationMs.toFixed(1)} ms`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
