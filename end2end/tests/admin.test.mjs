// An administrator adds a problem in the browser: the statement through the form (with its
// preview), the tests as uploaded files; then the problem is solved on its page, and it makes
// the round trip download → delete → import as a package .zip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/browser.mjs';
import { useServerAndBrowser } from '../support/harness.mjs';
import { ADA, signIn } from '../support/pages.mjs';

const context = useServerAndBrowser();

const SOLUTION = 'import sys; line = sys.stdin.readline().strip(); print(line + line)';

function file(name, text) {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
}

test('an administrator adds a problem with tests, and it is judged and moves as a package', async () => {
  const { page, errors } = await openPage(context.browser);
  await signIn(page, context.server.url, ADA);
  await page.waitForSelector('header a:has-text("Admin")');

  await page.goto(`${context.server.url}/admin/problems`, { waitUntil: 'networkidle' });
  await page.click('a:has-text("New problem")');
  await page.waitForURL(/\/admin\/problems\/new$/);
  await page.fill('input[name="title"]', 'Say It Twice');
  await page.fill('input[name="slug"]', 'say-it-twice');
  await page.selectOption('select[name="difficulty"]', 'Easy');
  await page.fill('input[name="tags"]', 'strings');
  await page.fill('textarea[name="description"]', 'An echo repeats **every** word.');
  await page.fill('textarea[name="input"]', 'One line of lower-case letters.');
  await page.fill('textarea[name="output"]', 'The line written twice, without a space.');
  await page.fill('textarea[name="constraints"]', '- 1 ≤ length ≤ 100');
  // The preview is rendered by the server as the statement is typed.
  await page.waitForSelector('.preview strong:has-text("every")');
  await page.click('button[type="submit"]:has-text("Save")');
  await page.waitForURL(/\/admin\/problems\/say-it-twice\/edit/);

  await page.setInputFiles('input[name="files"]', [
    file('01.in', 'ab\n'),
    file('01.out', 'abab\n'),
    file('02.in', 'x\n'),
    file('02.out', 'xx\n'),
    file('03.in', 'hello\n'),
    file('03.out', 'hellohello\n'),
  ]);
  await page.fill('input[name="samples"]', '01');
  await page.click('button[type="submit"]:has-text("Upload tests")');
  await page.waitForSelector('p.success');

  // The new problem is on the site and judged against the uploaded tests.
  await page.goto(`${context.server.url}/problems/say-it-twice`, { waitUntil: 'networkidle' });
  assert.match(await page.textContent('.statement-pane'), /An echo repeats every word/);
  assert.match(await page.textContent('.statement-pane'), /abab/);
  await page.waitForSelector('.editor[data-editor="monaco"] .monaco-editor', { timeout: 30_000 });
  await page.selectOption('select[name="language"]', 'python');
  await page.click('.editor[data-editor="monaco"] .view-lines');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(SOLUTION);
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  const result = await page.waitForSelector('.result[data-verdict]', { timeout: 60_000 });
  assert.equal(await result.getAttribute('data-verdict'), 'AC');
  assert.match(await page.textContent('.result'), /3 \/ 3 tests passed/);

  // Download it as a package, delete it, and bring it back by importing the package.
  const download = await page.request.get(
    `${context.server.url}/admin/problems/say-it-twice/package.zip`,
  );
  assert.equal(download.status(), 200);
  const zip = await download.body();
  await page.goto(`${context.server.url}/admin/problems/say-it-twice/edit`, { waitUntil: 'networkidle' });
  await page.check('input[name="confirm"]');
  await page.click('button:has-text("Delete problem")');
  await page.waitForURL(/\/admin\/problems(\?|$)/);
  const gone = await page.request.get(`${context.server.url}/problems/say-it-twice`);
  assert.equal(gone.status(), 404);

  await page.setInputFiles('input[name="package"]', {
    name: 'say-it-twice.zip',
    mimeType: 'application/zip',
    buffer: zip,
  });
  await page.click('button[type="submit"]:has-text("Import")');
  await page.waitForSelector('p.success');
  await page.waitForSelector('table.admin-problems code:has-text("say-it-twice")');
  const back = await page.request.get(`${context.server.url}/problems/say-it-twice`);
  assert.equal(back.status(), 200);
  assert.match(await back.text(), /An echo repeats/);

  assert.deepEqual(errors, []);
  await page.close();
});
