// The manager's journey, as a manager meets it: node tests/e2e/journey.mjs [site folder]
// - The results lead somewhere: each scheme you can ask for has its action (write the
//   agreement, prepare the document for the municipality), who to contact, and a print of
//   the results with the why of each scheme; deadlines say "i dag" / "om N dage" in words.
// - Changing an answer keeps your place: a yes/no question says "Dit svar nu: …", saving
//   after "Ændr" returns to "Tjek dine svar", and "Tilbage" to the question shown before.
// - The progress says how many questions are left, recomputed from the answers.
// Role-and-name locators only; texts are read from data/ (never written here). Screenshots
// at 1366x768 and 390x844 go to build/web/screenshots/journey-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answer, check, copiedBy, press, settle, title } from './drive.mjs';
import { done, open, runTests, shotsIn } from './session.mjs';
import { fill, filled, inForce, readData, uiText } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shot = shotsIn(path.join(repo, 'build/web/screenshots'));
const read = (file) => JSON.parse(fs.readFileSync(path.join(repo, file), 'utf8'));
const T = uiText;
const schemes = readData('schemes.json').schemes.filter((x) => inForce(x)).map((x) => ({
  ...x, name: { da: filled(x.name.da, 'da'), en: filled(x.name.en, 'en') } }));
const documents = readData('documents.json').documents.map((d) => ({
  ...d, title: { da: filled(d.title.da, 'da'), en: filled(d.title.en, 'en') } }));
const example = (name) => read(`examples/${name}`);
const storeOf = (...cases) => JSON.stringify({ format: 'fasthold-store', version: 1, cases, current: 0 });
const exact = (name) => ({ name, exact: true });
const SIZES = [[1366, 768], [390, 844]];

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// The results page: from "Tjek dine svar" (on a wide screen the results have no tab).
async function toResults(page) {
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_check'))));
  await press(page.getByRole('main').getByRole('button', exact(T('see_results'))));
  check(await title(page) === T('results_title'), `not on the results: ${await title(page)}`);
}

// A fresh page with a new case started from the first screen.
async function newCase(browser, url, viewport, nickname) {
  const s = await open(browser, url, { viewport });
  const main = s.page.getByRole('main');
  await main.getByRole('textbox', exact(T('nickname_label'))).fill(nickname);
  await press(main.getByRole('button', exact(T('start_new_case'))));
  return { s, page: s.page, main };
}

const mainText = async (page) => (await page.getByRole('main').allTextContents()).join(' ');

for (const [w, h] of SIZES) {
  test(`resultatet fører videre: handlinger, hvem I skal kontakte, udskrift (${w}x${h})`, async (browser, url) => {
    const s = await open(browser, url, { viewport: { width: w, height: h }, seed: storeOf(example('02-not-the-job-s56.json')) });
    const { page, context } = s;
    const main = page.getByRole('main');
    await toResults(page);
    // The next step comes first, before what you can ask for.
    const said = await mainText(page);
    check(said.indexOf(T('next_step')) >= 0 && said.indexOf(T('next_step')) < said.indexOf(T('results_can_ask')),
      'the next step is not first on the results');
    const s56 = main.getByRole('link', { name: T('action_s56') });
    check(await s56.count() === 1, 'no action to prepare the §56 agreement');
    check(await main.getByRole('button', exact(T('results_print'))).count() === 1, 'no print button');
    check(await main.getByRole('button', exact(T('results_who'))).count() === 1, 'no "who to contact"');
    await shot(page, `journey-results-actions-${w}`);

    // Print: a new tab with the results and the why of each scheme, as headings.
    const [tab] = await Promise.all([context.waitForEvent('page'), press(main.getByRole('button', exact(T('results_print'))))]);
    await tab.waitForLoadState();
    const h2 = await tab.getByRole('heading', { level: 2 }).allTextContents();
    check(h2.includes(T('next_step')), `the print has no next step: ${h2.join(' | ')}`);
    for (const sc of schemes) check(h2.some((x) => x.startsWith(sc.name.da)), `the print has no heading for ${sc.id}`);
    const body = await tab.textContent('body');
    check(body.includes(T('results_print_why')) && !body.includes('## '), 'the print has no why, or shows raw marks');
    await tab.close();

    // The §56 action opens the documents with the §56 preparation chosen.
    await press(s56);
    check(await title(page) === T('documents_title'), 'the §56 action did not open the documents');
    check(await main.getByRole('button', exact(T('copy_text'))).count() === 1, 'no document chosen');
    const prep = documents.find((d) => d.id === 's56_preparation');
    check(await main.getByRole('button', exact(prep.title.da)).count() === 1, 'no §56 preparation button');
    await toResults(page);
    await press(main.getByRole('button', exact(T('results_who'))));
    check(await title(page) === T('who_title'), 'the results do not lead to who to contact');
    await done(s);
  });
}

