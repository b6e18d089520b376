// Starts a server and a browser for the test file that calls it, and stops both afterwards.
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';

export function useServerAndBrowser() {
  const context = { server: undefined, browser: undefined };
  before(async () => {
    context.server = await startServer();
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.stop();
  });
  return context;
}
