// Rules as of a date in the browser: a case assessed today (after 1 February 2026) names the
// employee's municipality as the one to call, and a case whose stored statuses an older
// knowledge base showed says, on opening, which scheme moved, from what to what, and why.
//   node tests/e2e/dated.mjs build/web/site
import { chromium } from 'playwright-core';
import { LAUNCH } from './launch.mjs';
import { serve } from './serve.mjs';
import { FRAME_CLOCK, announced, check, click, currentCase, settle } from './drive.mjs';

const site = process.argv[2] || 'build/web/site';
let passed = 0;
let failed = 0;

async function test(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e.message || e).split('\n').join('\n     ')}`);
  }
}

// A stored case, as the page keeps it: the employee was hired on ordinary terms and a
// treatment was decided then (§56 ground (b)).
function storeWith(lastShown) {
  const c = {
    format: 'fasthold-case', version: 1, nickname: 'Dato-AB',
    facts: { prepared: true, treatment_decided_at_hiring: true },
    absence_periods: [], log: [],
  };
  if (lastShown) c.last_shown = lastShown;
  return JSON.stringify({ format: 'fasthold-store', version: 1, cases: [c], current: 0 });
}

async function openWith(browser, url, store) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(FRAME_CLOCK);
  await context.addInitScript((s) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('fasthold.cases', s); sessionStorage.setItem('seeded', '1'); } }, store);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__fastholdFirstFrame > 0, null, { timeout: 30000 });
  await settle(page);
  return { context, page };
}

const server = await serve(site, 0);
const browser = await chromium.launch(LAUNCH);

await test('a case assessed today names the employee\'s municipality, often still called the jobcenter, as the one to call', async () => {
  const { context, page } = await openWith(browser, server.url, storeWith(null));
  await click(page, 'nav_who');
  await announced(page, 'Kontakt medarbejderens bopælskommune (dens indgang for virksomheder, ofte stadig kaldet jobcentret)');
  await context.close();
});

await test('opening a case whose status a newer knowledge base moved says which scheme, from what to what, and why; once', async () => {
  const old = { kb_version: '0.9.0', on: '2026-01-15', statuses: { s56: 'unknown' } };
  const { context, page } = await openWith(browser, server.url, storeWith(old));
  await announced(page, 'Siden du sidst åbnede sagen');
  await announced(page, '0.9.0');
  const stored = await currentCase(page);
  check(stored.last_shown && stored.last_shown.kb_version !== '0.9.0', `the case remembers what it showed now: ${JSON.stringify(stored.last_shown)}`);
  check(stored.last_shown.statuses.s56 === 'applies', `§56 now applies: ${JSON.stringify(stored.last_shown.statuses)}`);
  await page.reload();
  await page.waitForFunction(() => window.__fastholdFirstFrame > 0, null, { timeout: 30000 });
  await settle(page);
  const said = await page.evaluate(() => document.getElementById('fasthold-announcer')?.textContent || '');
  check(!said.includes('Siden du sidst åbnede sagen'), `said only once, but after a reload: ${said}`);
  await context.close();
});

await browser.close();
await server.close();
console.log(`dated: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
