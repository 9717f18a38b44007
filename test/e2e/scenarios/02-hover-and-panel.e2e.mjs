// Proves the UI helpers the feature scenarios build on, against the real extension: decorations are found in the
// DOM, hovering one shows the extension's hover, and the side panel's webview content is reachable.
import assert from 'node:assert/strict';

export const title = 'hovers a decorated figure and shows the Claim Lens panel';

export default async function (wb) {
  if (wb.ext.throwaway) { wb.log('throwaway stand-in has no decorations or panel: nothing to check'); return; }
  const article = wb.articles.find((a) => /\.txt$/.test(a) && !/\.article\.txt$/.test(a)) ?? wb.articles[0];
  await wb.openFile(article);

  // Wait for the extension's marks in the visible lines.
  let decorations = [];
  for (let i = 0; i < 100 && decorations.filter((d) => /\d/.test(d.text)).length === 0; i++) {
    await wb.page.waitForTimeout(200);
    decorations = await wb.findDecorations();
  }
  const figure = decorations.find((d) => /\d/.test(d.text) && d.box.width > 0);
  assert.ok(figure, `no decorated figure among ${decorations.length} decoration elements`);
  wb.log(`${decorations.length} decoration elements; hovering "${figure.text}"`);

  const hoverText = await wb.hoverDecoration(figure);
  assert.ok(hoverText.length > 0, 'empty hover');
  await wb.shot('hover');
  await wb.dismissHover();

  await wb.openViewContainer('Claim Lens');
  const frame = wb.webviewFrame();
  await frame.locator('body').waitFor({ state: 'attached', timeout: 20_000 });
  await wb.page.waitForTimeout(3000);
  const bodyText = await frame.locator('body').innerText({ timeout: 20_000 });
  assert.ok(bodyText.trim().length > 0, 'the panel webview is empty');
  wb.log(`panel: ${bodyText.replace(/\s+/g, ' ').slice(0, 160)}`);
  await wb.shot('panel');
  // Put the cursor on the hovered figure: the panel follows the cursor.
  await wb.page.mouse.click(figure.box.x + 4, figure.box.y + figure.box.height / 2);
  await wb.page.waitForTimeout(1500);
  wb.log(`panel after a click on the figure: ${(await frame.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 160)}`);
  await wb.shot('panel-claim');
}
