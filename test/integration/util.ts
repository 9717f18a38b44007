// Helpers for integration tests that run inside the real extension host (see test/harness/README.md).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** The repo's package.json (read at run time so tsc does not copy it into out/). */
export const repoPackage: { name: string; publisher: string; version: string; contributes?: Record<string, unknown> } =
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

export const EXTENSION_ID = `${repoPackage.publisher}.${repoPackage.name}`;

/** True when the harness runs a stand-in because dist/extension.js was not built (see test/harness/fixtures.mjs). */
export const THROWAWAY = process.env.CLAIM_LENS_THROWAWAY === '1';

export function extensionUnderTest(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** Polls `probe` until it returns a truthy value; rejects with `what` after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string, timeoutMs = 15_000, intervalMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Article files of the test workspace (a fresh copy of samples/), sorted by path. */
export async function workspaceArticles(): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles('**/*.{txt,article}', '**/node_modules/**', 500);
  return uris.sort((a, b) => a.path.localeCompare(b.path));
}

/** Opens a workspace article (by file name, or the first one) in an editor and returns the editor. */
export async function openArticle(name?: string): Promise<vscode.TextEditor> {
  const all = await workspaceArticles();
  const uri = name ? all.find((u) => path.posix.basename(u.path) === name) : all[0];
  if (!uri) throw new Error(`no article ${name ?? ''} in the test workspace (${all.map((u) => u.path).join(', ')})`);
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The current TextDocument for `uri` (language changes replace the document object). */
export function documentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Samples the extension host's event loop until stopped: returns the longest gap beyond a 10 ms timer. */
export function lagMonitor(): { stop: () => number } {
  let worst = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
    if (running) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  return {
    stop: () => {
      running = false;
      return worst;
    },
  };
}
