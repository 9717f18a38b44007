import * as assert from 'node:assert/strict';
import { globToRegExp, matchesAny } from '../../src/core/glob';

describe('globToRegExp', () => {
  const m = (g: string, p: string) => globToRegExp(g).test(p);
  it('matches ** across folders and * within one', () => {
    assert.ok(m('drafts/**', 'drafts/a/b.txt'));
    assert.ok(!m('drafts/**', 'final/a.txt'));
    assert.ok(m('**/drafts/**', 'x/drafts/a.txt'));
    assert.ok(m('*.draft.txt', 'deep/in/a.draft.txt'));
    assert.ok(!m('src/*.txt', 'src/a/b.txt'));
    assert.ok(m('src/*.txt', 'src/b.txt'));
  });
  it('supports ? and {a,b}', () => {
    assert.ok(m('v?.txt', 'v1.txt'));
    assert.ok(!m('v?.txt', 'v12.txt'));
    assert.ok(m('*.{bak,old}', 'x.old'));
    assert.ok(!m('*.{bak,old}', 'x.txt'));
  });
  it('matchesAny normalises backslashes', () => {
    assert.ok(matchesAny('a\\drafts\\b.txt', [globToRegExp('**/drafts/**')]));
  });
});
