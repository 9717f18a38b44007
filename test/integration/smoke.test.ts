// Smoke test in the real extension host: the extension is there, the `article` language is registered, and
// opening a sample article activates the extension and gives the document the `article` language.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, documentFor, extensionUnderTest, openArticle, waitFor, workspaceArticles } from './util';

describe('smoke: Claim Lens in the real extension host', () => {
  after(closeAllEditors);

  it('is loaded with the id from package.json', () => {
    const ext = extensionUnderTest();
    assert.strictEqual(ext.id.toLowerCase(), EXTENSION_ID.toLowerCase());
  });

  it('registers the article language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('article'), `article not among ${languages.length} languages`);
  });

  it('the test workspace holds sample articles', async () => {
    const articles = await workspaceArticles();
    assert.ok(articles.length > 0, 'no *.txt / *.article files in the workspace folder');
  });

  it('activates on opening a sample article, which gets the article language', async () => {
    const editor = await openArticle();
    const uri = editor.document.uri;
    const ext = extensionUnderTest();
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate after opening ${uri.path}`, 20_000);
    const doc = await waitFor(() => documentFor(uri)?.languageId === 'article' && documentFor(uri),
      `${uri.path} to get the article language (is: ${documentFor(uri)?.languageId})`, 20_000);
    assert.strictEqual(doc.languageId, 'article');
    assert.ok(doc.getText().length > 200, 'sample article is unexpectedly short');
  });
});
