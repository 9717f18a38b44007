// What the real-workbench tests run against: the extension under test and a throwaway workspace.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { harnessPaths } from './setup.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The extension to load: the repo itself when its `main` (dist/extension.js) is built, otherwise a throwaway
 * stand-in built under the harness cache so the harness can prove itself before the real extension lands.
 * Returns { dir, throwaway, id, pkg }.
 */
export function resolveExtensionUnderTest({ log = console.log, allowThrowaway = true } = {}) {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const main = pkg.main ? path.resolve(repoRoot, pkg.main) : null;
  if (main && existsSync(main)) {
    return { dir: repoRoot, throwaway: false, id: `${pkg.publisher}.${pkg.name}`, pkg };
  }
  if (!allowThrowaway) throw new Error(`${pkg.main} is not built (run npm run build)`);
  log(`[harness] ${pkg.main} does not exist yet: using a throwaway stand-in extension (never committed)`);
  return buildThrowawayExtension(pkg);
}

/** Minimal stand-in with the same id: contributes the `article` language and recognises .txt articles. */
export function buildThrowawayExtension(repoPkg) {
  const dir = path.join(harnessPaths().cacheDir, 'throwaway-extension');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pkg = {
    name: repoPkg.name, publisher: repoPkg.publisher, version: repoPkg.version, displayName: `${repoPkg.displayName} (harness stand-in)`,
    engines: { vscode: repoPkg.engines?.vscode ?? '^1.95.0' },
    main: './extension.js',
    activationEvents: ['onLanguage:article', 'onLanguage:plaintext'],
    contributes: {
      languages: [{ id: 'article', aliases: ['Article', 'article'], extensions: ['.article', '.article.txt'] }],
      commands: [{ command: 'claimLens.harnessStandIn', title: 'Harness Stand-In', category: 'Claim Lens' }],
    },
  };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(path.join(dir, 'extension.js'), `
const vscode = require('vscode');
function adopt(doc) {
  if (doc.languageId === 'plaintext' && /\\.txt$/i.test(doc.uri.path)) vscode.languages.setTextDocumentLanguage(doc, 'article');
}
exports.activate = function (context) {
  const item = vscode.window.createStatusBarItem('claimLens.status', vscode.StatusBarAlignment.Right, 100);
  item.text = 'Article (stand-in)';
  item.show();
  context.subscriptions.push(item, vscode.workspace.onDidOpenTextDocument(adopt),
    vscode.commands.registerCommand('claimLens.harnessStandIn', () => vscode.window.showInformationMessage('stand-in')));
  vscode.workspace.textDocuments.forEach(adopt);
};
exports.deactivate = function () {};
`);
  return { dir, throwaway: true, id: `${pkg.publisher}.${pkg.name}`, pkg };
}

// Written for the harness, in our own words; used only when samples/ has no articles yet.
const FALLBACK_ARTICLE = `Stadtrat beschließt Ausbau der Radwege

Von: Redaktion Lokales

Kassel, 14. März 2025 – Der Stadtrat hat am Donnerstag mit 38 zu 21 Stimmen den Ausbau des Radwegenetzes beschlossen.
Nach Angaben der Stadtverwaltung sollen bis 2028 rund 42 Kilometer neue Wege entstehen. Die Kosten schätzt das
Tiefbauamt auf etwa 18,5 Millionen Euro.

„Wir holen nach, was jahrelang liegen geblieben ist“, sagte Bürgermeisterin Anna Berger. Der Fahrradclub ADFC
begrüßte den Beschluss, hält aber mindestens 60 Kilometer für nötig. Laut einer Zählung des Vereins sind an
Werktagen mehr als 9.000 Radfahrer auf den Hauptachsen unterwegs.

Die Opposition kritisierte die Pläne. Der Fraktionschef der Liste Bürgerforum sagte, die Stadt könne sich das
Vorhaben nicht leisten; die Finanzierung sei ungeklärt.
`;

/**
 * A fresh workspace folder for one run: a copy of samples/ (when it holds .txt articles), else one article written
 * for the harness. Returns { dir, articles: [relative paths] }.
 */
export function makeWorkspace(runDir) {
  const dir = path.join(runDir, 'workspace');
  mkdirSync(dir, { recursive: true });
  const samples = path.join(repoRoot, 'samples');
  const hasSamples = existsSync(samples) && readdirSync(samples).some((f) => /\.txt$|\.article$/i.test(f));
  if (hasSamples) cpSync(samples, dir, { recursive: true });
  else writeFileSync(path.join(dir, 'radwege-kassel.txt'), FALLBACK_ARTICLE);
  const articles = readdirSync(dir).filter((f) => /\.txt$|\.article$/i.test(f)).sort();
  return { dir, articles, fromSamples: hasSamples };
}
