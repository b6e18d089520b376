// The app shell in a real browser: hydration, client-side navigation, themes, a clean console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/browser.mjs';
import { useServerAndBrowser } from '../support/harness.mjs';

const context = useServerAndBrowser();

const theme = (page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'));

// Clicks the theme toggle until the theme changes: the button only works once the WASM client
// has hydrated the page, so a click before that does nothing.
async function toggleThemeAfterHydration(page) {
  const initial = await theme(page);
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.click('button.theme-toggle');
    await page.waitForTimeout(250);
    if ((await theme(page)) !== initial) return initial;
  }
  throw new Error('the theme toggle never worked: the page did not hydrate');
}

test('a page loads, hydrates, navigates client-side and logs no errors', async () => {
  const { page, errors } = await openPage(context.browser);
  const response = await page.goto(`${context.server.url}/`, { waitUntil: 'networkidle' });
  assert.equal(response.status(), 200);
  assert.match(await page.textContent('h1'), /Sharpen your interview skills/);

  const initial = await toggleThemeAfterHydration(page);
  const toggled = initial === 'dark' ? 'light' : 'dark';
  assert.equal(await theme(page), toggled);

  // A marker on window survives client-side navigation and is lost by a full page load.
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  await page.click('nav.site-nav a[href="/forum"]');
  await page.waitForURL(`${context.server.url}/forum`);
  await page.waitForSelector('text=How I stopped freezing on dynamic programming');
  assert.equal(await page.textContent('main h1'), 'Forum');

  await page.click('nav.site-nav a[href="/problems"]');
  await page.waitForURL(`${context.server.url}/problems`);
  await page.waitForSelector('text=Balanced Brackets');
  assert.equal(
    await page.getAttribute('nav.site-nav a[href="/problems"]', 'aria-current'),
    'page',
  );
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'navigation reloaded the page');

  // The chosen theme is kept across a full reload, applied before paint.
  await page.reload({ waitUntil: 'networkidle' });
  assert.equal(await theme(page), toggled);

  assert.deepEqual(errors, []);
  await page.close();
});

test('an unknown address shows the 404 page', async () => {
  const { page, errors } = await openPage(context.browser);
  const response = await page.goto(`${context.server.url}/no-such-page`, { waitUntil: 'networkidle' });
  assert.equal(response.status(), 404);
  assert.equal(await page.textContent('main h1'), 'Page not found');
  // The browser reports the 404 document itself as a failed resource; nothing else may fail.
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  await page.close();
});

test('a part of the client that fails to download shows a message and a reload', async () => {
  const { page, errors } = await openPage(context.browser);
  await page.goto(`${context.server.url}/problems`, { waitUntil: 'networkidle' });
  await toggleThemeAfterHydration(page);

  // The problem page's code is a part of its own, fetched on first visit: the network fails it.
  let refused = 0;
  await page.route('**/pkg/*.wasm', (route) => {
    refused += 1;
    return route.abort('internetdisconnected');
  });
  await page.click('a[href="/problems/balanced-brackets"]');
  await page.waitForSelector('#client-failure[role="alert"]');
  assert.ok(refused > 0, 'the problem page fetched no part of the client');
  assert.match(await page.textContent('#client-failure'), /failed to load/);

  // Once the network is back, the button loads the page afresh and it works.
  await page.unroute('**/pkg/*.wasm');
  await Promise.all([page.waitForEvent('load'), page.click('#client-failure button')]);
  await page.waitForSelector('text=Balanced Brackets');
  assert.equal(await page.$('#client-failure'), null);
  assert.ok(errors.length > 0, 'the failed download was not reported on the console');
  await page.close();
});