test('en aftale kan skrives direkte fra resultatet', async (browser, url) => {
  const s = await open(browser, url, { seed: storeOf(example('01-adaptation-year.json')) });
  const { page } = s;
  const main = page.getByRole('main');
  await toResults(page);
  const act = main.getByRole('link', { name: T('action_agreement') });
  check(await act.count() === 1, 'no action to write the agreement');
  await press(act);
  check(await title(page) === T('record_title'), 'the action did not open the record');
  check(await main.getByRole('textbox', exact(T('field_date'))).count() === 1, 'the agreement form is not open');
  await done(s);
});

for (const [w, h] of SIZES) {
  test(`et svar kan ændres uden at miste sin plads (${w}x${h})`, async (browser, url) => {
    const s = await open(browser, url, { viewport: { width: w, height: h }, seed: storeOf(example('01-adaptation-year.json')) });
    const { page } = s;
    const main = page.getByRole('main');
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_check'))));
    // The first "Ændr" whose question is a yes/no one.
    const changes = main.getByRole('link', { name: `${T('change')}: ` });
    const n = await changes.count();
    check(n > 0, 'no Ændr on Tjek dine svar');
    let found = false;
    for (let i = 0; i < n && !found; ++i) {
      await press(main.getByRole('link', { name: `${T('change')}: ` }).nth(i));
      const yes = main.getByRole('radio', exact(T('answer_yes')));
      if (await yes.count()) {
        found = true;
        // The answer given is the chosen radio of the question's group.
        let now = null;
        for (const a of [T('answer_yes'), T('answer_no'), T('answer_unknown')])
          if (await main.getByRole('radio', exact(a)).isChecked()) now = a;
        check(now, 'a revisited yes/no question shows no current answer');
        const other = now === T('answer_yes') ? T('answer_no') : T('answer_yes');
        await answer(main, other, T('save_continue'));
        check(await title(page) === T('check_title'), `saving after Ændr left Tjek dine svar for "${await title(page)}"`);
        check((await page.locator('body').textContent()).includes(T('answer_saved')), 'the change is not said');
        await shot(page, `journey-check-after-change-${w}`);
      } else {
        await press(main.getByRole('link', { name: T('back') }).first());
        check(await title(page) === T('check_title'), `Tilbage from a question opened by Ændr went to "${await title(page)}"`);
      }
    }
    check(found, 'no yes/no question among the answers');
    await done(s);
  });
}

