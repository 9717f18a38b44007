// Mocha entry inside the real VS Code extension host. Used by both runners:
//   - test/harness/run-integration.mjs (code-server + smoke-test driver, offline), via the `payload` URL parameter
//   - test/harness/run-electron.mjs (@vscode/test-electron, downloads VS Code; machines with network)
// It runs every out/test/integration/**/*.test.js (compiled from test/integration/**/*.test.ts): to add a test,
// drop a new `*.test.ts` file next to smoke.test.ts. CLAIM_LENS_TEST_GREP filters tests by title.
import * as fs from 'fs';
import * as path from 'path';

type MochaClass = typeof import('mocha');

function loadMocha(): MochaClass {
  // mocha 12 is an ES module: Node >= 20.19 / 22.12 can require() it; older hosts (Electron) take its CJS build.
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const m = require('mocha');
    return (m.default ?? m) as MochaClass;
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('mocha/lib/mocha.cjs') as MochaClass;
  }
}

function collect(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) collect(p, out);
    else if (e.name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

export async function run(): Promise<void> {
  const Mocha = loadMocha();
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.CLAIM_LENS_TEST_TIMEOUT) || 60_000,
    ...(process.env.CLAIM_LENS_TEST_GREP ? { grep: process.env.CLAIM_LENS_TEST_GREP } : {}),
  });
  const files = collect(__dirname, []).sort();
  if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
  for (const f of files) mocha.addFile(f);
  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
