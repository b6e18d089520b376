// The site with a keyboard alone, on a desktop screen: a skip link comes first, every Tab stop
// is visible and shows where focus is, the whole practice loop (sign in, find a problem, write
// code in Monaco, run, leave the editor, submit) needs no mouse, and "?" lists the shortcuts.
// After the first page is opened nothing is clicked, filled or focused by the test: it only
// presses keys (the hydration probe presses the theme toggle from the DOM, and back).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../support/harness.mjs';
import { DEMO_PASSWORD, GRACE, assertNoProblems, openSession, visit } from '../support/pages.mjs';
import { REVERSE_WORDS, verdictAfter } from '../support/judge.mjs';

const context = useServerAndBrowser();

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const MAX_STOPS = 80;

function openDesktop(options = {}) {
  return openSession(context.browser, context.server.url, { ...DESKTOP, ...options });
}

// The focused element, as the checks need it, and whether it is focused for the first time on
// this page, so a walk knows when it has come round.
function focusState() {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return { body: true };
  globalThis.__e2eSeen ??= new WeakSet();
  const first = !globalThis.__e2eSeen.has(element);
  globalThis.__e2eSeen.add(element);
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  const editor = element.closest('.editor');
  return {
    body: false,
    first,
    description: globalThis.__e2e.describe(element),
    inMonaco: Boolean(element.closest('.monaco-editor')),
    inEditor: Boolean(editor),
    afterEditor: Boolean(
      document.querySelector('.editor')?.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    ) && !editor,
    visible:
      globalThis.__e2e.visible(element) &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth,
    indicator: outline || shadow,
    style: `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`,
  };
}

const focused = (page) => page.evaluate(focusState);

// Whether the focused element matches `selector` (and has exactly the text `text`, if given).
function focusMatches({ selector, text }) {
  const element = document.activeElement;
  if (!element?.matches(selector)) return false;
  return text === undefined || element.textContent.trim() === text;
}

// Presses Tab until the focused element matches; fails with the stops passed on the way. Never
// presses Tab inside Monaco, where it would type: reaching Monaco when looking for something else
// fails.
async function tabTo(page, selector, text) {
  const passed = [];
  for (let stop = 0; stop < MAX_STOPS; stop += 1) {
    if (await page.evaluate(focusMatches, { selector, text })) return;
    const state = await focused(page);
    if (state.inMonaco) break;
    passed.push(state.body ? 'body' : state.description);
    await page.keyboard.press('Tab');
  }
  const wanted = text === undefined ? selector : `${selector} "${text}"`;
  throw new assert.AssertionError({
    message: `Tab never reached ${wanted}; it went through:\n${passed.map((p) => `  - ${p}`).join('\n')}`,
  });
}

// Walks Tab from the top of the page until focus comes round, and returns what is wrong with
// the stops: invisible, or with no visible focus indicator. In Monaco, Escape moves on.
async function walkTabStops(page, where) {
  const problems = [];
  let stops = 0;
  for (let press = 0; press < MAX_STOPS; press += 1) {
    await page.keyboard.press('Tab');
    let state = await focused(page);
    if (state.body || !state.first) break;
    stops += 1;
    if (state.inMonaco) {
      await page.keyboard.press('Escape');
      state = await focused(page);
      if (state.inMonaco) {
        problems.push(`  ${where}: Escape does not leave the code editor, so Tab is trapped in it`);
        break;
      }
      if (state.body || !state.first) break;
    }
    if (!state.visible) problems.push(`  ${where}: stop ${stops}, ${state.description}, is not visible when focused`);
    else if (!state.indicator) {
      problems.push(`  ${where}: stop ${stops}, ${state.description}, shows no focus indicator (${state.style})`);
    }
  }
  if (stops < 5) problems.push(`  ${where}: only ${stops} Tab stops were found`);
  return problems;
}

test('the first Tab on a page reaches a visible skip link that moves focus to the content', async () => {
  const session = await openDesktop();
  const { page } = session;
  try {
    assert.equal(await visit(page, context.server.url, '/problems'), undefined);
    await page.keyboard.press('Tab');
    const state = await focused(page);
    assert.ok(
      await page.evaluate(() => document.activeElement?.matches('a.skip-link')),
      `the first Tab focused ${state.description ?? 'nothing'}, not a.skip-link`,
    );
    assert.ok(state.visible, 'the skip link is not visible when focused');
    assert.ok(state.indicator, `the skip link shows no focus indicator (${state.style})`);
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => globalThis.__e2e.describe(document.activeElement));
    assert.ok(
      await page.evaluate(() => document.activeElement?.matches('main#content')),
      `Enter on the skip link focused ${target}, not main#content`,
    );
    await page.keyboard.press('Tab');
    assert.ok(
      await page.evaluate(() => Boolean(document.activeElement?.closest('main'))),
      'the Tab after the skip link left the main content',
    );
  } finally {
    await session.close();
  }
});

