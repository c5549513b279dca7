// The page as everyone meets it: node tests/e2e/a11y.mjs [site folder]
// - axe-core on every screen, in Danish and English, at 1366x768 and 390x844: no violation
//   of impact serious or critical; prints what each rule found.
// - A screen reader's path through a whole case, with role-and-name locators only (no
//   coordinates, no published targets): if a step cannot be done that way, the page's
//   accessible layer is not finished.
// - A phone: tapping each kind of text field focuses a real editable element, and text
//   inserted there reaches the case. Paste with Ctrl+V into a field, a date and an agreement.
// - 200 % zoom and a 320 px window: nothing sticks out sideways.
// Texts are read from data/ (never written here), so a changed wording changes the test too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answer, check, copiedBy, frames, press, settle, title } from './drive.mjs';
import { done, open, runTests, shotsIn } from './session.mjs';
import { filled, inForce, readData, uiText } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shot = shotsIn(path.join(repo, 'build/web/screenshots'));
const read = (file) => JSON.parse(fs.readFileSync(path.join(repo, file), 'utf8'));
const T = uiText;
// Dated rows share an id: the page shows each thing once, by today's row.
const unique = (rows) => rows.filter((r) => inForce(r));
const schemes = unique(readData('schemes.json').schemes).map((s) => ({
  ...s, name: { da: filled(s.name.da, 'da'), en: filled(s.name.en, 'en') },
  summary: { da: filled(s.summary.da, 'da'), en: filled(s.summary.en, 'en') } }));
const documents = readData('documents.json').documents.map((d) => ({
  ...d, title: { da: filled(d.title.da, 'da'), en: filled(d.title.en, 'en') } }));
const axeSource = fs.readFileSync(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
const example = (name) => read(`examples/${name}`);
const storeOf = (...cases) => JSON.stringify({ format: 'fasthold-store', version: 1, cases, current: 0 });
const exact = (name) => ({ name, exact: true });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

function today(offset = 0) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
}

// ---- axe -------------------------------------------------------------------------------

