// The practice loop in Chromium: find a problem by tag and search, write code in Monaco, run it
// on custom input, submit, watch the status change live, read the verdict. The server judges
// with its own workers in the real sandbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/browser.mjs';
import { useServerAndBrowser } from '../support/harness.mjs';
import { GRACE, signIn } from '../support/pages.mjs';
import { REVERSE_WORDS, typeCode, verdictAfter } from '../support/judge.mjs';

const context = useServerAndBrowser();

const { right: RIGHT, wrong: WRONG } = REVERSE_WORDS;

// Records every status line shown while judging, to prove the status changed live.
async function recordStatusLines(page) {
  await page.evaluate(() => {
    window.__statusLines = [];
    new MutationObserver(() => {
      const line = document.querySelector('.judge-status');
      if (line) window.__statusLines.push(line.textContent.trim());
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

// Presses a shortcut and waits for the new job's verdict.
const verdictAfterKey = (page, shortcut) => verdictAfter(page, () => page.keyboard.press(shortcut));

test('a user finds a problem, runs and submits code from Monaco and sees live verdicts', async () => {
  const { page, errors } = await openPage(context.browser);
  await signIn(page, context.server.url, GRACE);

  // Find it by tag and search; the filters land in the URL.
  await page.goto(`${context.server.url}/problems`, { waitUntil: 'networkidle' });
  await page.click('details.tag-filter summary');
  await page.check('input[name="tag"][value="strings"]');
  await page.fill('input[name="q"]', 'word order');
  await page.click('button:has-text("Apply")');
  await page.waitForURL(/tag=strings/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('q'), 'word order');
  await page.waitForSelector('table.problems a:has-text("Reverse the Word Order")');
  assert.equal(await page.locator('table.problems tbody tr').count(), 1);
  await page.click('table.problems a:has-text("Reverse the Word Order")');
  await page.waitForURL(/\/problems\/reverse-the-word-order$/);

  // Monaco replaces the server-rendered textarea once the client has hydrated.
  await page.waitForSelector('.editor[data-editor="monaco"] .monaco-editor', { timeout: 30_000 });
  await page.selectOption('select[name="language"]', 'python');
  await typeCode(page, WRONG);
  await recordStatusLines(page);

  // Run on the user's own input: checked against the reference solution's output.
  await page.check('input[name="use-custom-input"]');
  await page.fill('textarea[name="custom-input"]', 'one two three\n');
  await page.click('.editor[data-editor="monaco"] .view-lines');
  assert.equal(await verdictAfterKey(page, 'ControlOrMeta+Enter'), 'WA');
  const card = page.locator('.result .test-card');
  assert.match(await card.textContent(), /Your input/);
  assert.match(await card.locator('.comparison').textContent(), /three two one/);
  assert.match(await card.locator('.comparison').textContent(), /one two three/);

  // Submit the wrong code: Wrong Answer on the first example, whose data is shown.
  await page.click('.editor[data-editor="monaco"] .view-lines');
  assert.equal(await verdictAfterKey(page, 'ControlOrMeta+Shift+Enter'), 'WA');
  assert.match(await page.textContent('.result .verdict'), /Wrong Answer/);
  const failing = await page.textContent('.result .test-card');
  assert.match(failing, /Example 1/);
  assert.match(failing, /the quick brown fox/);
  assert.match(failing, /fox brown quick the/);

  // The right code is accepted, with its runtime and where it ranks.
  await typeCode(page, RIGHT);
  assert.equal(await verdictAfterKey(page, 'ControlOrMeta+Shift+Enter'), 'AC');
  assert.match(await page.textContent('.result .verdict'), /Accepted/);
  assert.match(await page.textContent('.result .performance'), /Runtime\s*\d+ ms/);
  const lines = await page.evaluate(() => window.__statusLines);
  assert.ok(
    lines.some((line) => /Queued|Compiling|Running test \d+ of \d+/.test(line)),
    `the status changed live: ${JSON.stringify(lines)}`,
  );

  // The draft survives a reload; the submissions tab lists both submissions.
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForSelector('.editor[data-editor="monaco"] .monaco-editor', { timeout: 30_000 });
  const draft = await page.evaluate(() => globalThis.monaco.editor.getEditors()[0].getValue());
  assert.equal(draft, RIGHT);
  await page.click('button[role="tab"]:has-text("Submissions")');
  await page.waitForSelector('table.submissions');
  assert.equal(await page.locator('table.submissions tbody tr').count(), 2);

  assert.deepEqual(errors, []);
  await page.close();
});

test('an anonymous visitor reads a problem and is asked to sign in to run it', async () => {
  const { page, errors } = await openPage(context.browser);
  await page.goto(`${context.server.url}/problems/reverse-the-word-order`, { waitUntil: 'networkidle' });
  await page.waitForSelector('a:has-text("Sign in to run or submit")');
  assert.match(await page.textContent('.statement-pane'), /Example 1/);
  assert.deepEqual(errors, []);
  await page.close();
});
