// A folder of 10,000 articles appears in the workspace and is removed again: the index takes all of them in the
// background, the extension host stays responsive (the longest stall is printed, not asserted), and removing the
// folder leaves nothing behind. CLAIM_LENS_BIG_FOLDER sets the number of articles (default 10000).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lagMonitor, THROWAWAY, waitFor, workspaceArticles } from './util';

interface State {
  indexedPaths: string[];
  index: { state: string; articles: number };
}
const state = () => vscode.commands.executeCommand<State>('claimLens._test.state');

(THROWAWAY ? describe.skip : describe)('a folder of many articles', function () {
  const N = Number(process.env.CLAIM_LENS_BIG_FOLDER ?? 10000);
  this.timeout(Math.max(600_000, N * 100));

  it(`indexes ${N} articles in the background and forgets them when the folder goes`, async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const dir = vscode.Uri.joinPath(root, 'archiv');
    const sources: string[] = [];
    for (const u of (await workspaceArticles()).filter((x) => /\.txt$/.test(x.path))) {
      sources.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(u)).replace(/^---[\s\S]*?\n---\n/, ''));
    }
    // Start from a settled index of the workspace's own articles.
    const own = (await workspaceArticles()).length;
    await waitFor(async () => {
      const s = await state();
      return s.index.state === 'idle' && s.index.articles >= own - 1;
    }, 'the workspace index', 120_000, 250);
    const base = (await state()).index.articles;
    const lag = lagMonitor();
    const t0 = performance.now();
    const enc = new TextEncoder();
    for (let i = 0; i < N; i++) {
      const text = `Meldung ${i}\n\n` + sources[i % sources.length].replace(/\b(\d{1,2})\.000\b/, (_, d) => `${Number(d) + (i % 7)}.000`);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, `m${String(i).padStart(5, '0')}.article.txt`), enc.encode(text));
    }
    const written = performance.now() - t0;
    await waitFor(async () => {
      const s = await state();
      return s.index.state === 'idle' && s.index.articles >= base + N;
    }, `all ${N} articles in the index`, Math.max(600_000, N * 90), 1000);
    const indexed = performance.now() - t0;
    const inDir = (p: string) => p.startsWith(dir.toString() + '/');
    const paths = (await state()).indexedPaths.filter(inDir);
    assert.equal(paths.length, N);
    assert.equal(new Set(paths).size, N, 'no article twice');

    await vscode.workspace.fs.delete(dir, { recursive: true });
    await waitFor(async () => (await state()).indexedPaths.filter(inDir).length === 0, 'the folder to leave the index', 120_000, 500);
    const worst = lag.stop();
    console.log(`      ${N} articles: written in ${(written / 1000).toFixed(1)} s, indexed after ${(indexed / 1000).toFixed(1)} s, removed after ${((performance.now() - t0) / 1000).toFixed(1)} s; longest extension-host stall ${worst.toFixed(0)} ms`);
    assert.equal((await state()).index.articles, base, 'back to the articles before');
  });
});
