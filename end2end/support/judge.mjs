import assert from 'node:assert/strict';

// Problems the browser tests solve, with code the judge accepts, and how to wait for a verdict.

// Reverse the Word Order in Python, on one line: typed into Monaco key by key, so no
// auto-indentation gets in the way.
export const REVERSE_WORDS = {
  slug: 'reverse-the-word-order',
  title: 'Reverse the Word Order',
  right: 'import sys; print(" ".join(reversed(sys.stdin.readline().split())))',
  wrong: 'import sys; print(" ".join(sys.stdin.readline().split()))',
};

// Balanced Brackets in Python, several lines: for a plain textarea, which does not indent.
export const BALANCED_BRACKETS = {
  slug: 'balanced-brackets',
  title: 'Balanced Brackets',
  right: [
    'import sys',
    "closing = {')': '(', ']': '[', '}': '{'}",
    'stack = []',
    'balanced = True',
    'for c in sys.stdin.readline().strip():',
    "    if c in '([{':",
    '        stack.append(c)',
    '    elif not stack or stack.pop() != closing[c]:',
    '        balanced = False',
    '        break',
    "print('YES' if balanced and not stack else 'NO')",
    '',
  ].join('\n'),
};

// Does `act` (a key press, a tap) and waits for the new job's verdict: starting a job clears the
// last result, so the old one goes away first.
export async function verdictAfter(page, act) {
  await act();
  await page.waitForSelector('.result', { state: 'detached' });
  const result = await page.waitForSelector('.result[data-verdict]', { timeout: 60_000 });
  return result.getAttribute('data-verdict');
}

// Replaces the editor's code by typing, as a person would.
export async function typeCode(page, code) {
  await page.click('.editor[data-editor="monaco"] .view-lines');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(code);
  // Monaco closes brackets and quotes as they are typed; typing the closing one steps over it,
  // so the text ends as typed. Check it.
  const typed = await page.evaluate(() => globalThis.monaco.editor.getEditors()[0].getValue());
  assert.equal(typed, code);
}
