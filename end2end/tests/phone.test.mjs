// The site on a phone (a touch screen 390 px wide, Chromium's mobile emulation): no page scrolls
// sideways from 360 to 768 px, the practice loop works by touch alone (menu, search, the
// problem's panes, the plain-text editor, run and submit), and what is tapped is big enough.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../support/harness.mjs';
import {
  AUDIENCES,
  GRACE,
  assertNoProblems,
  openSession,
  visit,
  waitForHydration,
} from '../support/pages.mjs';
import { BALANCED_BRACKETS, verdictAfter } from '../support/judge.mjs';

const context = useServerAndBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const WIDTHS = [360, 390, 430, 768];
const MIN_TARGET = 44;

function openPhone(options = {}) {
  return openSession(context.browser, context.server.url, { ...PHONE, touch: true, ...options });
}

// What sticks out to the right of the viewport, or null when the page does not scroll sideways.
// Reports the outermost elements past the edge (those whose parent fits), leaving out what a
// scrolling or clipping box of its own contains.
function horizontalOverflow(width) {
  const limit = Math.min(window.innerWidth, width);
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= limit) return null;
  const past = (element) => element.getBoundingClientRect().right > limit + 0.5;
  const clipped = (element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== 'visible' && !past(box)) return true;
    }
    return false;
  };
  const offenders = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || !past(element)) continue;
    const parent = element.parentElement;
    if (parent && parent !== document.body && past(parent)) continue;
    if (clipped(element)) continue;
    offenders.push(`${globalThis.__e2e.describe(element)} (right edge at ${Math.round(box.right)} px)`);
  }
  return { scrollWidth, limit, offenders };
}

// Visible controls in the header, main and footer smaller than `min` px either way. A checkbox
// or radio button counts as its label; links inside running text are exempt (WCAG's "inline"
// exception), and so is Monaco's inside.
function smallTargets(min) {
  const selector = ':is(header, main, footer) :is(a, button, input, select, summary, [role="tab"])';
  const small = [];
  for (const control of document.querySelectorAll(selector)) {
    if (control.matches('input[type="hidden"]') || control.closest('.monaco-editor')) continue;
    if (control.matches('a') && control.closest('p, .markdown, .prose, .statement')) continue;
    if (control.matches('li a')) {
      const item = control.closest('li');
      if (item.textContent.trim() !== control.textContent.trim()) continue;
    }
    let target = control;
    if (control.matches('input[type="checkbox"], input[type="radio"]')) target = control.closest('label') ?? control;
    if (!globalThis.__e2e.visible(control) && !globalThis.__e2e.visible(target)) continue;
    const box = target.getBoundingClientRect();
    if (box.width < min - 0.5 || box.height < min - 0.5) {
      small.push(`${globalThis.__e2e.describe(control)}: ${Math.round(box.width)}×${Math.round(box.height)} px`);
    }
  }
  return small;
}

async function isVisible(page, selector) {
  return page.locator(selector).first().isVisible();
}

for (const width of WIDTHS) {
  test(`no page scrolls sideways at ${width} px`, async () => {
    const problems = [];
    for (const audience of AUDIENCES) {
      const session = await openPhone({ email: audience.email, viewport: { width, height: 844 } });
      try {
        for (const path of audience.pages) {
          const where = `${path} (${audience.name}, ${width} px)`;
          const wrong = await visit(session.page, context.server.url, path);
          if (wrong) {
            problems.push(`  ${where}: not checked, ${wrong}`);
            continue;
          }
          const overflow = await session.page.evaluate(horizontalOverflow, width);
          if (overflow) {
            const offenders = overflow.offenders.slice(0, 8).map((o) => `      - ${o}`);
            if (overflow.offenders.length > 8) offenders.push(`      … and ${overflow.offenders.length - 8} more`);
            problems.push(
              [`  ${where}: ${overflow.scrollWidth} px wide in a ${overflow.limit} px viewport`, ...offenders].join('\n'),
            );
          }
        }
      } finally {
        await session.close();
      }
    }
    assertNoProblems(problems, `pages wider than the screen`);
  });
}

