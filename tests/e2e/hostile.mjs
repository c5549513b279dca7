// Hostile files through the page's import (issue 18): a case file nested 100,000 and 50,000
// levels deep, one above the 2 MB limit, and a nickname holding NUL. Each is refused with its
// message on screen and read out, the stored cases stay as they were, and the page keeps
// drawing: a good file imported afterwards opens as usual. And an error that no screen catches
// (forced through the tested build's one hook) ends in the error screen, read out, with every
// stored case kept and exportable, and "Prøv igen" back to a working page.
//   node tests/e2e/hostile.mjs build/web/site
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { LAUNCH } from './launch.mjs';
import { serve } from './serve.mjs';
import { COLOURS, FRAME_CLOCK, announced, check, click, countColour, frames, press, settle, title } from './drive.mjs';
import { uiText } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fasthold-hostile-'));

const HEAD = '{"format":"fasthold-case","version":1';
const deep = (n) => '['.repeat(n) + ']'.repeat(n);
const REFUSED = 'Filen kunne ikke læses, og intet er ændret: ';
// File, contents, what the page must say (Danish: the page's default language).
const FILES = [
  ['deep-facts-100k.json', `${HEAD},"nickname":"x","facts":${deep(100000)}}`,
    '/facts/0/0/0/0/0/0/0: har lister eller objekter inden i hinanden i flere lag, end en sagsfil kan have (højst 8)'],
  ['deep-note-50k.json', `${HEAD},"nickname":"x","log":[{"id":"e","date":"2026-01-05","kind":"note","note":${deep(50000)}}]}`,
    '/log/0/note/0/0/0/0/0: har lister eller objekter inden i hinanden'],
  ['too-large.json', `${HEAD},"nickname":"x","log":[{"id":"e","date":"2026-01-05","kind":"note","note":"${'a'.repeat(3 << 20)}"}]}`,
    'Filen fylder 3,0 MB, mere end de 2 MB, Fasthold læser: alle sager gemmes i browserens lager'],
  ['nul-nickname.json', `${HEAD},"nickname":"a\\u0000b"}`,
    '/nickname: "a\\u0000b" indeholder et styretegn (U+0000), som feltet ikke kan rumme'],
];

function watch(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

// The page with one stored case, as an earlier visit left it.
async function openWithCase(browser, url, stored) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(FRAME_CLOCK);
  await context.addInitScript(([origin, s]) => {
    if (location.origin === origin && !sessionStorage.getItem('e2e.seeded')) {
      sessionStorage.setItem('e2e.seeded', '1');
      localStorage.setItem('fasthold.cases', s);
    }
  }, [new URL(url).origin, stored]);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url);
  await page.waitForFunction(() => window.__fastholdFirstFrame > 0, null, { timeout: 30000 });
  await settle(page);
  return { context, page, problems };
}

async function importFile(page, file, text) {
  await page.evaluate(() => { document.getElementById('fasthold-announcer').textContent = ''; });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'import_choose')]);
  await chooser.setFiles(file);
  await announced(page, text, 15000);
  await settle(page);
}

async function failureScreen(browser, url, stored, nickname) {
  const { context, page, problems } = await openWithCase(browser, url, stored);
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  check(await page.evaluate(() => typeof Module._fh_test_fail_next_frame === 'function'), 'the tested build lacks its failure hook');
  await page.evaluate(() => Module._fh_test_fail_next_frame());
  await announced(page, uiText('failure_title'));
  check(await title(page) === uiText('failure_title'), `the page shows "${await title(page)}"`);
  const main = page.getByRole('main');
  check(await main.getByText(uiText('failure_text')).count() === 1, 'the error screen does not say what happened');
  check(await page.evaluate(() => JSON.stringify(localStorage)) === before, 'stored cases changed');
  // Every case leaves as a file from the error screen.
  const [download] = await Promise.all([page.waitForEvent('download'),
    press(main.getByRole('button', { name: uiText('failure_export') }))]);
  const saved = fs.readFileSync(await download.path(), 'utf8');
  check(saved.includes(nickname), `the export lacks the case "${nickname}"`);
  // "Try again": the page works again, the case still there.
  await press(main.getByRole('button', { name: uiText('failure_retry') }));
  check(await title(page) === uiText('start_title'), `after retry the page shows "${await title(page)}"`);
  const cases = await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')).cases.length);
  check(cases === 1, `${cases} cases stored after retry`);
  check(problems.length === 0, problems.join('\n'));
  await context.close();
}

async function main() {
  check(fs.existsSync(path.join(site, 'index.html')), `no page in ${site}: build the web preset first`);
  const example = JSON.parse(fs.readFileSync(path.join(repo, 'examples/01-adaptation-year.json'), 'utf8'));
  const stored = JSON.stringify({ format: 'fasthold-store', version: 1, cases: [example], current: 0 });
  const server = await serve(site);
  const browser = await chromium.launch(LAUNCH);
  let failed = 0;
  try {
    const { context, page, problems } = await openWithCase(browser, server.url, stored);
    await click(page, 'nav_settings');
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    for (const [name, contents, said] of FILES) {
      const file = path.join(scratch, name);
      fs.writeFileSync(file, contents);
      try {
        const shown = await page.screenshot();
        await importFile(page, file, REFUSED + said);
        // The message is drawn in the error colour, and it is this file's (the screen changed).
        check(await countColour(page, COLOURS.error) > 150, 'no error on screen');
        check(!shown.equals(await page.screenshot()), 'the screen still shows the previous message');
        check(await page.evaluate(() => JSON.stringify(localStorage)) === before, 'localStorage changed');
        check(problems.length === 0, problems.join('\n'));
        console.log(`ok   ${name}: refused, said "${said.slice(0, 70)}…", stored cases unchanged`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${name}: ${e.message}`);
      }
    }
    // Still drawing: a good file is imported as usual (named apart from the stored case).
    try {
      const good = path.join(scratch, 'good.json');
      fs.writeFileSync(good, JSON.stringify({ ...example, nickname: 'Efter angrebet' }));
      const drawn = await frames(page);
      await importFile(page, good, 'Spørgsmål');
      check(await frames(page) > drawn, 'no frame drawn after the import');
      const cases = await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')).cases.map((c) => c.nickname));
      check(cases.length === 2 && cases[1] === 'Efter angrebet', `stored: ${cases}`);
      check(problems.length === 0, problems.join('\n'));
      console.log('ok   the page keeps running: a good file imported afterwards opens');
    } catch (e) {
      failed++;
      console.log(`FAIL the page after the hostile files: ${e.message}`);
    }
    await context.close();
    try {
      await failureScreen(browser, server.url, stored, example.nickname);
      console.log('ok   an error no screen catches: the error screen is shown and read out, the cases are kept, exported and the page works again');
    } catch (e) {
      failed++;
      console.log(`FAIL the error screen: ${e.message}`);
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`hostile e2e: ${FILES.length + 2 - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
