// Browser tests of the built page: node tests/e2e/run.mjs [site folder]
// Drives Debian's Chromium (/usr/bin/chromium) through playwright-core; never downloads a
// browser. Every test fails on a console error, an uncaught page error, an HTTP error, or
// any request to another origin than the page's. Ends with `N passed, N failed`.
// The site folder's sibling probe/ holds the probe page (tests/e2e/platform_probe.cpp),
// which drives the browser glue directly. E2E_ONLY=word runs the tests whose name has it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { LAUNCH } from './launch.mjs';
import { serve } from './serve.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shots = path.join(repo, 'build/web/screenshots');

// ---- helpers ---------------------------------------------------------------------------

function check(cond, message) {
  if (!cond) throw new Error(message);
}

// A fresh context and page that record every problem of the page and of any tab it opens.
async function open(browser, url, options = {}, ready = firstFrame) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const problems = [];
  const origin = new URL(url).origin;
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  };
  context.on('page', watch);
  // Every request of the context (new tabs too). data: URLs never leave the page; blob: URLs
  // carry the page's origin.
  context.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:')) return;
    if (new URL(u).origin !== origin) problems.push(`request to another origin: ${u}`);
  });
  context.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page, problems);
  return { context, page, problems };
}

// Waits for the first drawn frame; fails at once, with the reasons, if the page reports a
// problem first (a CSP violation, a failed fetch, an abort).
async function firstFrame(page, problems = []) {
  const deadline = Date.now() + 30000;
  while (!(await page.evaluate(() => window.__fastholdFirstFrame > 0))) {
    if (problems.length) throw new Error(`no first frame:\n${problems.join('\n')}`);
    if (Date.now() > deadline) throw new Error('no first frame in 30 s');
    await page.waitForTimeout(50);
  }
}

async function announced(page, text) {
  try {
    await page.waitForFunction(
      (t) => (document.getElementById('fasthold-announcer')?.textContent || '').includes(t), text, { timeout: 10000 });
  } catch {
    const now = await page.evaluate(() => document.getElementById('fasthold-announcer')?.textContent);
    throw new Error(`expected the page to announce "${text}", it announced "${now}"`);
  }
}

async function target(page, id) {
  await page.waitForFunction((i) => window.__fastholdTargets && window.__fastholdTargets[i], id, { timeout: 10000 });
  return page.evaluate((i) => window.__fastholdTargets[i], id);
}

async function click(page, id) {
  const t = await target(page, id);
  await page.mouse.click(t.x + t.w / 2, t.y + t.h / 2);
}

// Waits until the page stops drawing, then returns its frame count.
async function settled(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const n = await page.evaluate(() => window.__fastholdFrames);
    if (n === last) return n;
    last = n;
    await page.waitForTimeout(250);
  }
  throw new Error('the page never stopped drawing');
}

async function done({ context, problems }) {
  await context.close();
  check(problems.length === 0, problems.join('\n'));
}

// ---- tests -----------------------------------------------------------------------------

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('first question in Danish, screenshot', async (browser, url) => {
  const s = await open(browser, url);
  const { page } = s;
  check(await page.evaluate(() => document.documentElement.lang) === 'da', 'html lang is not da');
  await announced(page, 'Trin 3 af 7');
  await announced(page, 'Skyldes fravær forhold i jobbet?');
  for (const id of ['answer_yes', 'answer_no', 'answer_not_yet', 'language']) await target(page, id);
  check(await page.isHidden('#fasthold-loading'), 'the loading text is still shown');
  await settled(page);
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'first-question-da.png') });
  await done(s);
});

