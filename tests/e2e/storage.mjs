// The store never loses a case (issue 23): node tests/e2e/storage.mjs [site folder]
// The hostile store corpus (tests/hostile/make_store_corpus.py: tampered fasthold.cases values,
// a newer version, an unreadable case among readable ones, a full aside key, huge values),
// each loaded in Chromium, then saved and reloaded three times: every readable case is still
// there, every unreadable one is in the download of what was set aside, and the page says what
// happened. And a name pasted with a tab, which must survive the reload.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, press, title } from './drive.mjs';
import { done, firstFrame, open, runTests } from './session.mjs';
import { fill, uiText as T } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fasthold-stores-'));
execFileSync('python3', [path.join(repo, 'tests/hostile/make_store_corpus.py'), corpusDir]);
const names = fs.readFileSync(path.join(corpusDir, 'manifest.txt'), 'utf8').split('\n').filter(Boolean);
// A case's row in the overview: its name first, then its deadline and step ("Anna. Næste frist: …").
const caseRow = (nick) => ({ name: new RegExp('^' + nick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\. ') });
const exact = (name) => ({ name, exact: true });
const bodyText = (page) => page.evaluate(() => document.body.textContent);

// Both keys as an earlier visit left them, set once per tab (a reload keeps what the page made).
const seedBoth = (cases, unreadable) => ({
  init: `(() => {
    try { if (!location.protocol.startsWith('http') || sessionStorage.getItem('e2e.seeded')) return; } catch (e) { return; }
    sessionStorage.setItem('e2e.seeded', '1');
    localStorage.setItem('fasthold.cases', ${JSON.stringify(cases)});
    ${unreadable === null ? '' : `localStorage.setItem('fasthold.cases.unreadable', ${JSON.stringify(unreadable)});`}
  })()`,
});

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

for (const name of names) {
  const e = JSON.parse(fs.readFileSync(path.join(corpusDir, `${name}.json`), 'utf8'));
  test(`lager: ${name}: tre gange gemt og genindlæst, intet tabt`, async (browser, url) => {
    const s = await open(browser, url, { ...seedBoth(e.cases, e.unreadable), acceptDownloads: true });
    const { page, problems } = s;
    for (let round = 0; round < 3; round++) {
      // A reload opens the current case again: its list is on the start page.
      if (await title(page) !== T('start_title')) await press(page.getByRole('navigation').getByRole('link', exact(T('nav_cases'))));
      const said = await bodyText(page);
      const start = page.getByRole('main');
      for (const nick of e.readable)
        check(await start.getByRole('button', caseRow(nick)).count() === 1, `round ${round}: the case "${nick}" is not on the start page`);
      if (e.aside > 0)
        check(said.includes(fill(T('unreadable_notice'), e.aside)), `round ${round}: the page does not say what was set aside: ${said.slice(0, 400)}`);
      if (e.locked) check(said.includes(T(e.locked === 'newer' ? 'store_newer' : 'store_aside_failed')), `round ${round}: no word of the locked store`);
      // A save: open the first case (the page saves on opening), then back to a fresh load.
      if (e.readable.length) await press(start.getByRole('button', caseRow(e.readable[0])));
      await page.reload();
      await firstFrame(page, problems);
    }
    const stored = await page.evaluate(() => ({ cases: localStorage.getItem('fasthold.cases'), aside: localStorage.getItem('fasthold.cases.unreadable') }));
    if (e.locked) check(stored.cases === e.cases, 'the locked store was written over');
    else if (e.readable.length || stored.cases !== e.cases) {  // with no case to open, nothing was saved: the value stays
      const nicks = JSON.parse(stored.cases).cases.map((c) => c.nickname);
      check(JSON.stringify(nicks) === JSON.stringify(e.readable), `stored cases ${JSON.stringify(nicks)}`);
    }
    if (e.locked === 'aside_failed') check(stored.aside === e.unreadable, 'the full aside key changed');
    if (e.aside > 0) {
      await press(page.getByRole('navigation').getByRole('link', exact(T('nav_settings'))));
      const [dl] = await Promise.all([page.waitForEvent('download'), press(page.getByRole('main').getByRole('button', exact(T('unreadable_export'))))]);
      const got = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
      check(got.items.length === e.aside, `the download holds ${got.items.length} parts, want ${e.aside}`);
      // What the aside key held before is in the download too: its items, or its whole old value.
      if (e.unreadable) {
        let before;
        try { before = JSON.parse(e.unreadable).items.map((i) => i.text); } catch { before = [e.unreadable]; }
        for (const text of before) check(got.items.some((i) => i.text === text), 'the earlier aside is not in the download');
      }
    }
    await done(s);
  });
}

test('lager: et navn sat ind med tabulator bliver gemt og er der efter genindlæsning', async (browser, url) => {
  const s = await open(browser, url);
  const { page, problems } = s;
  const main = page.getByRole('main');
  const box = main.getByRole('textbox', exact(T('nickname_label')));
  await box.focus();
  // A paste from a spreadsheet: the text arrives as one insertion, tab included.
  await page.evaluate(() => {
    const el = document.activeElement;
    const data = new DataTransfer();
    data.setData('text/plain', 'Anna\tHansen');
    if (el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })))
      document.execCommand('insertText', false, 'Anna\tHansen');
  });
  await press(main.getByRole('button', exact(T('start_new_case'))));
  await page.reload();
  await firstFrame(page, problems);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')));
  check(stored.cases.length === 1 && stored.cases[0].nickname === 'Anna Hansen', `stored ${JSON.stringify(stored.cases.map((c) => c.nickname))}`);
  check(await page.evaluate(() => localStorage.getItem('fasthold.cases.unreadable')) === null, 'something was set aside');
  await done(s);
});