const totals = new Map();  // rule -> {pass, fail} over every screen
async function axe(page, where) {
  await settle(page);
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource });
  const r = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  for (const [kind, list] of [['pass', r.passes], ['fail', r.violations], ['incomplete', r.incomplete]]) {
    for (const rule of list) {
      const t = totals.get(rule.id) || { pass: 0, fail: 0, incomplete: 0 };
      t[kind] += rule.nodes.length;
      totals.set(rule.id, t);
    }
  }
  const serious = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = r.violations.filter((v) => !serious.includes(v)).map((v) => `${v.id} (${v.impact})`);
  console.log(`     axe ${where}: ${r.passes.length} rules passed, ${serious.length} serious or critical` +
    (minor.length ? `, minor: ${minor.join(', ')}` : ''));
  check(serious.length === 0, `axe on ${where}:\n${serious.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.html).join('\n  ')}`).join('\n')}`);
}

for (const lang of ['da', 'en']) {
  for (const [w, h] of [[1366, 768], [390, 844]]) {
    test(`axe: every screen in ${lang} at ${w}x${h}`, async (browser, url) => {
      const s = await open(browser, url, {
        viewport: { width: w, height: h }, bypassCSP: true,
        seed: storeOf(example('01-adaptation-year.json')),
        settings: JSON.stringify({ lang }),
      });
      const { page } = s;
      const nav = page.getByRole('navigation');
      await axe(page, `start ${lang} ${w}`);
      const places = ['nav_prepare', 'nav_interview', 'nav_check', 'nav_record', 'nav_documents', 'nav_who', 'nav_settings'];
      if (w < 1100) places.push('nav_results');
      for (const key of places) {
        await press(nav.getByRole('link', exact(T(key, lang))));
        if (key === 'nav_record') await press(page.getByRole('button', exact(T('kind_agreement', lang))));
        if (key === 'nav_documents') {
          await press(page.getByRole('button', exact(documents[0].title[lang])));
        }
        if (key === 'nav_interview') await press(page.getByRole('button', exact(T('why_we_ask', lang))));
        await axe(page, `${key} ${lang} ${w}`);
      }
      // The schemes with every why open: the longest page.
      if (w >= 1100) {
        const side = page.getByRole('complementary');
        for (const sc of schemes.slice(0, 4)) await press(side.getByRole('button', exact(sc.name[lang])));
        await axe(page, `schemes open ${lang} ${w}`);
      }
      await press(nav.getByRole('link', exact(T('nav_cases', lang))));
      await press(page.getByRole('link', exact(T('open_link_builder', lang))));
      await axe(page, `link builder ${lang} ${w}`);
      await done(s);
    });
  }
}

// ---- the screen-reader path ---------------------------------------------------------------

// Answers whatever the interview asks, as a manager who knows: Yes to the flowchart's
// questions, plausible dates and numbers to the facts.
async function answerInterview(page) {
  const main = page.getByRole('main');
  for (let step = 0; step < 120; ++step) {
    const h1 = await title(page);
    if (h1 === T('results_title')) return step;
    const field = main.getByRole('textbox');
    if (await main.getByRole('radio', exact(T('answer_yes'))).count()) {
      await answer(main, T('answer_yes'), T('save_continue'));
    } else if (await field.count()) {
      const q = h1.toLowerCase();
      const mode = await field.first().getAttribute('inputmode');
      const value = mode === 'decimal' ? '10'
        : q.includes('født') ? '15-03-1975' : q.includes('ansat') ? '01-01-2015' : today(-40);
      await field.first().fill(value);
      await press(main.getByRole('button', exact(T('save_continue'))));
      check(await title(page) !== h1 || (await main.getByRole('textbox').count()) === 0 ||
        (await main.getByRole('textbox').first().getAttribute('aria-invalid')) !== 'true',
      `the answer "${value}" to "${h1}" was refused`);
    } else {
      await press(main.getByRole('button', exact(T('continue'))));
    }
  }
  throw new Error('the interview did not end in 120 steps');
}

test('screen reader: a whole case with role-and-name locators only', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 } });
  const { page, context } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const main = page.getByRole('main');
  check((await page.locator('html').getAttribute('lang')) === 'da', 'the page is not marked as Danish');
  await main.getByRole('textbox', exact(T('nickname_label'))).fill('Lager-ÆØÅ');
  await press(main.getByRole('button', exact(T('start_new_case'))));
  check(await title(page) === filled(readData('flowchart.json').nodes.find((n) => n.id === 'prepare').title.da), 'not at preparation');
  // The focus moved to the new screen's title, as on a new page.
  check(await page.evaluate(() => document.activeElement.tagName) === 'H1', 'the focus is not on the new title');
  const box = main.getByRole('checkbox').first();
  await box.press('Space');
  await settle(page);
  check(await box.isChecked(), 'a checkbox ticked with Space does not say it is ticked');
  await press(main.getByRole('button', exact(T('prepare_done'))));
  const steps = await answerInterview(page);
  console.log(`     interview answered in ${steps} steps`);

  // Two schemes' why, beside the page.
  const side = page.getByRole('complementary');
  for (const sc of [schemes[0], schemes[1]]) {
    const toggle = side.getByRole('button', exact(sc.name.da));
    check(await toggle.getAttribute('aria-expanded') === 'false', `${sc.id} starts open`);
    await press(toggle);
    check(await side.getByRole('button', { ...exact(sc.name.da), expanded: true }).count() === 1, `${sc.id} did not open`);
    const item = side.getByRole('listitem').filter({ has: page.getByRole('button', exact(sc.name.da)) });
    const said = (await item.getByRole('paragraph').allTextContents()).join(' ');
    check(said.includes(sc.summary.da), `the why of ${sc.id} does not read its summary: ${said.slice(0, 200)}`);
  }
  // A deadline, read from the list under its heading.
  // The results have their deadlines in their main content (beside the page only the schemes).
  check(await page.getByRole('main').getByRole('heading', exact(T('report_dates'))).count() === 1, 'no deadlines heading');
  const deadlines = page.getByRole('main').getByRole('list').filter({ has: page.getByText(/^\d\d-\d\d-\d{4}/) });
  const deadline = (await deadlines.last().getByRole('listitem').first().textContent()) || '';
  check(/\d\d-\d\d-\d{4}/.test(deadline), `no date in the first deadline: "${deadline}"`);

  // An agreement with a follow-up date, in the record.
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
  await press(main.getByRole('button', exact(T('kind_agreement'))));
  await main.getByRole('textbox', exact(T('field_date'))).fill(today());
  await main.getByRole('checkbox').first().press('Space');
  await main.getByRole('textbox', exact(T('field_expected_effect'))).fill('Færre fraværsdage');
  await main.getByRole('textbox', exact(T('field_follow_up_date'))).fill(today(30));
  await main.getByRole('textbox', exact(T('field_consequences'))).fill('Vi taler om en ny løsning');
  await main.getByRole('radiogroup', exact(T('field_terms'))).getByRole('radio', exact(T('terms_special_terms'))).press('Space');
  await press(main.getByRole('button', exact(T('save'))));
  const stored = await page.evaluate(() => localStorage.getItem('fasthold.cases'));
  check(stored.includes('Færre fraværsdage') && stored.includes('special_terms'), 'the agreement was not stored');
  check(await main.getByRole('button', { name: `${T('edit')}: ` }).count() >= 1, 'the saved entry offers no edit');

  // A document: copied and downloaded.
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_documents'))));
  const doc = documents.find((d) => d.id === 'agreement');
  await press(main.getByRole('button', exact(doc.title.da)));
  await main.getByRole('radiogroup').getByRole('radio').first().press('Space');
  await settle(page);
  check(await main.getByRole('radiogroup').getByRole('radio').first().isChecked(), 'the entry is not chosen');
  const copied = await copiedBy(page, () => press(main.getByRole('button', exact(T('copy_text')))));
  check(copied.includes('Færre fraværsdage'), `the copied document lacks the agreement: ${copied.slice(0, 120)}`);
  check(await main.getByRole('status').count() === 1, 'no status says it was copied');
  const [download] = await Promise.all([page.waitForEvent('download'), press(main.getByRole('button', exact(T('download_txt'))))]);
  const file = await download.path();
  check(fs.readFileSync(file, 'utf8').includes('Færre fraværsdage'), 'the downloaded document lacks the agreement');
  await done(s);
});

test('keyboard: the skip link is the first Tab stop and lands on the screen title', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 } });
  const { page } = s;
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.id) === 'fasthold-skip', 'the first Tab stop is not the skip link');
  check((await page.evaluate(() => document.activeElement.textContent)) === T('skip_to_content'), 'the skip link is unnamed');
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement.tagName) === 'H1', 'the skip link does not reach the title');
  await page.keyboard.press('Tab');
  await settle(page);
  check(await page.evaluate(() => document.activeElement.getAttribute('aria-label')) === T('nickname_label'),
    'Tab after the title does not reach the first field');
  // The focus ring is drawn, at least 2 px.
  const ring = await page.evaluate(() => {
    const r = document.getElementById('fasthold-focus');
    return r && !r.hidden ? parseFloat(getComputedStyle(r).borderTopWidth) : 0;
  });
  check(ring >= 2, `no focus ring of 2 px or more (${ring})`);
  await shot(page, 'a11y-focus-ring');
  await done(s);
});

// ---- phone and paste -----------------------------------------------------------------------

test('phone: every kind of text field is a real editable element that takes the phone keyboard', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page } = s;
  const main = page.getByRole('main');
  const focusedTag = () => page.evaluate(() => document.activeElement.tagName);
  // A field below the fold: bring it into view the way a phone user would reach it (the
  // page scrolls to a focused element), leave it, then tap it.
  const tapField = async (locator) => {
    await locator.focus();
    await settle(page);
    await locator.evaluate((e) => e.blur());
    await settle(page);
    await locator.tap();
  };
  const tapButton = async (locator) => {
    await locator.focus();
    await settle(page);
    const before = await frames(page);
    await locator.tap({ force: true });  // the drawn button under the transparent element
    await page.waitForFunction((n) => window.__fastholdFrames > n, before, { timeout: 5000 });
    await settle(page);
  };
  const nickname = main.getByRole('textbox', exact(T('nickname_label')));
  await nickname.tap();
  check(await focusedTag() === 'INPUT', 'a tap on the nickname does not focus an input');
  await page.keyboard.insertText('Æble-ø');
  await settle(page);
  // A tap on the drawn button (the element over it lets the finger through).
  await tapButton(main.getByRole('button', exact(T('start_new_case'))));
  check((await page.evaluate(() => localStorage.getItem('fasthold.cases'))).includes('Æble-ø'), 'the nickname typed on a phone was not stored');
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
  await tapButton(main.getByRole('button', exact(T('kind_agreement'))));
  const date = main.getByRole('textbox', exact(T('field_date')));
  await tapField(date);
  check(await focusedTag() === 'INPUT' && await date.getAttribute('inputmode') === 'numeric', 'a date is not a numeric input');
  const effect = main.getByRole('textbox', exact(T('field_expected_effect')));
  await tapField(effect);
  check(await focusedTag() === 'TEXTAREA', 'a long text is not a textarea');
  await page.keyboard.insertText('Mere tid på lageret, færre løft: æøå');
  await settle(page);
  await press(main.getByRole('button', exact(T('save'))));
  check((await page.evaluate(() => localStorage.getItem('fasthold.cases'))).includes('færre løft: æøå'), 'the agreement typed on a phone was not stored');
  await press(main.getByRole('button', exact(T('kind_partial_sick_leave'))));
  const hours = main.getByRole('textbox', exact(T('field_hours')));
  await tapField(hours);
  check(await hours.getAttribute('inputmode') === 'decimal', 'hours are not a decimal input');
  await shot(page, 'a11y-phone-record');
  await done(s);
});

test('paste: Ctrl+V puts the clipboard into a field, a date and an agreement text', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 } });
  const { page, context } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const main = page.getByRole('main');
  const paste = async (locator, text) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await locator.focus();
    await page.keyboard.press('Control+V');
    await settle(page);
    check(await locator.inputValue() === text, `pasting "${text}" gave "${await locator.inputValue()}"`);
  };
  await paste(main.getByRole('textbox', exact(T('nickname_label'))), 'Kopieret-Ø');
  await press(main.getByRole('button', exact(T('start_new_case'))));
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
  await press(main.getByRole('button', exact(T('kind_agreement'))));
  await main.getByRole('textbox', exact(T('field_date'))).fill('');
  await paste(main.getByRole('textbox', exact(T('field_date'))), today());
  await paste(main.getByRole('textbox', exact(T('field_expected_effect'))), 'Indsat fra udklipsholderen: æøå');
  await press(main.getByRole('button', exact(T('save'))));
  const stored = await page.evaluate(() => localStorage.getItem('fasthold.cases'));
  check(stored.includes('Kopieret-Ø') && stored.includes('udklipsholderen: æøå'), 'pasted text did not reach the case');
  await done(s);
});

// ---- zoom and reflow -----------------------------------------------------------------------

for (const [name, options] of [['320 px', { viewport: { width: 320, height: 640 } }],
  ['200 % zoom', { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 }]]) {
  test(`reflow at ${name}: no element sticks out sideways, on every screen`, async (browser, url) => {
    const s = await open(browser, url, { ...options, seed: storeOf(example('01-adaptation-year.json')) });
    const { page } = s;
    const nav = page.getByRole('navigation');
    const wide = async (where) => {
      const out = await page.evaluate(() => {
        const w = window.innerWidth;
        return [...document.querySelectorAll('#fasthold-content *')].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.right > w + 1 || r.left < -1);
        }).map((e) => `${e.tagName} "${(e.textContent || e.getAttribute('aria-label') || '').slice(0, 40)}"`);
      });
      check(out.length === 0, `${where} at ${name}: sticks out: ${out.slice(0, 5).join(', ')}`);
    };
    const tag = name.replace(/[^0-9a-z]+/gi, '');
    for (const key of ['nav_cases', 'nav_interview', 'nav_results', 'nav_record', 'nav_documents', 'nav_settings']) {
      await press(nav.getByRole('link', exact(T(key))));
      if (key === 'nav_record') await press(page.getByRole('button', exact(T('kind_agreement'))));
      await wide(key);
      await shot(page, `a11y-reflow-${tag}-${key}`);
    }
    await done(s);
  });
}

const failed = await runTests(tests, site);
console.log(`axe rules checked over every screen (nodes passed / failed / incomplete):\n${[...totals.entries()]
  .sort().map(([id, t]) => `  ${id}: ${t.pass} / ${t.fail} / ${t.incomplete}`).join('\n')}`);
process.exit(failed ? 1 : 0);
