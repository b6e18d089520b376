// The site's pages as the browser tests see them, in one place: a new page joins every check
// (accessibility, phones, overflow) by being added to a list here. With them, what it takes to
// look at a page as someone: a browser context signed in as a demo user, a page that has
// hydrated, and a few DOM helpers the tests run in the page.
import assert from 'node:assert/strict';

export const DEMO_PASSWORD = 'grindstone-demo';
// The demo users (src/seed.rs): Grace is a user, Ada the administrator (`seed --demo-admin`).
export const GRACE = 'grace@demo.grindstone.dev';
export const ADA = 'ada@demo.grindstone.dev';

// The address that matches no route: the 404 page.
export const NOT_FOUND_PAGE = '/no-such-page';

// Pages anyone can read signed out.
export const PUBLIC_PAGES = [
  '/',
  '/problems',
  '/problems/balanced-brackets',
  '/interviews',
  '/forum',
  '/collab',
  '/news',
  '/leaderboard',
  '/u/1',
  '/login',
  '/signup',
  '/forgot-password',
  '/reset-password?token=e2e-not-a-token',
  '/verify-email?token=e2e-not-a-token',
  NOT_FOUND_PAGE,
];

// Pages that need a signed-in user (Grace), and pages that look different once signed in.
export const ACCOUNT_PAGES = [
  '/settings',
  '/submissions',
  '/problems/balanced-brackets',
  '/interviews/new',
  '/interviews/history',
  // Grace's graded technical interview of the demo content: a scorecard.
  '/interviews/1',
];

// Pages for administrators (Ada).
export const ADMIN_PAGES = [
  '/admin/users',
  '/admin/problems',
  '/admin/problems/new',
  '/admin/problems/balanced-brackets/edit',
  '/admin/interviews',
  '/admin/interviews/new',
];

// Who reads which list: every test that walks the site iterates this.
export const AUDIENCES = [
  { name: 'signed out', email: undefined, pages: PUBLIC_PAGES },
  { name: 'Grace (signed in)', email: GRACE, pages: ACCOUNT_PAGES },
  { name: 'Ada (administrator)', email: ADA, pages: ADMIN_PAGES },
];

// Signs in through the form on /login and waits for the header to show the user. `touch` taps
// the button instead of clicking it, as on a phone.
export async function signIn(page, baseUrl, email, { password = DEMO_PASSWORD, touch = false } = {}) {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' });
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  const button = page.locator('button[type="submit"]:has-text("Sign in")');
  await (touch ? button.tap() : button.click());
  // On a phone the account link is folded into the menu: present, not visible.
  await page.waitForSelector('header a.user-link', { state: 'attached' });
}

// Installed in every page of a session: describes elements for failure messages.
function installDomHelpers() {
  globalThis.__e2e = {
    describe(element) {
      if (!element || element === document.body) return 'body';
      let text = element.tagName.toLowerCase();
      if (element.id) text += `#${element.id}`;
      for (const name of [...element.classList].slice(0, 3)) text += `.${name}`;
      for (const attribute of ['name', 'type', 'role', 'href', 'aria-label']) {
        const value = element.getAttribute(attribute);
        if (value && !(attribute === 'type' && element.tagName !== 'INPUT')) {
          text += `[${attribute}="${value.slice(0, 40)}"]`;
        }
      }
      const label = (element.innerText ?? element.textContent ?? '').trim().replace(/\s+/g, ' ');
      if (label) text += ` "${label.slice(0, 30)}${label.length > 30 ? '…' : ''}"`;
      const parent = element.parentElement?.closest('[id], [class]');
      if (parent && parent !== document.body) {
        const where = parent.id ? `#${parent.id}` : `.${[...parent.classList].join('.')}`;
        text += ` in ${parent.tagName.toLowerCase()}${where}`;
      }
      return text;
    },
    // Drawn: rendered, not hidden by CSS, not inside a closed <details>, with a box.
    visible(element) {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, contentVisibilityAuto: true })
      );
    },
  };
}

// A browser context (and a page in it) for one person: signed in as `email` when given, with
// the theme `theme` ('light' | 'dark') kept as the site keeps it, when given. The rest of the
// options go to `browser.newContext` (viewport, isMobile, hasTouch...).
export async function openSession(browser, baseUrl, { email, theme, touch = false, ...options } = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  await context.addInitScript(installDomHelpers);
  if (theme) {
    await context.addInitScript((chosen) => {
      try {
        localStorage.setItem('grindstone-theme', chosen);
      } catch {
        // No storage: the head script falls back to the system's theme, which the test notices.
      }
    }, theme);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (email) await signIn(page, baseUrl, email, { touch });
  return { context, page, close: () => context.close() };
}

// Waits until the WASM client has hydrated the page: the theme toggle only works then. It is
// pressed twice from the DOM (not by the mouse: it may be folded away on a phone, and the
// keyboard tests touch nothing), so the theme ends as it was.
export async function waitForHydration(page, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const hydrated = await page.evaluate(() => {
      const root = document.documentElement;
      const toggle = document.querySelector('button.theme-toggle');
      if (!toggle) return false;
      const before = root.getAttribute('data-theme');
      toggle.click();
      if (root.getAttribute('data-theme') === before) return false;
      toggle.click();
      return root.getAttribute('data-theme') === before;
    });
    if (hydrated) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`${page.url()} did not hydrate within ${timeout} ms: the theme toggle never worked`);
}

// Opens `path` and waits for it to load and hydrate. Returns what went wrong with getting there
// (a status other than the expected one, a redirect elsewhere, e.g. to /login), or undefined.
export async function visit(page, baseUrl, path) {
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await waitForHydration(page);
  const expected = path === NOT_FOUND_PAGE ? 404 : 200;
  const wanted = new URL(path, baseUrl).pathname;
  const landed = new URL(page.url()).pathname;
  if (landed !== wanted) return `${path}: ended on ${landed} instead`;
  if (response?.status() !== expected) return `${path}: HTTP ${response?.status()}, expected ${expected}`;
  return undefined;
}

// Fails with every problem found, one a line, or passes when there are none: the tests collect
// problems over all pages and report them at once.
export function assertNoProblems(problems, what) {
  assert.equal(problems.length, 0, `${problems.length} ${what}:\n${problems.join('\n')}`);
}
