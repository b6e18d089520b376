// A mock interview in Chromium, from the plan to the scorecard: Grace plans a five-minute
// behavioral interview with feedback at the end, begins it, types an answer that is saved as she
// types and survives a reload, submits it and reads the offline engine's scorecard; her history
// lists the session, and another user who opens its address is told there is no such interview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../support/harness.mjs';
import { typeCode } from '../support/judge.mjs';
import { GRACE, openSession, visit, waitForHydration } from '../support/pages.mjs';

const context = useServerAndBrowser();

// Another demo user (src/seed.rs), with the same published password as Grace.
const ALAN = 'alan@demo.grindstone.dev';

// A strong answer in STAR form (situation, task, action, result) with numbers, as the rubric
// rewards. No quotes, apostrophes or ampersands, so it reads the same in the HTML as typed.
const ANSWER = [
  'In 2023 I led a team of five engineers at a payments company.',
  'The situation was that our checkout service timed out for about 3 percent of orders during peak hours,',
  'and each failure cost us roughly 12000 dollars a week.',
  'My task was to find the cause and fix it within one quarter without pausing feature work.',
  'I started by adding tracing to every call, which showed that 70 percent of the slow requests waited on a single database lock.',
  'I proposed splitting the order table, wrote the migration plan, and ran it behind a feature flag for two weeks',
  'while I paired with the on-call engineers. I also set up a weekly review so the whole team understood the trade-offs.',
  'As a result p95 latency fell by 40 percent, from 900 ms to 540 ms, timeouts dropped below 0.1 percent,',
  'and we saved about 600000 dollars a year.',
  'I learned to measure before deciding, and I now write a short design note for every risky change.',
].join(' ');
// A phrase of the answer that appears nowhere else, to look for in pages and their HTML.
const PHRASE = 'p95 latency fell by 40 percent';

// The autosave line as the reader sees it.
const saveState = (page) => page.textContent('.save-state').then((text) => text.trim());

