/**
 * Security properties that hold by construction: the panel's CSP, no HTML
 * sinks in the webview script, no network code in any bundle.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { panelCsp, panelHtml } from '../../src/extension/panelHtml';

const root = path.resolve(__dirname, '../../..');

describe('security', () => {
  it('the panel CSP allows nothing by default, scripts only by nonce, no eval, no inline code, no remote sources', () => {
    const csp = panelCsp('https://file+.vscode-resource.vscode-cdn.net', 'abc123==');
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), ["'nonce-abc123=='"]);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|\*|http:/);
    for (const [k, v] of directives) {
      for (const src of v) assert.ok(src === "'none'" || src.startsWith("'nonce-") || src === 'data:' || src.includes('vscode-resource'), `${k} ${src}`);
    }
  });

  it('the panel HTML escapes what it interpolates and loads one nonce script', () => {
    const html = panelHtml({ cspSource: 'vscode-resource:', scriptUri: 'x" onload="alert(1)', cssUri: 'a<b', nonce: 'n"1' });
    assert.doesNotMatch(html, /x" onload/);
    assert.match(html, /src="x&quot; onload=&quot;alert\(1\)"/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('the webview script never writes HTML from data (no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval)', () => {
    const src = fs.readFileSync(path.join(root, 'src/webview/main.ts'), 'utf8');
    assert.doesNotMatch(src, /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
  });

  it('works in untrusted and virtual workspaces, with no setting that points at an executable or a path', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(pkg.capabilities?.virtualWorkspaces, true);
    const props = pkg.contributes.configuration.properties as Record<string, { type: string | string[]; description?: string; markdownDescription?: string }>;
    for (const [name, p] of Object.entries(props)) {
      assert.doesNotMatch(name, /path|exe|executable|command|program|binary|shell/i, `${name} looks like a path or executable setting`);
      assert.doesNotMatch(`${p.description ?? ''} ${p.markdownDescription ?? ''}`, /absolute path|executable|run a program/i, name);
    }
    assert.ok(!(pkg.activationEvents as string[]).includes('*'), 'never activates on *');
    assert.ok(!(pkg.activationEvents as string[]).includes('onStartupFinished'), 'never activates for every window');
  });

  it('no bundle contains network code (http, https, net, fetch, WebSocket, XMLHttpRequest)', function () {
    const bundles = ['dist/extension.js', 'dist/cli.js', 'dist/cliMain.js', 'dist/webview.js', 'dist/analysisWorker.js'].map((b) => path.join(root, b));
    if (!bundles.every((b) => fs.existsSync(b))) this.skip();
    for (const b of bundles) {
      const code = fs.readFileSync(b, 'utf8');
      assert.doesNotMatch(code, /require\(["'](?:node:)?(?:https?|net|tls|dgram|http2)["']\)/, `${path.basename(b)} requires a network module`);
      assert.doesNotMatch(code, /\bfetch\(|new WebSocket\(|XMLHttpRequest/, `${path.basename(b)} uses a network API`);
    }
  });
});
