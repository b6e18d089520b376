// Signing up and in through the real forms, in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/browser.mjs';
import { useServerAndBrowser } from '../support/harness.mjs';

const context = useServerAndBrowser();

test('a newcomer signs up, signs in, signs out and signs in again through the forms', async () => {
  const { page, errors } = await openPage(context.browser);
  await page.goto(`${context.server.url}/signup`, { waitUntil: 'networkidle' });
  await page.fill('input[name="name"]', 'Edsger');
  await page.fill('input[name="email"]', 'edsger@example.com');
  await page.fill('input[name="password"]', 'goto considered harmful');
  await page.click('button[type="submit"]:has-text("Create account")');
  await page.waitForSelector('p.success:has-text("Your account is ready.")');
  assert.equal(new URL(page.url()).pathname, '/login');

  // A wrong password is refused with a message, and nothing else changes.
  await page.fill('input[name="email"]', 'edsger@example.com');
  await page.fill('input[name="password"]', 'not my password');
  await page.click('button[type="submit"]:has-text("Sign in")');
  await page.waitForSelector('p.error:has-text("The email or the password is not right.")');

  await page.fill('input[name="password"]', 'goto considered harmful');
  await page.click('button[type="submit"]:has-text("Sign in")');
  await page.waitForSelector('header a.user-link:has-text("Edsger")');

  await page.click('header button.link-button:has-text("Sign out")');
  await page.waitForSelector('header a:has-text("Sign in")');
  await page.goto(`${context.server.url}/login`, { waitUntil: 'networkidle' });
  await page.fill('input[name="email"]', 'edsger@example.com');
  await page.fill('input[name="password"]', 'goto considered harmful');
  await page.click('button[type="submit"]:has-text("Sign in")');
  await page.waitForSelector('header a.user-link:has-text("Edsger")');

  await page.goto(`${context.server.url}/settings`, { waitUntil: 'networkidle' });
  assert.equal(await page.textContent('main h1'), 'Settings');

  // The refused sign-in answers 401, which the browser logs as a failed resource.
  assert.deepEqual(errors.filter((e) => !e.includes('401')), []);
  await page.close();
});

test('a protected page sends an anonymous visitor to sign in and back', async () => {
  const { page } = await openPage(context.browser);
  await page.goto(`${context.server.url}/settings`, { waitUntil: 'networkidle' });
  assert.equal(new URL(page.url()).pathname, '/login');
  await page.fill('input[name="email"]', 'ada@demo.grindstone.dev');
  await page.fill('input[name="password"]', 'grindstone-demo');
  await page.click('button[type="submit"]:has-text("Sign in")');
  await page.waitForURL(`${context.server.url}/settings`);
  await page.waitForSelector('header a:has-text("Admin")');
  await page.close();
});

test('the forms and the lists work with JavaScript turned off', async () => {
  const browserContext = await context.browser.newContext({ javaScriptEnabled: false });
  const page = await browserContext.newPage();
  await page.goto(`${context.server.url}/login`);
  await page.fill('input[name="email"]', 'grace@demo.grindstone.dev');
  await page.fill('input[name="password"]', 'a wrong password');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]:has-text("Sign in")')]);
  assert.equal(new URL(page.url()).pathname, '/login');
  assert.match(await page.textContent('p.error'), /The email or the password is not right/);

  await page.fill('input[name="email"]', 'grace@demo.grindstone.dev');
  await page.fill('input[name="password"]', 'grindstone-demo');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]:has-text("Sign in")')]);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.textContent('header a.user-link'), 'Grace Hopper');

  // Lists loaded on the server are in place too, not waiting for a script to move them.
  await page.goto(`${context.server.url}/forum`);
  assert.equal(await page.isVisible('text=How I stopped freezing on dynamic programming'), true);
  await browserContext.close();
});
