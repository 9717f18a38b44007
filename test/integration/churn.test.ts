// Corpus churn in the real extension host: hundreds of articles appear, and while they are being indexed some are
// changed, renamed and deleted; at the end the index holds exactly the files that exist, and removing the whole
// folder empties it again. The longest stall of the extension host during all this is printed (not asserted).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lagMonitor, THROWAWAY, waitFor, workspaceArticles } from './util';

interface State {
  indexedPaths: string[];
  index: { state: string };
}
const state = () => vscode.commands.executeCommand<State>('claimLens._test.state');

(THROWAWAY ? describe.skip : describe)('index under churn', function () {
  this.timeout(300_000);
  const N = 240;

  it('ends with exactly the files that exist after creates, edits, renames and deletes during indexing', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const dir = vscode.Uri.joinPath(root, 'churn');
    const sources: string[] = [];
    for (const u of (await workspaceArticles()).filter((x) => /\.txt$/.test(x.path))) {
      sources.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(u)));
    }
    const lag = lagMonitor();
    const t0 = performance.now();
    const files: vscode.Uri[] = [];
    for (let i = 0; i < N; i++) {
      const u = vscode.Uri.joinPath(dir, `bericht-${String(i).padStart(3, '0')}.article.txt`);
      // Each copy differs a little, so that none is an exact duplicate.
      const text = sources[i % sources.length].replace(/\n\n/, `\n\nAusgabe ${i}: Laut der Redaktion lasen ${100 + i} Menschen diesen Bericht.\n\n`);
      await vscode.workspace.fs.writeFile(u, new TextEncoder().encode(text));
      files.push(u);
    }
    // While the index catches up: change, rename and delete some of them.
    const alive = new Set(files.map((f) => f.toString()));
    for (let i = 0; i < N; i += 8) {
      const u = files[i];
      await vscode.workspace.fs.writeFile(u, new TextEncoder().encode(sources[(i + 1) % sources.length] + `\nNachtrag: ${i} weitere Soldaten, sagte ein Sprecher.`));
    }
    for (let i = 1; i < N; i += 8) {
      const to = vscode.Uri.joinPath(dir, `umbenannt-${i}.article.txt`);
      await vscode.workspace.fs.rename(files[i], to);
      alive.delete(files[i].toString());
      alive.add(to.toString());
    }
    for (let i = 2; i < N; i += 8) {
      await vscode.workspace.fs.delete(files[i]);
      alive.delete(files[i].toString());
    }
    const inDir = (p: string) => p.startsWith(dir.toString() + '/');
    await waitFor(async () => {
      const s = await state();
      const got = s.indexedPaths.filter(inDir);
      return s.index.state === 'idle' && got.length === alive.size && got.every((p) => alive.has(p));
    }, 'the index to hold exactly the files that exist', 240_000, 250);
    const settled = performance.now() - t0;
    const got = (await state()).indexedPaths.filter(inDir);
    assert.equal(new Set(got).size, got.length, 'no path twice');
    assert.deepEqual(got.slice().sort(), [...alive].sort());

    // Remove the whole folder: nothing of it stays in the index.
    await vscode.workspace.fs.delete(dir, { recursive: true });
    await waitFor(async () => (await state()).indexedPaths.filter(inDir).length === 0, 'the folder to leave the index', 60_000, 250);
    const worst = lag.stop();
    console.log(`      ${N} articles with churn indexed and settled in ${(settled / 1000).toFixed(1)} s; longest extension-host stall ${worst.toFixed(0)} ms`);
  });
});