test('sharp on a high-density screen: canvas = CSS size x devicePixelRatio, follows resize', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
  const { page } = s;
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, dpr: devicePixelRatio };
  });
  await settled(page);
  let z = await size();
  check(z.dpr === 2 && z.w === z.cw * 2 && z.h === z.ch * 2, `canvas ${z.w}x${z.h} for ${z.cw}x${z.ch} CSS px at ${z.dpr}`);
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'first-question-da@2x.png') });
  await page.setViewportSize({ width: 390, height: 700 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 780, null, { timeout: 10000 });
  z = await size();
  check(z.w === 780 && z.h === 1400, `after resize: canvas ${z.w}x${z.h}`);
  await settled(page);
  await page.screenshot({ path: path.join(shots, 'first-question-da-phone.png') });
  // The three answers still fit inside the narrow window.
  for (const id of ['answer_yes', 'answer_no', 'answer_not_yet']) {
    const t = await target(page, id);
    check(t.x >= 0 && t.x + t.w <= 390, `${id} sticks out of a 390 px window: ${JSON.stringify(t)}`);
  }
  await done(s);
});

test('a new pixel ratio (zoom, another screen) rebuilds canvas and fonts', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1000, height: 700 } });
  const { page } = s;
  await settled(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 700, deviceScaleFactor: 1.5, mobile: false });
  // A browser sends resize (or the matchMedia change web/pre.js turns into one); emulation
  // sends neither, so the test does.
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await page.waitForFunction(() => document.getElementById('canvas').width === 1500, null, { timeout: 10000 })
    .catch(async () => { throw new Error(`canvas ${await page.evaluate(() => document.getElementById('canvas').width)} px wide at 1.5`); });
  await settled(page);
  await page.screenshot({ path: path.join(shots, 'first-question-da@1.5x.png') });
  // The buttons keep their CSS size: the layout scaled with the ratio.
  const t = await target(page, 'answer_yes');
  check(Math.abs(t.w - 112) < 2, `Ja is ${t.w} CSS px wide at 1.5`);
  await done(s);
});

test('an idle page draws nothing; input wakes it', async (browser, url) => {
  const s = await open(browser, url);
  const { page } = s;
  const before = await settled(page);
  await page.waitForTimeout(3000);
  const idle = await page.evaluate(() => window.__fastholdFrames);
  check(idle === before, `drew ${idle - before} frames in 3 s of idleness`);
  await page.mouse.move(200, 300);
  await page.mouse.move(220, 320);
  await page.waitForFunction((n) => window.__fastholdFrames > n, idle, { timeout: 5000 });
  await settled(page);
  await done(s);
});

test('Ja leads to step 4; Tilbage comes back', async (browser, url) => {
  const s = await open(browser, url);
  const { page } = s;
  await click(page, 'answer_yes');
  await announced(page, 'Trin 4 af 7');
  await announced(page, 'Er der behov for tilpasninger?');
  await click(page, 'back');
  await announced(page, 'Trin 3 af 7');
  await done(s);
});

test('Nej leads to the outcome for no', async (browser, url) => {
  const s = await open(browser, url);
  const { page } = s;
  await click(page, 'answer_no');
  await page.waitForFunction(() => !(document.getElementById('fasthold-announcer').textContent || '').includes('Trin 3'),
    null, { timeout: 10000 });
  await target(page, 'back');
  await done(s);
});

test('Ved ikke endnu shows what to clarify', async (browser, url) => {
  const s = await open(browser, url);
  const { page } = s;
  await click(page, 'answer_not_yet');
  await announced(page, 'Afklar sammen med medarbejderen');
  await settled(page);
  await page.screenshot({ path: path.join(shots, 'first-question-da-not-yet.png') });
  await done(s);
});

test('keyboard: Tab moves the focus, Enter presses', async (browser, url) => {
  const s = await open(browser, url);
  const { page } = s;
  // Drawing order: the language link, then Ja.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await announced(page, 'Trin 4 af 7');
  // A new screen starts without focus: the first Tab goes to the language link, Shift+Tab
  // back round to the last button ("Ved ikke endnu"); Space presses it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await announced(page, 'hvorvidt jobbet skal tilpasses');  // step 4's advice
  await done(s);
});

