// Smoke scenario: the workbench loads with the extension, a sample article opens through Quick Open and gets the
// article language, and the extension's commands are in the palette.
import assert from 'node:assert/strict';

export const title = 'opens a sample article, which is shown as an Article';

export default async function (wb) {
  await wb.shot('workbench');
  // A German article with front matter, the kind of file the extension must recognise by content.
  const article = wb.articles.find((a) => /\.txt$/.test(a) && !/\.article\.txt$/.test(a)) ?? wb.articles[0];
  await wb.openFile(article);
  await wb.shot('article-open');

  const pkg = wb.ext.pkg;
  const lang = (pkg?.contributes?.languages ?? []).find((l) => l.id === 'article');
  const expected = lang?.aliases?.[0] ?? 'article';
  await wb.page.waitForFunction((name) => document.querySelector('.statusbar-item[id="status.editor.mode"]')?.textContent?.trim() === name,
    expected, { timeout: 20_000 }).catch(() => {});
  assert.equal(await wb.languageMode(), expected, `language indicator of ${article}`);

  const titles = await wb.paletteTitles('Claim Lens:', { keepOpen: true });
  await wb.shot('palette');
  await wb.page.keyboard.press('Escape');
  const declared = (pkg?.contributes?.commands ?? []).filter((c) => c.category === 'Claim Lens' && !c.enablement);
  assert.ok(titles.length > 0, 'no "Claim Lens:" commands in the palette');
  for (const c of declared.slice(0, 3)) {
    if (pkg?.contributes?.menus?.commandPalette?.some((m) => m.command === c.command && m.when === 'false')) continue;
    assert.ok(titles.includes(`Claim Lens: ${c.title}`), `palette lacks "Claim Lens: ${c.title}" (has ${titles.join(' | ')})`);
  }

  // A built-in command by exact title proves runCommand; Go to Line moves the cursor into the body.
  await wb.clearNotifications();
  await wb.goToLine(12, 1);
  const decorations = await wb.findDecorations();
  wb.log(`${decorations.length} decoration element(s) in the visible part of ${article}`);
  await wb.shot('cursor-in-body');
}
