// The consultant's link, fully visible (issue 17): node tests/e2e/contact.mjs [site folder]
// A manager opens the page from a consultant's link (new keys in the # part), reads "Linket er
// fra …" on the first screen, starts a case, comes back with the plain address (no # part),
// opens the case and finds the municipality's contact, each value labelled, on "Hvem kan
// hjælpe". Danish, role-and-name locators only; texts from data/. Screenshots of the first
// screen at 1366x768 and 390x844: build/web/screenshots/contact-start-from-link-*.png.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, press, title } from './drive.mjs';
import { done, firstFrame, open, runTests, shotsIn } from './session.mjs';
import { fill, uiText as T } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shot = shotsIn(path.join(repo, 'build/web/screenshots'));
const exact = (name) => ({ name, exact: true });
const SIZES = [[1366, 768], [390, 844]];
const FRAGMENT = '#municipality=Jobcenter+Vejle&phone=76+81+00+00&email=virk@vejle.dk&consultant=Bo+%C3%98rsted';
const mainText = async (page) => (await page.getByRole('main').allTextContents()).join(' ');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

for (const [w, h] of SIZES) {
  test(`kontakten fra konsulentens link står på forsiden og bliver ved sagen (${w}x${h})`, async (browser, url) => {
    const s = await open(browser, url + FRAGMENT, { viewport: { width: w, height: h } });
    const { page, problems } = s;
    const main = page.getByRole('main');
    const from = fill(T('start_link_from'), 'Jobcenter Vejle');
    const first = await mainText(page);
    // In full on the first screen: the manager sees whom the link points to before keeping it.
    for (const want of [from, fill(T('who_label_phone'), '76 81 00 00'), fill(T('who_label_email'), 'virk@vejle.dk'), fill(T('who_label_consultant'), 'Bo Ørsted')])
      check(first.includes(want), `the first screen does not say "${want}"`);
    check(!first.includes(fill(T('contact_differs'), 'Jobcenter Hedensted')), 'Vejle flagged as Hedensted');
    await shot(page, `contact-start-from-link-${w}`);
    await main.getByRole('textbox', exact(T('nickname_label'))).fill('Lager');
    // Kept only because the manager ticks it.
    const keep = main.getByRole('checkbox', exact(fill(T('start_keep_link'), 'Jobcenter Vejle')));
    check(!(await keep.isChecked()), 'the link\'s contact is ticked to be kept before the manager chose');
    await keep.press('Space');
    await page.waitForFunction(() => document.querySelector('[role=checkbox][aria-checked=true], input[type=checkbox]:checked'));
    await press(main.getByRole('button', exact(T('start_new_case'))));

    // Later, the plain address: no # part.
    await page.goto('about:blank');
    await page.goto(url);
    await firstFrame(page, problems);
    check(!(await page.evaluate(() => location.hash)), 'the address still has a # part');
    check(!(await mainText(page)).includes(from), 'the plain address still says the link is from Vejle');
    // A case's row on the overview is named by the case first, then its deadline and step.
    if (await title(page) === T('start_title')) await press(main.getByRole('button', { name: /^Lager\. / }));
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_who'))));
    check(await title(page) === T('who_title'), `not on "Hvem kan hjælpe": ${await title(page)}`);
    const said = await mainText(page);
    for (const want of ['Jobcenter Vejle', fill(T('who_label_phone'), '76 81 00 00'), fill(T('who_label_email'), 'virk@vejle.dk'),
      fill(T('who_label_consultant'), 'Bo Ørsted'), T('who_kept')])
      check(said.includes(want), `"Hvem kan hjælpe" lacks "${want}": ${said.slice(0, 400)}`);
    check(!said.includes('79 75 54 00'), 'Hedensted\'s number is shown to a manager in Vejle');
    await shot(page, `contact-who-kept-${w}`);
    await done(s);
  });
}

test('uden link spørger "Hvem kan hjælpe", hvilken kommune medarbejderen bor i, og gemmer kontakten', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 } });
  const { page } = s;
  const main = page.getByRole('main');
  await main.getByRole('textbox', exact(T('nickname_label'))).fill('Lager');
  await press(main.getByRole('button', exact(T('start_new_case'))));
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_who'))));
  check(!(await mainText(page)).includes('79 75 54 00'), 'Hedensted\'s number shown as one to call');
  await main.getByRole('textbox', exact(T('who_ask_municipality'))).fill('Vejle Kommune');
  await main.getByRole('textbox', exact(T('link_phone'))).fill('76 81 00 00');
  await press(main.getByRole('button', exact(T('who_contact_save'))));
  const said = await mainText(page);
  check(said.includes('Vejle Kommune') && said.includes(fill(T('who_label_phone'), '76 81 00 00')), `not kept: ${said.slice(0, 300)}`);
  await shot(page, 'contact-who-typed-1366');
  await done(s);
});

// Issue 23: a link offers, the manager decides.
const STORED = JSON.stringify({ format: 'fasthold-store', version: 1, current: 0,
  cases: [{ format: 'fasthold-case', version: 1, nickname: 'Lager' }] });

test('et link gemmer ikke sin kontakt ved den åbne sag, før lederen vælger det', async (browser, url) => {
  const s = await open(browser, url + '#municipality=Jobcenter+Aarhus&phone=11+22+33+44&email=someone@elsewhere.example', { seed: STORED });
  const { page } = s;
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')));
  check(stored.cases.every((c) => !c.contact), `the link's contact was stored at page load: ${JSON.stringify(stored.cases[0].contact)}`);
  const main = page.getByRole('main');
  if (await title(page) === T('start_title')) await press(main.getByRole('button', { name: /^Lager\. / }));
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_who'))));
  const said = await mainText(page);
  check(said.includes(T('who_link_not_kept')) && said.includes('someone@elsewhere.example'), `"Hvem kan hjælpe" does not offer the link's contact: ${said.slice(0, 300)}`);
  check((await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')))).cases[0].contact === undefined, 'kept without a choice');
  await press(main.getByRole('button', exact(T('who_keep_link'))));
  const kept = (await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')))).cases[0].contact;
  check(kept && kept.from === 'link' && kept.email === 'someone@elsewhere.example', `not kept when chosen: ${JSON.stringify(kept)}`);
  // The stored contact can be seen and changed.
  await press(main.getByRole('button', exact(T('who_edit_contact'))));
  await main.getByRole('textbox', exact(T('link_email'))).fill('virk@aarhus.dk');
  await press(main.getByRole('button', exact(T('who_contact_save'))));
  const changed = (await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')))).cases[0].contact;
  check(changed.email === 'virk@aarhus.dk' && changed.from === 'manager', `not changed: ${JSON.stringify(changed)}`);
  await done(s);
});

test('et link til en kendt kommune med andre oplysninger bliver markeret', async (browser, url) => {
  const s = await open(browser, url + '#municipality=Jobcenter+Hedensted&phone=11+22+33+44');
  const said = await mainText(s.page);
  check(said.includes(fill(T('contact_differs'), 'Jobcenter Hedensted')), `not flagged: ${said.slice(0, 400)}`);
  check(said.includes(fill(T('who_label_phone'), '79 75 54 00')) && said.includes(fill(T('who_label_phone'), '11 22 33 44')), 'both numbers are not shown');
  await done(s);
});

process.exit(await runTests(tests, site) ? 1 : 0);
