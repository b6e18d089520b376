// Every page passes axe-core's WCAG 2.2 A and AA rules in both themes: the public pages signed
// out, the account pages as Grace, the admin pages as Ada, each once hydrated. Any serious or
// critical violation fails, and one run lists them all, page by page, with the elements to fix.
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { useServerAndBrowser } from '../support/harness.mjs';
import { AUDIENCES, assertNoProblems, openSession, visit } from '../support/pages.mjs';

const context = useServerAndBrowser();

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const NODES_SHOWN = 4;

// Runs axe on the page as it is and returns its violations, with what a fix needs.
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const results = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' / '),
      })),
    }));
  }, TAGS);
}

function describeViolation(where, violation) {
  const nodes = violation.nodes
    .slice(0, NODES_SHOWN)
    .map((node) => `      - ${node.target}: ${node.summary}`);
  if (violation.nodes.length > NODES_SHOWN) nodes.push(`      … and ${violation.nodes.length - NODES_SHOWN} more`);
  return [
    `  ${where}: ${violation.id} [${violation.impact}] ${violation.help} (${violation.helpUrl})`,
    ...nodes,
  ].join('\n');
}

for (const theme of ['light', 'dark']) {
  for (const audience of AUDIENCES) {
    test(`pages for ${audience.name} have no serious accessibility violations in the ${theme} theme`, async (t) => {
      const session = await openSession(context.browser, context.server.url, {
        email: audience.email,
        theme,
        viewport: { width: 1280, height: 800 },
      });
      const problems = [];
      try {
        for (const path of audience.pages) {
          const where = `${path} (${theme}, ${audience.name})`;
          const wrong = await visit(session.page, context.server.url, path);
          if (wrong) {
            problems.push(`  ${where}: not checked, ${wrong}`);
            continue;
          }
          const applied = await session.page.evaluate(() => document.documentElement.dataset.theme);
          if (applied !== theme) problems.push(`  ${where}: the page shows the ${applied} theme`);
          for (const violation of await axeViolations(session.page)) {
            if (FAILING_IMPACTS.has(violation.impact)) {
              problems.push(describeViolation(where, violation));
            } else {
              // Minor and moderate ones do not fail the test, but are worth reading.
              t.diagnostic(`${where}: ${violation.id} [${violation.impact}] ${violation.help}`);
            }
          }
        }
      } finally {
        await session.close();
      }
      assertNoProblems(problems, `accessibility problems (axe-core, ${TAGS.join(', ')})`);
    });
  }
}
