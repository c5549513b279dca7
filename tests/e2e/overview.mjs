// Every case at a glance (issue 28): node tests/e2e/overview.mjs [site folder]
// A manager with 20 cases sees on the first screen what is due, nearest first and overdue at
// the top, each case one button in a list named by its heading; downloads one calendar for all
// open cases; closes a case on "Data og indstillinger"; and for a case closed long enough
// downloads it for the personnel file, then deletes it. Role-and-name locators only, texts from
// data/; at 1366x768 and on a phone (390 px, touch). Screenshots: build/web/screenshots/overview-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, press, reveal, settle } from './drive.mjs';
import { done, open, runTests, shotsIn } from './session.mjs';
import { fill, readData, uiText as T } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shot = shotsIn(path.join(repo, 'build/web/screenshots'));
const exact = (name) => ({ name, exact: true });
const iso = (offset = 0) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const danish = (isoDate) => isoDate.split('-').reverse().join('-');
const keep = readData('thresholds.json').thresholds.find((t) => t.id === 'closed_case_keep_days').value;

// A case whose one deadline is its agreement's follow-up `offset` days from today.
const caseFile = (nickname, offset, closed) => ({
  format: 'fasthold-case', version: 1, nickname,
  log: [{ id: 'a1', date: iso(-60), kind: 'agreement', adapted_text: 'Hemmelig aftaletekst', ...(offset === null ? {} : { follow_up_date: iso(offset) }) }],
  ...(closed ? { closed } : {}),
});
// 20 cases: 18 open (two overdue), one closed lately, one closed long enough to be asked about.
const OFFSETS = [12, -3, 5, 30, 0, 1, 45, 9, -10, 3, 21, 60, 14, 7, 2, 90, 33, 4];
const NAMES = ['Anna', 'Bo', 'Carl', 'Dorte', 'Erik', 'Frida', 'Gert', 'Hanne', 'Ib', 'Jette', 'Karl', 'Lone', 'Mads', 'Nina', 'Ole', 'Pia', 'Rune', 'Sara'];
const CASES = [...NAMES.map((n, i) => caseFile(n, OFFSETS[i])),
  caseFile('Tove', 8, { on: iso(-5), reason: 'back_at_work' }),
  caseFile('Gamle', null, { on: iso(-keep), reason: 'left_company' })];
const seed = JSON.stringify({ format: 'fasthold-store', version: 1, cases: CASES, current: -1 });
const openName = fill(T('overview_open_heading'), 18);
const SIZES = [['1366', { viewport: { width: 1366, height: 768 } }],
  ['390', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }]];

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

for (const [size, options] of SIZES) {
  test(`20 sager på første skærm: overskredne først, så den nærmeste frist, hver sag ét stop (${size} px)`, async (browser, url) => {
    const s = await open(browser, url, { ...options, seed });
    const { page } = s;
    const main = page.getByRole('main');
    check(await main.getByRole('heading', exact(T('your_cases'))).count() === 1, 'no "Dine sager" heading');
    const list = main.getByRole('list', exact(openName));
    check(await list.count() === 1, `no list named "${openName}"`);
    check(await list.getByRole('listitem').count() === 18, 'not 18 open cases');
    const rows = list.getByRole('button');
    check(await rows.count() === 18, 'not one button for each open case');
    const names = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent));
    // Overdue first (the most overdue at the top), then nearest: Ib (-10), Bo (-3), Erik (today), Frida (tomorrow).
    check(names.slice(0, 4).map((n) => n.split('.')[0]).join(' ') === 'Ib Bo Erik Frida', `order: ${names.slice(0, 4).join(' | ')}`);
    check(names[0].includes(`${T('overview_col_deadline')}: `) && names[0].includes(`${danish(iso(-10))} \u2013 ${T('overdue')}`), `first row: ${names[0]}`);
    check(names[2].includes(T('deadline_today')) && names[3].includes(T('deadline_tomorrow')), `today and tomorrow: ${names[2]} | ${names[3]}`);
    check(names[4].includes(fill(T('deadline_soon'), 2)), `in 2 days: ${names[4]}`);
    check(names.every((n) => n.includes(`${T('overview_col_step')}: `) && n.endsWith(T('overview_open'))), 'a row without its step or state');
    const closed = main.getByRole('list', exact(fill(T('overview_closed_heading'), 2)));
    check(await closed.getByRole('button').count() === 2, 'not two closed cases');
    check(await main.getByRole('region', exact(fill(T('retention_heading'), 'Gamle'))).count() === 1, 'no retention question for Gamle');
    await shot(page, `overview-${size}`);
    // Each row fits the screen, and is a target for a pointer (24 px, WCAG 2.5.8) or a finger (44 px on the phone).
    const box = await page.evaluate(() => window.__fastholdTargets.open_case_8);
    check(box && box.x >= 0 && box.x + box.w <= Number(size) && box.h >= (options.hasTouch ? 44 : 24), `the first row's box: ${JSON.stringify(box)}`);
    // A case opens from its row.
    await press(rows.first());
    check(await main.getByRole('heading', exact(T('your_cases'))).count() === 0, 'still on the overview after opening a case');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')));
    check(stored.cases[stored.current].nickname === 'Ib', `opened ${stored.cases[stored.current]?.nickname}`);
    await done(s);
  });
}