test('Tilbage går til det forrige spørgsmål, og fremskridtet tæller de spørgsmål, der er tilbage', async (browser, url) => {
  const { s, page, main } = await newCase(browser, url, { width: 390, height: 844 }, 'Lager');
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_interview'))));
  // Past the first steps (actions, read and continued) to the first yes/no question.
  for (let i = 0; i < 5 && !(await main.getByRole('radio', exact(T('answer_yes'))).count()); ++i)
    await press(main.getByRole('button', exact(T('continue'))));
  const first = await title(page);
  const left = async () => {
    const m = (await mainText(page)).match(new RegExp(T('progress_left').replace('{1}', '(\\d+)')));
    return m ? Number(m[1]) : 1;
  };
  const before = await left();
  check(before > 1, 'no count of the questions left');
  // One Tab stop for the group; the arrows move the choice without saving it.
  const group = main.getByRole('radiogroup', exact(first));
  check(await group.count() === 1, `the question "${first}" is not the name of its radio group`);
  await main.getByRole('radio', exact(T('answer_yes'))).press('Space');
  await settle(page);
  await page.keyboard.press('ArrowDown');
  await settle(page);
  check(await main.getByRole('radio', exact(T('answer_no'))).isChecked(), 'ArrowDown did not choose Nej');
  check(await title(page) === first, 'choosing with the arrows moved on');
  await page.keyboard.press('ArrowUp');
  await settle(page);
  await press(main.getByRole('button', exact(T('save_continue'))));
  check(await title(page) !== first, 'Ja did not move on');
  await shot(page, 'journey-progress-390');
  await press(main.getByRole('link', { name: T('back') }).first());
  check(await title(page) === first, `Tilbage went to "${await title(page)}", not the question before`);
  check(await main.getByRole('radio', exact(T('answer_yes'))).isChecked(), 'the question does not show Ja as chosen');
  await done(s);
});

const storedCase = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')).cases[0]);
const hasMarks = (text) => /^#{1,3} /m.test(text);

