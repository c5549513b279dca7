// What every browser test file shares: a fresh context that records every problem (console
// errors, page errors, dialogs, HTTP errors, requests to another origin), the wait for the
// first frame, screenshots, and the runner.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { FRAME_CLOCK, check, settle } from './drive.mjs';
import { LAUNCH } from './launch.mjs';
import { serve } from './serve.mjs';

// Records every problem of a context: console errors, page errors and dialogs of every tab
// it opens, HTTP errors, and any request that leaves the page's origin (data: URLs never
// leave the page; blob: URLs carry the page's origin).
export function watch(context, origin) {
  const problems = [];
  const onPage = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u === 'about:blank') return;
    if (new URL(u).origin !== origin) problems.push(`request to another origin: ${u}`);
  });
  context.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

// A fresh context and page. options.seed: a store (fasthold.cases) and options.settings put
// in localStorage before the page's first load, as an earlier visit would have left them.
export async function open(browser, url, options = {}, ready = firstFrame) {
  const { seed, settings, init, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const problems = watch(context, new URL(url).origin);
  await context.addInitScript(FRAME_CLOCK);
  if (seed || settings) {
    // Once per tab (a reload keeps what the page made of it), and only in the page itself.
    await context.addInitScript(([origin, s, t]) => {
      if (location.origin !== origin || sessionStorage.getItem('e2e.seeded')) return;
      sessionStorage.setItem('e2e.seeded', '1');
      if (s) localStorage.setItem('fasthold.cases', s);
      if (t) localStorage.setItem('fasthold.settings', t);
    }, [new URL(url).origin, seed || null, settings || null]);
  }
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(url);
  await ready(page, problems);
  return { context, page, problems };
}

// Waits for the first drawn frame; fails at once, with the reasons, if the page reports a
// problem first (a CSP violation, a failed fetch, an abort).
export async function firstFrame(page, problems = []) {
  const deadline = Date.now() + 30000;
  while (!(await page.evaluate(() => window.__fastholdFirstFrame > 0))) {
    if (problems.length) throw new Error(`no first frame:\n${problems.join('\n')}`);
    if (Date.now() > deadline) throw new Error('no first frame in 30 s');
    await page.waitForTimeout(50);
  }
  await settle(page);
}

export async function done({ context, problems }) {
  await context.close();
  check(problems.length === 0, problems.join('\n'));
}

// shot(page, name): a screenshot of what the page shows now, into `dir`.
export const shotsIn = (dir) => async (page, name, options = {}) => {
  fs.mkdirSync(dir, { recursive: true });
  await settle(page);
  await page.screenshot({ path: path.join(dir, `${name}.png`), ...options });
};

// Runs the tests against the page in `site` (its sibling probe/ served beside it), E2E_JOBS
// side by side; prints `N passed, N failed` and returns the number failed. E2E_ONLY=word runs the tests whose name has it.
export async function runTests(tests, site) {
  if (!fs.existsSync(path.join(site, 'index.html'))) {
    console.error(`e2e: no page in ${site}: build the web preset first`);
    process.exit(2);
  }
  // The page at /<site>/, the probe page beside it at /probe/.
  const server = await serve(path.dirname(site));
  const pageUrl = `${server.url}${path.basename(site)}/`;
  const browser = await chromium.launch(LAUNCH);
  let passed = 0;
  let failed = 0;
  const only = process.env.E2E_ONLY;
  const t0 = Date.now();
  // E2E_JOBS tests side by side (default 2), each in its own context: most of a test's time
  // is waiting for frames, not computing.
  const chosen = tests.filter(({ name }) => !only || name.includes(only));
  const queue = [...chosen.filter((t) => t.early), ...chosen.filter((t) => !t.early)];
  const worker = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      const t1 = Date.now();
      try {
        await t.fn(browser, pageUrl);
        passed++;
        console.log(`ok   ${t.name} (${Date.now() - t1} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${t.name} (${Date.now() - t1} ms)\n     ${String(e.message || e).split('\n').join('\n     ')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(process.env.E2E_JOBS || 2)) }, worker));
  await browser.close();
  await server.close();
  console.log(`${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return failed;
}