// Only templates make structure: a free text that starts a line with "# ", "- " or "--" stays
// text inside its paragraph in the preview and the printed page.
test('dokumenter: brugerens tekst, der begynder med #, - eller --, forbliver tekst', async (browser, url) => {
  const typed = 'Kortere vagter\n# Falsk overskrift\n- falsk punkt\n--\nfalsk sidefod';
  const seeded = JSON.stringify({ format: 'fasthold-store', version: 1, current: 0, cases: [{ format: 'fasthold-case', version: 1, nickname: 'AB',
    log: [{ id: 'a1', date: '2026-03-01', kind: 'agreement', adapted_text: typed, expected_effect: 'Mindre fravær', follow_up_date: '2026-04-01', consequences: 'Ny samtale' }] }] });
  const s = await open(browser, url, { seed: seeded });
  const { page, context } = s;
  const main = page.getByRole('main');
  if (await title(page) === T('start_title')) await press(main.getByRole('button', caseRow('AB')));
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_documents'))));
  await press(main.getByRole('button', exact('Skriftlig aftale om tilpasning')));  // data/documents.json
  const headings = await main.getByRole('heading').allTextContents();
  check(!headings.some((h) => h.includes('Falsk overskrift')), `the preview made a heading of user text: ${headings.join(' | ')}`);
  const text = await bodyText(page);
  check(text.includes('# Falsk overskrift') && text.includes('- falsk punkt'), 'the preview lost the typed marks');
  const [tab] = await Promise.all([context.waitForEvent('page'), press(main.getByRole('button', exact(T('print'))))]);
  await tab.waitForLoadState();
  const shape = await tab.evaluate(() => ({ h1: document.querySelectorAll('h1').length, hr: document.querySelectorAll('hr').length,
    li: [...document.querySelectorAll('li')].map((l) => l.textContent), p: [...document.querySelectorAll('p')].map((x) => x.textContent) }));
  check(shape.h1 === 1 && shape.hr === 1, `the printed page has ${shape.h1} titles and ${shape.hr} rules`);
  check(!shape.li.some((l) => l.includes('falsk punkt')) && shape.p.includes('- falsk punkt') && shape.p.includes('# Falsk overskrift') && shape.p.includes('--'),
    `the printed page made structure of user text: ${JSON.stringify(shape)}`);
  await tab.close();
  await done(s);
});

process.exit(await runTests(tests, site) ? 1 : 0);
