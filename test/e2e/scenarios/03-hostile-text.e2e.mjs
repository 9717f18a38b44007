// Article text is data, never code: an article full of markup, script tags, javascript: links and HTML entities
// is shown as literal text in the Claims panel, and nothing of it runs in the webview.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

export const title = 'shows hostile article text in the panel as text, never as markup or code';

const HOSTILE = `---
title: "Angriff <script>window.__pwned=1</script> auf </textarea> die Redaktion"
outlet: Testblatt
date: 2025-03-01
lang: de
---
Laut Polizei wurden <img src=x onerror="window.__pwned=2"> mindestens 12 Menschen verletzt, sagte ein Sprecher.

Nach Angaben der Feuerwehr kamen <b>etwa 300</b> Helfer &amp; 40 Fahrzeuge, wie die Stadt mitteilte.

„Wir prüfen den Link javascript:alert(document.domain) und </textarea><script>window.__pwned=3</script>“, sagte Bürgermeisterin Eva Muster.
`;

export default async function (wb) {
  if (wb.ext.throwaway) { wb.log('throwaway stand-in has no panel: nothing to check'); return; }
  const name = 'feindlich.article.txt';
  fs.writeFileSync(path.join(wb.workspace.dir, name), HOSTILE);
  await wb.openFile(name);
  await wb.openViewContainer('Claim Lens');
  const frame = wb.webviewFrame();
  await frame.locator('body').waitFor({ state: 'attached', timeout: 20_000 });
  // Wait until the panel shows this article's claims.
  let text = '';
  for (let i = 0; i < 60 && !/Feuerwehr/.test(text); i++) {
    await wb.page.waitForTimeout(500);
    text = await frame.locator('body').innerText().catch(() => '');
  }
  assert.match(text, /Feuerwehr/, 'the panel lists the hostile article\'s claims');
  // The markup is shown literally …
  assert.match(text, /<script>window\.__pwned=1<\/script>|<img src=x onerror=/, 'markup appears as text');
  assert.match(text, /&amp;|<b>etwa 300<\/b>/, 'entities and tags are not interpreted');
  // … and nothing of it became an element or ran.
  const found = await frame.locator('body').evaluate(() => ({
    // (VS Code injects its own bridge script into every webview; count only scripts carrying article text)
    scripts: [...document.querySelectorAll('script')].filter((s) => /__pwned|alert\(/.test(s.textContent ?? '')).length,
    imgs: document.querySelectorAll('img').length,
    bold: [...document.querySelectorAll('b')].length,
    links: [...document.querySelectorAll('a[href^="javascript:"]')].length,
    textareas: document.querySelectorAll('textarea').length,
    pwned: window.__pwned ?? null,
  }));
  wb.log(`panel DOM after hostile text: ${JSON.stringify(found)}`);
  assert.deepEqual(found, { scripts: 0, imgs: 0, bold: 0, links: 0, textareas: 0, pwned: null });
  const pagePwned = await wb.page.evaluate(() => window.__pwned ?? null);
  assert.equal(pagePwned, null, 'nothing ran in the workbench either');
  await wb.shot('hostile-panel');
}