test('English: the switch is stored in localStorage and survives a reload', async (browser, url) => {
  const s = await open(browser, url);
  const { page } = s;
  await click(page, 'language');
  await announced(page, 'Step 3 of 7');
  check(await page.evaluate(() => document.documentElement.lang) === 'en', 'html lang is not en');
  check(await page.evaluate(() => localStorage.getItem('fasthold.lang')) === 'en', 'language not stored');
  await page.reload();
  await firstFrame(page, s.problems);
  await announced(page, 'Is the absence caused by conditions in the job?');
  await settled(page);
  await page.screenshot({ path: path.join(shots, 'first-question-en.png') });
  await done(s);
});

test('#lang=en in the address opens in English', async (browser, url) => {
  const s = await open(browser, url + '#lang=en');
  await announced(s.page, 'Step 3 of 7');
  await done(s);
});

test('a tap on a touch screen presses the button under the finger', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const { page } = s;
  const t = await target(page, 'answer_yes');
  await page.touchscreen.tap(t.x + t.w / 2, t.y + t.h / 2);
  await announced(page, 'Trin 4 af 7');
  await done(s);
});

// ---- the browser glue, through the probe page (tests/e2e/platform_probe.cpp) ---------------

const probeUrl = (url) => new URL('../probe/', url).href;
async function probeReady(page, problems) {
  try {
    await page.waitForFunction(() => window.__probeReady === true, null, { timeout: 30000 });
  } catch {
    throw new Error(`the probe page did not start${problems.length ? ':\n' + problems.join('\n') : ''}`);
  }
}
const call = (page, fn, ret, args) =>
  page.evaluate(([f, r, a]) => Module.ccall(f, r, a.map(() => 'string'), a), [fn, ret, args]);

test('platform: localStorage get, set, remove, UTF-8 both ways', async (browser, url) => {
  const s = await open(browser, probeUrl(url), {}, probeReady);
  const { page } = s;
  const text = 'æøå ÆØÅ € “citat” – 😀';
  check(await call(page, 'probe_storage_has', 'number', ['fasthold.probe']) === 0, 'a key present in a fresh browser');
  check(await call(page, 'probe_storage_set', 'number', ['fasthold.probe', text]) === 1, 'set failed');
  check(await call(page, 'probe_storage_get', 'string', ['fasthold.probe']) === text, 'C++ read back something else');
  check(await page.evaluate(() => localStorage.getItem('fasthold.probe')) === text, 'localStorage holds something else');
  await page.evaluate(() => localStorage.setItem('fasthold.js-wrote', 'Ærø'));
  check(await call(page, 'probe_storage_get', 'string', ['fasthold.js-wrote']) === 'Ærø', 'C++ misread what JS wrote');
  await call(page, 'probe_storage_remove', null, ['fasthold.probe']);
  check(await call(page, 'probe_storage_has', 'number', ['fasthold.probe']) === 0, 'remove did not remove');
  check(await call(page, 'probe_storage_get', 'string', ['fasthold.probe']) === '', 'an absent key read as text');
  await done(s);
});

test('platform: a download carries the exact bytes and the file name', async (browser, url) => {
  const s = await open(browser, probeUrl(url), { acceptDownloads: true }, probeReady);
  const { page } = s;
  let [dl] = await Promise.all([page.waitForEvent('download'), call(page, 'probe_download_bytes', null, ['bytes.bin'])]);
  check(dl.suggestedFilename() === 'bytes.bin', `file name ${dl.suggestedFilename()}`);
  const bytes = fs.readFileSync(await dl.path());
  check(bytes.length === 256 && bytes.every((b, i) => b === i), `got ${bytes.length} bytes, not 0..255`);
  [dl] = await Promise.all([page.waitForEvent('download'),
    call(page, 'probe_download_text', null, ['aftale-æøå.txt', 'Aftale: æøå\n'])]);
  check(dl.suggestedFilename() === 'aftale-æøå.txt', `file name ${dl.suggestedFilename()}`);
  check(fs.readFileSync(await dl.path(), 'utf8') === 'Aftale: æøå\n', 'the text file differs');
  await done(s);
});