for (const [w, h] of SIZES) {
  test(`dokumenterne er klar til at sende: overskrifter, ren tekst, aftalen ved navn, mailen uden sidefod (${w}x${h})`, async (browser, url) => {
    const s = await open(browser, url, { viewport: { width: w, height: h }, seed: storeOf(example('01-adaptation-year.json')) });
    const { page, context } = s;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const main = page.getByRole('main');
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_documents'))));
    const agreement = documents.find((d) => d.id === 'agreement');
    await press(main.getByRole('button', exact(agreement.title.da)));
    // The entry is named by kind and date, never by its id.
    const name = fill(T('entry_name'), T('kind_agreement'), '06-10-2025');
    const radio = main.getByRole('radio', exact(name));
    check(await radio.count() === 1, `no entry named "${name}"`);
    check(!(await mainText(page)).includes('(a1)'), 'an entry is shown by its id');
    check(await radio.isChecked(), 'the newest agreement is not chosen to begin with');
    // The preview renders the document's headings as headings, with no Markdown marks left.
    const headings = await main.getByRole('heading').allTextContents();
    const first = agreement.body.da.split('\n')[0].replace(/^# /, '');
    check(headings.some((x) => x.trim() === first), `the preview has no heading "${first}": ${headings.join(' | ')}`);
    check(!hasMarks(await mainText(page)), 'the preview shows # marks');
    // Tab past the buttons (a keyboard focus scrolls into view) to "Udskriv": the preview is below it.
    await main.getByRole('button', exact(T('copy_text'))).focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('Tab');
    await page.mouse.move(w / 2, h / 2);
    await page.mouse.wheel(0, h / 2);
    await settle(page);
    await shot(page, `journey-document-preview-${w}`);
    // The copied text reads well in an e-mail: plain lines, and the printable document's footer.
    const copied = await copiedBy(page, () => press(main.getByRole('button', exact(T('copy_text')))));
    check(copied.includes('Lager-AB') && !hasMarks(copied), `the copied text has marks: ${copied.slice(0, 120)}`);
    const footerStart = readData('documents.json').footer.da.split(' · ')[0];
    check(copied.includes(footerStart), 'the written agreement lost its footer');
    const [download] = await Promise.all([page.waitForEvent('download'), press(main.getByRole('button', exact(T('download_txt'))))]);
    const txt = fs.readFileSync(await download.path(), 'utf8');
    check(txt.includes('Lager-AB') && !hasMarks(txt), 'the .txt has marks');
    // The e-mail to the employee ends with the manager's greeting, not a product footer.
    const mail = documents.find((d) => d.id === 'agreement_email');
    await press(main.getByRole('button', exact(mail.title.da)));
    check(await main.getByRole('radio', exact(name)).isChecked(), 'the e-mail is not about the agreement');
    const email = await copiedBy(page, () => press(main.getByRole('button', exact(T('copy_text')))));
    check(email.includes('Lager-AB') && !email.includes(footerStart), 'the e-mail to the employee carries the product footer');
    await done(s);
  });

  test(`loggen: en aftale rettes med de samme tjek, og den kan læses i sin helhed (${w}x${h})`, async (browser, url) => {
    const s = await open(browser, url, { viewport: { width: w, height: h }, seed: storeOf(example('01-adaptation-year.json')) });
    const { page } = s;
    const main = page.getByRole('main');
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
    // Read in full: the oldest entry (the agreement) is the last in the log, newest first.
    await press(main.getByRole('button', { name: T('entry_in_full') }).last());
    const full = main.getByRole('region', { name: `${T('entry_in_full')}: ${fill(T('entry_name'), T('kind_agreement'), '06-10-2025')}` });
    check(await full.count() === 1, 'no region with the agreement in full');
    const text = (await full.allTextContents()).join(' ');
    for (const part of ['Færre fraværsdage', 'Tunge løft over 10 kg', 'pause hver anden time'])
      check(text.includes(part), `the entry in full lacks "${part}"`);
    // Edit it: the form holds what was stored, and the same checks as a new entry apply.
    await press(main.getByRole('button', { name: `${T('edit')}: ` }).last());
    const effect = main.getByRole('textbox', { name: T('field_expected_effect') });
    check((await effect.inputValue()).startsWith('Færre fraværsdage'), 'the edit form is not filled with the entry');
    await shot(page, `journey-record-editing-${w}`);
    const before = await storedCase(page);
    const followUp = main.getByRole('textbox', { name: T('field_follow_up_date') });
    await followUp.fill('01-01-2025');
    await press(main.getByRole('button', exact(T('save'))));
    check(await followUp.getAttribute('aria-invalid') === 'true' || (await mainText(page)).includes('06-10-2025'),
      'a follow-up before the agreement was not refused');
    check(JSON.stringify(await storedCase(page)) === JSON.stringify(before), 'a refused edit changed the stored case');
    await followUp.fill('15-12-2025');
    await effect.fill('Færre fraværsdage, også om fredagen');
    await press(main.getByRole('button', exact(T('save'))));
    const after = await storedCase(page);
    check(after.log.length === before.log.length, `the edit added an entry: ${after.log.length}`);
    const a1 = after.log.find((e) => e.id === 'a1');
    check(a1.expected_effect === 'Færre fraværsdage, også om fredagen' && a1.follow_up_date === '2025-12-15',
      `the edit was not stored: ${JSON.stringify(a1).slice(0, 160)}`);
    await done(s);
  });
}

test('en tilpasning valgt under Forbered står allerede afkrydset i aftalen', async (browser, url) => {
  const { s, page, main } = await newCase(browser, url, { width: 1366, height: 768 }, 'Lager-Forbered');
  const adaptation = readData('adaptations.json').adaptations[1];
  const box = main.getByRole('checkbox', exact(filled(adaptation.text.da)));
  check(await box.count() === 1, `no adaptation "${adaptation.text.da}" to tick while preparing`);
  await box.press('Space');
  await settle(page);
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
  await press(main.getByRole('button', exact(T('kind_agreement'))));
  const region = main.getByRole('region', exact(T('field_adapted')));
  const ticked = region.getByRole('checkbox', { checked: true });
  check(await ticked.count() === 1, `${await ticked.count()} adaptations ticked in the new agreement`);
  check(await region.getByRole('checkbox', { ...exact(filled(adaptation.text.da)), checked: true }).count() === 1,
    'the adaptation ticked while preparing is not ticked in the agreement');
  await done(s);
});

process.exit(await runTests(tests, site) ? 1 : 0);