test('by touch alone a phone user opens the menu, finds a problem, writes code and gets it accepted', async () => {
  const session = await openPhone({ email: GRACE });
  const { page } = session;
  try {
    await waitForHydration(page);

    // The header's links are folded into a menu.
    assert.ok(await isVisible(page, 'details.site-menu > summary'), 'no "Menu" button in the header at 390 px');
    assert.match(await page.textContent('details.site-menu > summary'), /Menu/);
    assert.equal(
      await isVisible(page, 'nav.site-nav a[href="/problems"]'),
      false,
      'the navigation links show before the menu is opened',
    );
    await page.tap('details.site-menu > summary');
    assert.ok(await isVisible(page, 'nav.site-nav a[href="/problems"]'), 'the menu opened without its links');
    await page.tap('nav.site-nav a[href="/problems"]');
    await page.waitForURL(/\/problems$/);

    // Search, then open the problem.
    await page.tap('input[name="q"]');
    await page.locator('input[name="q"]').pressSequentially('brackets');
    await page.tap('form.problem-filters button[type="submit"]');
    await page.waitForURL(/q=brackets/);
    const link = page.locator(`table.problems a[href="/problems/${BALANCED_BRACKETS.slug}"]`);
    await link.waitFor();
    await link.tap();
    await page.waitForURL(new RegExp(`/problems/${BALANCED_BRACKETS.slug}$`));
    // The problem page's code is a part of the client fetched on first visit: wait for the page.
    await page.waitForSelector('.statement-pane');
    await page.waitForLoadState('networkidle');

    // One pane at a time, with a switch between them.
    const tabs = page.locator('.pane-switch [role="tab"]');
    assert.ok(await tabs.first().isVisible(), 'no pane switch (.pane-switch [role=tab]) on the problem page at 390 px');
    assert.deepEqual((await tabs.allTextContents()).map((text) => text.trim()), ['Problem', 'Code']);
    assert.equal(await isVisible(page, '.statement-pane'), true, 'the statement is not shown first');
    assert.equal(await isVisible(page, '.editor-pane'), false, 'the editor shows beside the statement');
    await page.tap('.pane-switch [role="tab"]:has-text("Code")');
    assert.equal(await page.getAttribute('.pane-switch [role="tab"]:has-text("Code")', 'aria-selected'), 'true');
    assert.equal(await isVisible(page, '.editor-pane'), true, 'the Code tab did not show the editor');
    assert.equal(await isVisible(page, '.statement-pane'), false, 'the statement stays beside the editor');

    // On a touch screen the editor is a plain text box, and the page says so.
    const editor = page.locator('.editor[data-editor="plain"] textarea');
    await editor.waitFor({ state: 'visible' });
    assert.ok(await isVisible(page, '.editor-note'), 'no note explains the plain editor');
    assert.equal(await page.locator('.monaco-editor').count(), 0, 'Monaco loaded on a touch screen');

    await page.selectOption('select[name="language"]', 'python');
    await editor.tap();
    await editor.fill(BALANCED_BRACKETS.right);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    const submit = page.getByRole('button', { name: 'Submit', exact: true });
    assert.equal(await verdictAfter(page, () => run.tap()), 'AC');
    assert.equal(await verdictAfter(page, () => submit.tap()), 'AC');
    assert.match(await page.textContent('.result .verdict'), /Accepted/);
  } finally {
    await session.close();
  }
});

test(`what a phone user taps on the problem list and a problem is at least ${MIN_TARGET} px square`, async () => {
  const session = await openPhone({ email: GRACE });
  const { page } = session;
  const problems = [];
  const check = async (where) => {
    for (const small of await page.evaluate(smallTargets, MIN_TARGET)) problems.push(`  ${where}: ${small}`);
  };
  try {
    assert.equal(await visit(page, context.server.url, '/problems'), undefined);
    await check('/problems');
    if (await isVisible(page, 'details.site-menu > summary')) {
      await page.tap('details.site-menu > summary');
      await check('/problems, menu open');
    } else {
      problems.push('  /problems: no "Menu" button in the header, so the menu was not checked');
    }

    const path = `/problems/${BALANCED_BRACKETS.slug}`;
    assert.equal(await visit(page, context.server.url, path), undefined);
    await check(`${path}, Problem pane`);
    const code = page.locator('.pane-switch [role="tab"]:has-text("Code")');
    if (await code.isVisible()) {
      await code.tap();
      await check(`${path}, Code pane`);
    }
  } finally {
    await session.close();
  }
  assertNoProblems(problems, `touch targets smaller than ${MIN_TARGET}×${MIN_TARGET} px`);
});
