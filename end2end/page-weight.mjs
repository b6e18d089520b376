// Page weight: loads each page of a built server in Chromium with an empty cache and prints
// what its first load fetched, by kind (WASM, JS, CSS, fonts), as transferred (the browser's own
// Accept-Encoding, so brotli where served) and as gzip. Fails when the first load of /problems
// carries more WASM + JS than the budget, gzip-compressed. Monaco is counted apart: it loads on
// editor pages only. With THROTTLE=1 it also measures time to interactive of /problems on a slow
// phone (Chromium's "Fast 3G" network and 4x CPU slowdown).
//
// Run by scripts/page-weight.sh, which builds the release site first.
import http from 'node:http';
import { launchBrowser } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const BUDGET_PATH = '/problems';
// The goal is 250 KB (docs/BENCHMARKS.md says how far there is to go). Until it is reached the
// budget is what the first load of /problems weighs today, with a little room: lower it whenever
// a change makes the page lighter, never raise it.
const BUDGET_BYTES = Number(process.env.PAGE_WEIGHT_BUDGET ?? 380 * 1024);
const PAGES = [
  '/',
  '/problems',
  '/problems/balanced-brackets',
  '/submissions',
  '/leaderboard',
  '/interviews',
  '/forum',
  '/collab',
  '/news',
  '/login',
  '/signup',
];
// Chromium DevTools' "Fast 3G" preset.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;

function kindOf(url, mimeType) {
  const path = new URL(url).pathname;
  if (path.startsWith('/monaco/')) return 'monaco';
  if (mimeType === 'application/wasm' || path.endsWith('.wasm')) return 'wasm';
  if (/javascript/.test(mimeType) || path.endsWith('.js')) return 'js';
  if (mimeType === 'text/css' || path.endsWith('.css')) return 'css';
  if (/font/.test(mimeType) || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

// The size of a file as the server sends it to a client that accepts gzip only.
function gzipBytes(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk) => {
          bytes += chunk.length;
        });
        response.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });
}

// Loads `url` in a fresh context (empty cache) and returns what was fetched, by kind.
async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    requests.set(requestId, { url: response.url, kind: kindOf(response.url, response.mimeType), transferred: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request) request.transferred = encodedDataLength;
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (response.status() !== 200) throw new Error(`${url} answered ${response.status()}`);
  await context.close();
  const byKind = {};
  for (const request of requests.values()) {
    const entry = (byKind[request.kind] ??= { files: 0, transferred: 0, gzip: 0 });
    entry.files += 1;
    entry.transferred += request.transferred;
    if (request.kind !== 'other') entry.gzip += await gzipBytes(request.url);
  }
  return byKind;
}

// Milliseconds from navigation until the page responds: the theme toggle works only once the
// client has hydrated the page, so it is clicked until the theme changes.
async function timeToInteractive(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('button.theme-toggle');
  const initial = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  for (;;) {
    await page.click('button.theme-toggle', { timeout: 120_000 });
    const now = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    if (now !== initial) break;
    if (Date.now() - started > 120_000) throw new Error(`${url} never became interactive`);
    await page.waitForTimeout(50);
  }
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await startServer();
const browser = await launchBrowser();
let overBudget = false;
try {
  console.log('page                          | WASM gzip (br)      | JS gzip (br)      | CSS gzip | fonts | Monaco gzip | WASM+JS gzip');
  for (const path of PAGES) {
    const byKind = await firstLoad(browser, `${server.url}${path}`);
    const get = (kind) => byKind[kind] ?? { files: 0, transferred: 0, gzip: 0 };
    const [wasm, js, css, font, monaco] = ['wasm', 'js', 'css', 'font', 'monaco'].map(get);
    const code = wasm.gzip + js.gzip;
    console.log(
      [
        path.padEnd(29),
        `${kb(wasm.gzip)} (${kb(wasm.transferred)}) ${wasm.files}f`.padEnd(19),
        `${kb(js.gzip)} (${kb(js.transferred)}) ${js.files}f`.padEnd(17),
        kb(css.gzip).padEnd(8),
        kb(font.gzip).padEnd(5),
        kb(monaco.gzip).padEnd(11),
        kb(code),
      ].join(' | '),
    );
    if (path === BUDGET_PATH && code > BUDGET_BYTES) overBudget = true;
  }
  if (process.env.THROTTLE === '1') {
    const runs = [];
    for (let run = 0; run < 3; run += 1) runs.push(await timeToInteractive(browser, `${server.url}${BUDGET_PATH}`));
    runs.sort((a, b) => a - b);
    console.log(`time to interactive of ${BUDGET_PATH} (Fast 3G, ${CPU_SLOWDOWN}x CPU), 3 runs: ${runs.join(', ')} ms; median ${runs[1]} ms`);
  }
} finally {
  await browser.close();
  await server.stop();
}
if (overBudget) {
  console.error(`page weight: the first load of ${BUDGET_PATH} carries more than ${kb(BUDGET_BYTES)} of WASM + JS (gzip)`);
  process.exit(1);
}
console.log(`page weight: the first load of ${BUDGET_PATH} is within ${kb(BUDGET_BYTES)} of WASM + JS (gzip)`);