// Records every text the autosave line shows, to prove a save really happened: the line reads
// "All changes saved." before anything is typed too.
async function recordSaveStates(page) {
  await page.evaluate(() => {
    window.__saveStates = [];
    new MutationObserver(() => {
      const line = document.querySelector('.save-state');
      if (line) window.__saveStates.push(line.textContent.trim());
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

// Whether this browser still keeps a draft the server has not acknowledged.
const unsavedDrafts = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('grindstone-interview-draft:')));

test('a short behavioral interview from start to scorecard', async () => {
  const base = context.server.url;
  const grace = await openSession(context.browser, base, { email: GRACE, viewport: { width: 1280, height: 800 } });
  const { page } = grace;
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  let id;
  try {
    // Plan it: the kind comes from the address; the form only works once hydrated.
    assert.equal(await visit(page, base, '/interviews/new?type=Behavioral'), undefined);
    const form = page.locator('form.plan-form');
    assert.equal(await form.locator('input[name="type"][value="Behavioral"]').isChecked(), true);
    await form.locator('select[name="length"]').selectOption('5');
    await form.locator('input[name="feedback"][value="end"]').check();
    // Five minutes of behavioral questions is one question.
    await form.locator('p.muted:has-text("1 question, about 5 minutes each.")').waitFor();
    await form.locator('button[type="submit"]:has-text("Start")').click();
    await page.waitForURL(/\/interviews\/\d+$/, { timeout: 30_000 });
    id = Number(new URL(page.url()).pathname.split('/').pop());
    assert.ok(Number.isInteger(id) && id > 0, `a session id in ${page.url()}`);

    // The plan as planned, then the clock starts when she begins.
    assert.match(await page.textContent('section.interview p.lead'), /1 question in 5 minutes.*Feedback at the end/);
    await page.click('button:has-text("Begin the interview")');
    const question = page.locator('article.interview-question');
    await question.waitFor();
    const prompt = (await question.locator('h2').textContent()).trim();
    assert.ok(prompt.length > 0, 'the question is shown');
    assert.match(await page.textContent('.interview-bar .clock'), /^(4:[0-5]\d|5:00) left in the session$/);
    assert.equal((await page.textContent('label[for="answer"]')).trim(), 'Your answer');

    // She types the answer; it is saved a moment after she stops.
    await recordSaveStates(page);
    await page.click('textarea#answer[name="answer"]');
    await page.keyboard.type(ANSWER);
    assert.equal(await page.inputValue('#answer'), ANSWER);
    await page.waitForFunction(
      () =>
        document.querySelector('.save-state')?.textContent.trim() === 'All changes saved.' &&
        !Object.keys(localStorage).some((key) => key.startsWith('grindstone-interview-draft:')),
      undefined,
      { timeout: 30_000 },
    );
    const states = await page.evaluate(() => window.__saveStates);
    assert.ok(states.includes('Saving…'), `the answer was saved while typed: ${JSON.stringify(states)}`);
    // The browser drops its own copy once the server has the draft, so what a reload shows
    // comes from the server.
    assert.deepEqual(await unsavedDrafts(page), []);

    // A reload brings the answer back, in the server's HTML and in the hydrated page.
    const reloaded = await page.reload({ waitUntil: 'networkidle' });
    assert.ok((await reloaded.text()).includes(PHRASE), 'the server renders the saved answer');
    await waitForHydration(page);
    assert.equal(await page.inputValue('#answer'), ANSWER);
    assert.equal(await saveState(page), 'All changes saved.');

    // Submitting the only question completes the session: the scorecard, graded offline.
    await page.click('button:has-text("Submit answer")');
    await page.waitForSelector('#scorecard-heading', { timeout: 60_000 });
    assert.equal((await page.textContent('#scorecard-heading')).trim(), 'Scorecard');
    assert.match(await page.textContent('.scorecard .score.big'), /^\d\.\d \/ 5$/);
    const review = page.locator('article.answer-review');
    assert.equal(await review.count(), 1);
    assert.ok((await review.locator('h3').textContent()).includes(prompt), 'the review names the question');
    assert.equal((await review.locator('.submitted-answer').textContent()).trim(), ANSWER);
    const feedback = review.locator('section.feedback');
    assert.match(await feedback.locator('.score').textContent(), /\d\.\d \/ 5/);
    const dimensions = (await feedback.locator('table.dimensions tbody th').allTextContents()).map((t) => t.trim());
    assert.ok(dimensions.includes('STAR structure'), `the dimensions: ${JSON.stringify(dimensions)}`);
    assert.match(await feedback.locator('p.engine').textContent(), /Graded by the offline engine/);

    // Her history lists the session, with a way back to its scorecard.
    assert.equal(await visit(page, base, '/interviews/history'), undefined);
    const sessions = page.locator('[role="region"][aria-label="Your interview sessions"]');
    const row = sessions.locator('tbody tr', { has: page.locator(`a[href="/interviews/${id}"]`) });
    assert.equal(await row.count(), 1);
    assert.match(await row.textContent(), /Behavioral/);
    assert.match(await row.textContent(), /1 of 1/);
    assert.equal((await row.locator(`a[href="/interviews/${id}"]`).textContent()).trim(), 'Scorecard');

    assert.deepEqual(errors, []);
  } finally {
    await grace.close();
  }

  // Someone else opening the same address learns nothing of it: not the answer, not that it
  // exists. Checked in the server's HTML (hydration data included) and once hydrated.
  const alan = await openSession(context.browser, base, { email: ALAN, viewport: { width: 1280, height: 800 } });
  try {
    alan.page.setDefaultTimeout(30_000);
    const response = await alan.page.goto(`${base}/interviews/${id}`, { waitUntil: 'networkidle' });
    assert.ok(!(await response.text()).includes(PHRASE), 'the server sends none of the answer');
    await waitForHydration(alan.page);
    const refusal = alan.page.locator('p.error[role="alert"]:has-text("There is no such interview.")');
    await refusal.waitFor();
    assert.equal(await refusal.isVisible(), true);
    assert.equal(await alan.page.locator('#answer, article.answer-review, .scorecard').count(), 0);
    assert.ok(!(await alan.page.content()).includes(PHRASE), 'the page shows none of the answer');
  } finally {
    await alan.close();
  }
});

// A coding round's written parts: no quotes, apostrophes or ampersands, as above.
const EXPLANATION =
  'I assume the input fits in memory. I read it and print the answer in one pass, O(n) time and O(1) space; the empty input is an edge case.';
const COMPLEXITY = 'O(n) time, O(1) space';
// Code for whatever problem the round draws: probably wrong, which the test does not mind.
const CODE = 'print(0)';
// Every verdict as people read it (Verdict::label in src/judge/mod.rs).
const VERDICT_LABELS =
  /^Verdict: (Accepted|Wrong Answer|Time Limit Exceeded|Memory Limit Exceeded|Runtime Error|Compilation Error|Output Limit Exceeded|Internal Error|Finished)\b/;

// Alan, not Grace, so that her history above sees only her own session. The server judges with
// its own workers in the real sandbox, as in the practice test.
test('a coding round is judged and graded on the scorecard', async () => {
  const base = context.server.url;
  const alan = await openSession(context.browser, base, { email: ALAN, viewport: { width: 1280, height: 800 } });
  const { page } = alan;
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  try {
    // Thirty minutes of coding is one round of 25; feedback after each answer.
    assert.equal(await visit(page, base, '/interviews/new?type=Coding'), undefined);
    const form = page.locator('form.plan-form');
    assert.equal(await form.locator('input[name="type"][value="Coding"]').isChecked(), true);
    await form.locator('select[name="length"]').selectOption('30');
    await form.locator('input[name="feedback"][value="each"]').check();
    await form.locator('p.muted:has-text("1 question, about 25 minutes each.")').waitFor();
    await form.locator('button[type="submit"]:has-text("Start")').click();
    await page.waitForURL(/\/interviews\/\d+$/, { timeout: 30_000 });
    await page.click('button:has-text("Begin the interview")');

    // The round: the problem, the language, Monaco, Run, the explanation and the complexity.
    const question = page.locator('article.interview-question');
    await question.waitFor();
    await question.locator('details.coding-statement').waitFor();
    await page.waitForSelector('.editor[data-editor="monaco"] .monaco-editor', { timeout: 30_000 });
    assert.equal(await question.locator('button:has-text("Run on the examples")').count(), 1);
    await page.selectOption('select[name="language"]', 'python');
    await typeCode(page, CODE);
    await page.fill('textarea#explanation', EXPLANATION);
    await page.fill('input#complexity', COMPLEXITY);
    assert.equal(await page.inputValue('#explanation'), EXPLANATION);
    assert.equal(await page.inputValue('#complexity'), COMPLEXITY);

    // Submitting the only round completes the session; its feedback waits for the judge, and
    // the scorecard reads the session again every 3 s until it comes.
    await page.click('button:has-text("Submit solution to the judge")');
    await page.waitForSelector('#scorecard-heading', { timeout: 60_000 });
    assert.equal((await page.textContent('#scorecard-heading')).trim(), 'Scorecard');
    const review = page.locator('article.answer-review');
    const feedback = review.locator('section.feedback');
    await feedback.waitFor({ timeout: 120_000 });
    assert.equal(await review.count(), 1);

    // Whatever the verdict, it is named, with the judged code a link away.
    const verdict = (await review.locator('p.meta', { hasText: 'Verdict: ' }).textContent()).trim();
    assert.match(verdict, VERDICT_LABELS);
    const judged = review.locator('a[href^="/submissions/"]');
    assert.equal(await judged.count(), 1);
    assert.equal((await judged.textContent()).trim(), 'The judged code');
    assert.equal((await review.locator('.submitted-answer').textContent()).trim(), EXPLANATION);

    // Graded offline on the coding rubric.
    assert.match(await feedback.locator('.score').textContent(), /\d\.\d \/ 5/);
    const dimensions = (await feedback.locator('table.dimensions tbody th').allTextContents()).map((t) => t.trim());
    for (const dimension of ['Correctness', 'Efficiency', 'Approach', 'Time management', 'Communication']) {
      assert.ok(dimensions.includes(dimension), `${dimension} in the dimensions: ${JSON.stringify(dimensions)}`);
    }
    assert.match(await feedback.locator('p.engine').textContent(), /Graded by the offline engine/);

    assert.deepEqual(errors, []);
  } finally {
    await alan.close();
  }
});
