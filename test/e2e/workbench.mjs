// Helpers that drive the real VS Code workbench (code-server) through playwright-core. Each takes the playwright
// `page` first; run.mjs also hands every scenario a `wb` object with these bound to its page.
// Selectors follow /work/shared/vscode-offline.md ("Driving the UI").
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;

/** Waits until the workbench is in the DOM and the editor area and status bar are laid out. */
export async function waitForWorkbench(page, { timeout = 60_000 } = {}) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
  // The explorer of the opened folder shows its files once the remote file system is connected.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: Math.min(timeout, 20_000) });
}

async function openQuickInput(page, key) {
  const box = page.locator(QUICK_INPUT_BOX);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press(key);
    try { await box.waitFor({ state: 'visible', timeout: 3000 }); return box; } catch { /* focus lost: retry */ }
    await page.locator('.monaco-workbench .part.editor').click({ position: { x: 5, y: 5 } }).catch(() => {});
  }
  throw new Error(`quick input did not open with ${key}`);
}

/** Rows of the open quick input with their exact labels. */
async function quickInputRows(page) {
  return page.$$eval(`${QUICK_INPUT} .monaco-list-row`, (rows) => rows.map((r, i) => ({
    i, focused: r.classList.contains('focused'),
    label: (r.querySelector('.label-name')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
  })));
}

/** Picks the quick-input row whose label equals `label` exactly (waiting for the list to fill). */
async function acceptRow(page, label, { timeout = 15_000, describe = label } = {}) {
  const end = Date.now() + timeout;
  let rows = [];
  while (Date.now() < end) {
    rows = await quickInputRows(page);
    const focused = rows.find((r) => r.focused);
    if (focused && focused.label === label) { await page.keyboard.press('Enter'); return; }
    const exact = rows.find((r) => r.label === label);
    if (exact && !focused) {
      await page.locator(`${QUICK_INPUT} .monaco-list-row`).nth(exact.i).click();
      return;
    }
    if (exact) {
      // Move the focus onto the exact match with the arrow keys (clicking can race with list updates).
      const steps = exact.i - focused.i;
      for (let k = 0; k < Math.abs(steps); k++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
      continue;
    }
    await page.waitForTimeout(100);
  }
  await page.keyboard.press('Escape');
  throw new Error(`no quick-input row labelled exactly "${describe}"; rows: ${rows.map((r) => r.label).join(' | ') || '(none)'}`);
}

/** Runs a command from the palette by its exact title as shown there, e.g. "Claim Lens: Toggle Decorations". */
export async function runCommand(page, title, opts = {}) {
  const box = await openQuickInput(page, 'F1');
  await box.fill(`>${title}`);
  await acceptRow(page, title, opts);
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
}

/** Titles the palette lists for `query` (e.g. "Claim Lens:"), leaving the palette open when keepOpen. */
export async function paletteTitles(page, query, { keepOpen = false, settleMs = 500 } = {}) {
  const box = await openQuickInput(page, 'F1');
  await box.fill(`>${query}`);
  await page.waitForTimeout(settleMs);
  const labels = (await quickInputRows(page)).map((r) => r.label);
  if (!keepOpen) await page.keyboard.press('Escape');
  return labels;
}

/** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor to be active. */
export async function openFile(page, fileName, { timeout = 20_000 } = {}) {
  const base = path.posix.basename(fileName);
  const box = await openQuickInput(page, 'Control+P');
  await box.fill(fileName);
  await acceptRow(page, base, { timeout });
  await page.waitForFunction((name) => {
    const tab = document.querySelector('.editor-group-container.active .tab.active');
    return !!tab && (tab.getAttribute('aria-label') ?? tab.textContent ?? '').includes(name);
  }, base, { timeout });
  await page.waitForSelector('.editor-group-container.active .monaco-editor .view-lines .view-line', { timeout });
}

/** Moves the cursor with "Go to Line/Column" (1-based line and column). */
export async function goToLine(page, line, column = 1) {
  const box = await openQuickInput(page, 'Control+G');
  await box.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
}

/** Text of the status-bar language indicator of the active editor ("Plain Text", "Article", ...). */
export async function languageMode(page) {
  const el = page.locator('.statusbar-item[id="status.editor.mode"]');
  return (await el.textContent({ timeout: 5000 }).catch(() => ''))?.trim() ?? '';
}

/** Texts (and ids) of the visible status-bar items. */
export async function statusBarItems(page) {
  return page.$$eval('.part.statusbar .statusbar-item', (els) => els.map((e) => ({ id: e.id, text: (e.textContent ?? '').trim() })));
}

/**
 * Text-editor decorations in the active editor (or every editor with scope: 'all'):
 *   kind 'range'  : background/border box (div.cdr in .view-overlays); text = the text under it (approximate:
 *                   read from the caret positions at the box's ends, so it may miss the last character)
 *   kind 'inline' : styled text span in .view-lines (text = the decorated text)
 *   kind 'after' / 'before' : attachment spans whose ::after/::before content is `text`
 * Each has className, text, box {x,y,width,height} (page pixels) and lineText (the view line's text).
 * `match` (string or RegExp) filters by className or text.
 */
export async function findDecorations(page, { match, scope = 'active' } = {}) {
  const list = await page.evaluate((scopeArg) => {
    const root = scopeArg === 'all' ? document : (document.querySelector('.editor-group-container.active') ?? document);
    const out = [];
    const unquote = (c) => (c && c !== 'none' && c !== 'normal' ? c.replace(/^"|"$/g, '').replace(/\\"/g, '"') : '');
    for (const el of root.querySelectorAll('.monaco-editor [class*="TextEditorDecorationType"]')) {
      const r = el.getBoundingClientRect();
      const box = { x: r.x, y: r.y, width: r.width, height: r.height };
      const cls = el.getAttribute('class') ?? '';
      const line = el.closest('.view-line');
      const lineText = line ? (line.textContent ?? '').replace(/\u00a0/g, ' ') : '';
      if (el.closest('.view-overlays')) {
        // A background/border box: recover the text under it from the caret positions at its two ends.
        let text = '';
        let rangeLine = '';
        try {
          const y = r.y + r.height / 2;
          const a = document.caretRangeFromPoint(r.x + 1, y);
          const b = document.caretRangeFromPoint(r.x + r.width - 1, y);
          if (a && b) {
            const rg = document.createRange();
            rg.setStart(a.startContainer, a.startOffset);
            rg.setEnd(b.startContainer, b.startOffset);
            text = rg.toString().replace(/\u00a0/g, ' ');
            const vl = a.startContainer.parentElement?.closest('.view-line');
            rangeLine = vl ? (vl.textContent ?? '').replace(/\u00a0/g, ' ') : '';
          }
        } catch { /* outside the viewport */ }
        out.push({ kind: 'range', className: cls, text, box, lineText: rangeLine });
        continue;
      }
      const after = unquote(getComputedStyle(el, '::after').content);
      const before = unquote(getComputedStyle(el, '::before').content);
      if (after) out.push({ kind: 'after', className: cls, text: after, box, lineText });
      else if (before) out.push({ kind: 'before', className: cls, text: before, box, lineText });
      else out.push({ kind: 'inline', className: cls, text: (el.textContent ?? '').replace(/\u00a0/g, ' '), box, lineText });
    }
    return out;
  }, scope);
  if (!match) return list;
  const test = typeof match === 'string' ? (s) => s.includes(match) : (s) => match.test(s);
  return list.filter((d) => test(d.className) || test(d.text));
}

/**
 * Hovers a decoration (an item of findDecorations, or a box) with the mouse and returns the hover widget's text.
 * Falls back to the "Show or Focus Hover" command at the decoration's position when the mouse hover shows nothing.
 */
export async function hoverDecoration(page, deco, { timeout = 5000 } = {}) {
  const box = deco.box ?? deco;
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await page.mouse.move(5, 5);
  await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2, { steps: 4 });
  try {
    await hover.waitFor({ state: 'visible', timeout });
  } catch {
    await page.mouse.click(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2);
    await showHoverAtCursor(page, { timeout });
  }
  return (await hover.innerText()).trim();
}

/** Runs "Show or Focus Hover" at the cursor (retried once: right after a mouse hover it sometimes shows nothing). */
export async function showHoverAtCursor(page, { timeout = 5000 } = {}) {
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  for (let attempt = 0; attempt < 2; attempt++) {
    await runCommand(page, 'Show or Focus Hover');
    try { await hover.waitFor({ state: 'visible', timeout }); return (await hover.innerText()).trim(); } catch { /* retry */ }
  }
  throw new Error('no hover widget appeared');
}

export async function dismissHover(page) {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
}

/** Clicks an activity-bar entry (view container) by the start of its title. */
export async function openViewContainer(page, title) {
  const entry = page.locator(`.activitybar .action-item a[aria-label^="${title}"], .activitybar .action-item[aria-label^="${title}"]`).first();
  await entry.click();
}

/**
 * The content frame of a webview (view or panel). `index` picks among several ready webviews.
 * Usage: const f = webviewFrame(page); await f.locator('h1').textContent();
 */
export function webviewFrame(page, index = 0) {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
}

/** Texts of the visible notification toasts. */
export async function notifications(page) {
  return page.$$eval('.notification-toast', (els) => els.map((e) => (e.textContent ?? '').trim()));
}

export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
}

/** Saves a PNG (animations disabled) and returns its path. */
export async function screenshot(page, file) {
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