test('platform: copy to the clipboard', async (browser, url) => {
  const s = await open(browser, probeUrl(url), {}, probeReady);
  const { page, context } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.bringToFront();
  await call(page, 'probe_copy', null, ['Trin 3 af 7 – æøå']);
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'Trin 3 af 7 – æøå', null,
    { timeout: 5000 }).catch(async () => {
    throw new Error(`clipboard holds "${await page.evaluate(() => navigator.clipboard.readText())}"`);
  });
  await done(s);
});

test('platform: printable HTML opens in a new tab from a blob: URL, styles allowed', async (browser, url) => {
  const s = await open(browser, probeUrl(url), {}, probeReady);
  const { page, context } = s;
  const html = '<!doctype html><html lang="da"><meta charset="utf-8"><title>Aftale</title>' +
    '<style>h1 { color: rgb(29, 93, 168); }</style><h1>Aftale om tilpasning – æøå</h1>';
  const [tab, opened] = await Promise.all([context.waitForEvent('page'), call(page, 'probe_print', 'number', [html])]);
  check(opened === 1, 'open_printable_html reported a blocked tab');
  await tab.waitForLoadState();
  check(tab.url().startsWith('blob:'), `the tab shows ${tab.url()}`);
  check((await tab.textContent('h1')) === 'Aftale om tilpasning – æøå', 'the tab shows other text');
  const color = await tab.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
  check(color === 'rgb(29, 93, 168)', `the inline style did not apply (CSP?): ${color}`);
  await done(s);
});

test('platform: the URL fragment, never the query', async (browser, url) => {
  const s = await open(browser, probeUrl(url) + '?secret=1#lang=en&x=%C3%A6', {}, probeReady);
  const { page } = s;
  const f = await call(page, 'probe_fragment', 'string', []);
  check(f === 'lang=en&x=%C3%A6', `fragment "${f}"`);
  await page.evaluate(() => { location.hash = ''; });
  check(await call(page, 'probe_fragment', 'string', []) === '', 'an empty fragment read as text');
  await done(s);
});

test('platform: announcements, page language, targets, frame counters, failure notice', async (browser, url) => {
  const s = await open(browser, probeUrl(url), {}, probeReady);
  const { page } = s;
  await call(page, 'probe_announce', null, ['Trin 4 af 7. Ærgerligt?']);
  await announced(page, 'Trin 4 af 7. Ærgerligt?');
  await call(page, 'probe_announce', null, ['Trin 4 af 7. Ærgerligt?']);
  await page.waitForTimeout(200);
  check(await page.textContent('#fasthold-announcer') === 'Trin 4 af 7. Ærgerligt?', 'a repeated announcement was lost');
  await call(page, 'probe_language', null, ['en']);
  check(await page.evaluate(() => document.documentElement.lang) === 'en', 'html lang not set');
  await call(page, 'probe_targets', null, ['{"answer_yes":{"x":1,"y":2,"w":3,"h":4}}']);
  check(await page.evaluate(() => window.__fastholdTargets.answer_yes.h) === 4, 'targets not published');
  check(await page.evaluate(() => window.__fastholdFirstFrame === undefined), 'first frame set too early');
  await call(page, 'probe_frame', null, []);
  await call(page, 'probe_frame', null, []);
  check(await page.evaluate(() => window.__fastholdFirstFrame > 0 && window.__fastholdFrames === 2), 'frame counters');
  check(await page.isHidden('#fasthold-loading'), 'the loading text stayed after the first frame');
  await call(page, 'probe_fail', null, ['probe failure']);
  check(await page.isVisible('#fasthold-failed'), 'the failure notice is not shown');
  // fail() logs its detail as a console error: expected here, and only that one.
  const expected = s.problems.filter((p) => p.includes('fasthold: probe failure'));
  check(expected.length === 1, 'fail() did not log to the console');
  s.problems.splice(s.problems.indexOf(expected[0]), 1);
  await done(s);
});

// ---- runner ----------------------------------------------------------------------------

async function main() {
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
  for (const { name, fn } of tests) {
    if (only && !name.includes(only)) continue;
    const t0 = Date.now();
    try {
      await fn(browser, pageUrl);
      passed++;
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n     ${String(e.message || e).split('\n').join('\n     ')}`);
    }
  }
  await browser.close();
  await server.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