test('én kalender for alle åbne sager: hver sags navn og fristen, intet om en lukket sag', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 }, seed, acceptDownloads: true });
  const { page } = s;
  const [download] = await Promise.all([page.waitForEvent('download'),
    press(page.getByRole('main').getByRole('button', exact(T('overview_calendar'))))]);
  check(download.suggestedFilename() === `${T('overview_calendar_filename')}.ics`, `downloaded "${download.suggestedFilename()}"`);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  const summaries = ics.split('\r\n').filter((l) => l.startsWith('SUMMARY:'));
  check(ics.startsWith('BEGIN:VCALENDAR\r\n') && summaries.length === 18, `${summaries.length} events`);
  for (const n of NAMES) check(ics.includes(`Fasthold \u2013 ${n}: `), `no event for ${n}`);
  check(!ics.includes('Tove') && !ics.includes('Gamle') && !ics.includes('Hemmelig'), 'a closed case or typed text in the calendar');
  await done(s);
});

test('luk en sag med dato og grund, og åbn den igen', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 }, seed });
  const { page } = s;
  const main = page.getByRole('main');
  await press(main.getByRole('list', exact(openName)).getByRole('button', { name: 'Anna.' }));
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_settings'))));
  await main.getByRole('textbox', { name: T('close_date_label') }).fill(danish(iso(-1)));
  const reason = main.getByRole('radiogroup', exact(T('close_reason_legend'))).getByRole('radio', exact(T('close_reason_scheme_started')));
  await reason.press('Space');
  await settle(page);
  check(await reason.isChecked(), 'the reason is not chosen');
  await press(main.getByRole('button', exact(T('close_button'))));
  check(await main.getByRole('button', exact(T('reopen_button'))).count() === 1, 'no "Åbn sagen igen" after closing');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')));
  const anna = stored.cases.find((c) => c.nickname === 'Anna');
  check(anna.closed?.on === iso(-1) && anna.closed?.reason === 'scheme_started' && anna.log.length === 1, `stored: ${JSON.stringify(anna.closed)}`);
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_cases'))));
  check(await main.getByRole('list', exact(fill(T('overview_open_heading'), 17))).count() === 1, 'Anna still among the open cases');
  check(await main.getByRole('list', exact(fill(T('overview_closed_heading'), 3))).getByRole('button', { name: 'Anna.' }).count() === 1,
    'Anna not among the closed cases');
  await press(main.getByRole('button', { name: 'Anna.' }));
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_settings'))));
  await press(main.getByRole('button', exact(T('reopen_button'))));
  check(await main.getByRole('button', exact(T('close_button'))).count() === 1, 'not open again');
  await done(s);
});

test('en sag lukket længe nok: hent den til personalemappen, og slet den så', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, seed, acceptDownloads: true });
  const { page } = s;
  const main = page.getByRole('main');
  const question = main.getByRole('region', exact(fill(T('retention_heading'), 'Gamle')));
  const named = (key) => question.getByRole('button', exact(fill(T('named_action'), T(key), 'Gamle')));
  check(await named('retention_later').count() === 1, 'no "Senere"');
  await reveal(page, 'retention_download_19', 300);  // the question's heading in view above it
  await shot(page, 'overview-retention-390');
  const [download] = await Promise.all([page.waitForEvent('download'), press(named('retention_download'))]);
  check(download.suggestedFilename() === 'fasthold-Gamle.json', `downloaded "${download.suggestedFilename()}"`);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  check(file.closed?.reason === 'left_company' && file.log.length === 1, `the file: ${JSON.stringify(file).slice(0, 200)}`);
  await press(named('retention_delete'));
  await settle(page);
  check(await question.count() === 0, 'the question is still there after deleting');
  const stored = await page.evaluate(() => localStorage.getItem('fasthold.cases'));
  check(!stored.includes('Gamle') && stored.includes('Tove'), 'Gamle is still stored, or another case went');
  check((await main.textContent()).includes(fill(T('retention_deleted'), 'Gamle')), 'no message that Gamle was deleted');
  await done(s);
});

process.exit(await runTests(tests, site) ? 1 : 0);
