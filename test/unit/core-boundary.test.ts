import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The boundary that matters: src/core knows nothing of VS Code or the file system. */
describe('src/core boundary', () => {
  const root = path.resolve(__dirname, '../../../src/core');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) files.push(p);
    }
  };
  walk(root);

  it('has source files to check', () => {
    assert.ok(files.length > 0);
  });

  const forbidden = /(?:from\s+|require\(\s*|import\(\s*)['"](vscode|node:[^'"]+|fs|path|os|crypto|child_process|worker_threads|util|stream|buffer|url)['"]/;
  for (const f of files) {
    it(`${path.relative(root, f)} imports neither vscode nor node built-ins`, () => {
      const src = fs.readFileSync(f, 'utf8');
      const m = forbidden.exec(src);
      assert.equal(m, null, m ? `forbidden import ${m[1]}` : '');
    });
  }
});