test('every Tab stop on the problem list and a problem is visible and shows focus', async () => {
  const session = await openDesktop({ email: GRACE });
  const { page } = session;
  const problems = [];
  try {
    for (const path of ['/problems', `/problems/${REVERSE_WORDS.slug}`]) {
      const wrong = await visit(page, context.server.url, path);
      if (wrong) {
        problems.push(`  ${wrong}`);
        continue;
      }
      if (path !== '/problems') {
        await page.waitForSelector('.editor[data-editor="monaco"] .monaco-editor', { timeout: 30_000 });
      }
      problems.push(...(await walkTabStops(page, path)));
    }
  } finally {
    await session.close();
  }
  assertNoProblems(problems, 'problems with Tab stops');
});

test('the practice loop works with the keyboard alone', async () => {
  const session = await openDesktop();
  const { page } = session;
  const { keyboard } = page;
  try {
    // Sign in.
    assert.equal(await visit(page, context.server.url, '/login'), undefined);
    await tabTo(page, 'input[name="email"]');
    await keyboard.type(GRACE);
    await tabTo(page, 'input[name="password"]');
    await keyboard.type(DEMO_PASSWORD);
    await keyboard.press('Enter');
    await page.waitForSelector('header a.user-link');

    // To the problems by the header's link, then search.
    await tabTo(page, 'nav.site-nav a[href="/problems"]');
    await keyboard.press('Enter');
    await page.waitForURL(/\/problems$/);
    await tabTo(page, 'input[name="q"]');
    await keyboard.type('word order');
    await keyboard.press('Enter');
    await page.waitForURL(/q=word/);
    const link = `table.problems a[href="/problems/${REVERSE_WORDS.slug}"]`;
    await page.waitForSelector(link);
    await tabTo(page, link);
    await keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/problems/${REVERSE_WORDS.slug}$`));
    await page.waitForSelector('.editor[data-editor="monaco"] .monaco-editor', { timeout: 30_000 });

    // Python, picked by typing its name on the closed list.
    await tabTo(page, 'select[name="language"]');
    await keyboard.type('Python');
    assert.equal(await page.evaluate(() => document.querySelector('select[name="language"]').value), 'python');

    // Into the editor, replace the code, run.
    await tabTo(page, '.editor textarea');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type(REVERSE_WORDS.right);
    const typed = await page.evaluate(() => globalThis.monaco.editor.getEditors()[0].getValue());
    assert.equal(typed, REVERSE_WORDS.right);
    assert.equal(await verdictAfter(page, () => keyboard.press('ControlOrMeta+Enter')), 'AC');

    // Escape leaves the editor for the next control after it (a first Escape closes Monaco's
    // suggestions, if typing opened them, as it would for anyone).
    if (await page.isVisible('.monaco-editor .suggest-widget.visible')) await keyboard.press('Escape');
    await keyboard.press('Escape');
    const left = await focused(page);
    assert.ok(!left.body && !left.inEditor, `after Escape focus is on ${left.description ?? 'the page'}, not past the editor`);
    assert.ok(left.afterEditor, `Escape moved focus to ${left.description}, which is not after the editor`);

    // Submit.
    await tabTo(page, 'button', 'Submit');
    assert.equal(await verdictAfter(page, () => keyboard.press('Enter')), 'AC');
    assert.match(await page.textContent('.result .verdict'), /Accepted/);
  } finally {
    await session.close();
  }
});

test('"?" opens the list of keyboard shortcuts outside text fields, and Escape closes it', async () => {
  const session = await openDesktop();
  const { page } = session;
  const dialogOpen = () => page.evaluate(() => Boolean(document.querySelector('dialog#shortcuts')?.open));
  try {
    assert.equal(await visit(page, context.server.url, '/problems'), undefined);

    // In a text field, "?" is just typed.
    await tabTo(page, 'input[name="q"]');
    await page.keyboard.press('Shift+Slash');
    assert.equal(await dialogOpen(), false, '"?" typed in the search box opened the shortcuts');
    assert.equal(await page.inputValue('input[name="q"]'), '?');

    // Elsewhere it opens the list, with focus in it.
    await tabTo(page, 'form.problem-filters button[type="submit"]');
    const before = await page.evaluateHandle(() => document.activeElement);
    await page.keyboard.press('Shift+Slash');
    await page.waitForSelector('dialog#shortcuts[open]', { timeout: 5_000 }).catch(() => {
      throw new assert.AssertionError({ message: '"?" did not open dialog#shortcuts' });
    });
    const text = await page.textContent('dialog#shortcuts');
    assert.match(text, /Ctrl\s*\+\s*Enter/i, 'the shortcuts do not mention Ctrl+Enter (run)');
    assert.match(text, /Ctrl\s*\+\s*Shift\s*\+\s*Enter/i, 'the shortcuts do not mention Ctrl+Shift+Enter (submit)');
    assert.match(text, /Esc/i, 'the shortcuts do not mention Escape (leave the editor)');
    assert.ok(
      await page.evaluate(() => Boolean(document.activeElement?.closest('dialog#shortcuts'))),
      'focus did not move into the shortcuts dialog',
    );

    // Escape closes it and puts focus back.
    await page.keyboard.press('Escape');
    assert.equal(await dialogOpen(), false, 'Escape did not close the shortcuts');
    const now = await page.evaluate(() => globalThis.__e2e.describe(document.activeElement));
    assert.ok(
      await page.evaluate((element) => document.activeElement === element, before),
      `focus went to ${now} instead of back to the Apply button`,
    );
  } finally {
    await session.close();
  }
});
