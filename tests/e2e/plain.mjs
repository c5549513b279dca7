// Plain Danish first (issue 17), in the page: node tests/e2e/plain.mjs [site folder]
// - "Hvad betyder det?" under a question: a button with aria-expanded; opened, the one-line
//   explanation of each term the question uses. The whole interview walked: every question
//   whose words name a term of art (data/terms.json `match`) offers its explanation.
// - A fact only others can answer reads "Spørg …:" with the question to bring.
// - The agreement form explains its fields and each basis (Grundlag).
// - "Kopieret." stands right under the copy button, as a status.
// - The why of a scheme without double negatives.
// Role-and-name locators only; texts are read from data/ (never written here). Screenshots
// at 1366x768 and 390x844 go to build/web/screenshots/plain-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answer, canAnswer, check, press, settle, title } from './drive.mjs';
import { done, open, runTests, shotsIn } from './session.mjs';
import { fill, filled, readData, uiText } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shot = shotsIn(path.join(repo, 'build/web/screenshots'));
const T = uiText;
const exact = (name) => ({ name, exact: true });
const SIZES = [[1366, 768], [390, 844]];
const example = (name) => JSON.parse(fs.readFileSync(path.join(repo, 'examples', name), 'utf8'));
const storeOf = (...cases) => JSON.stringify({ format: 'fasthold-store', version: 1, cases, current: 0 });
const terms = readData('terms.json').terms.filter((t) => t.explain);
const facts = readData('facts.json').facts;
const nodes = readData('flowchart.json').nodes;
const sections = readData('interview.json').sections;
const roles = readData('roles.json').roles;
const schemes = readData('schemes.json').schemes;
const mainText = async (page) => (await page.getByRole('main').allTextContents()).join(' ');
// A new case with nothing answered: the interview from its first question.
const blank = () => ({ format: 'fasthold-case', version: 1, nickname: 'Lager-AB', facts: {} });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// The terms a Danish text uses, as the loader finds them.
function termsIn(text) {
  const lower = ' ' + text.toLowerCase().replace(/[\n(]/g, ' ');
  return terms.filter((t) => t.match.some((w) => lower.includes(w)));
}

// What is on screen: the fact or flowchart step whose question is the page's title.
function itemOf(heading) {
  const f = facts.find((x) => filled(x.question.da) === heading);
  if (f) {
    const sec = sections.find((s) => s.facts.includes(f.id));
    return { fact: f, words: [sec ? sec.title.da : '', f.question.da, f.help ? f.help.da : '', f.ask ? f.ask.da : ''].join('\n') };
  }
  const n = nodes.find((x) => filled(x.title.da) === heading);
  if (n) return { node: n, words: `${n.title.da}\n${n.text.da}` };
  return null;
}

async function openExplanation(page) {
  const main = page.getByRole('main');
  const toggle = main.getByRole('button', exact(T('explain_toggle')));
  check(await toggle.count() === 1, `no "${T('explain_toggle')}" button on "${await title(page)}"`);
  check(await toggle.getAttribute('aria-expanded') === 'false', 'the explanation starts open');
  await press(toggle);
  // The mirror takes the new state with the next drawn frame: give a loaded machine a moment.
  for (let k = 0; k < 30 && await toggle.getAttribute('aria-expanded') !== 'true'; k++) await page.waitForTimeout(100);
  check(await toggle.getAttribute('aria-expanded') === 'true', 'the button does not say it is open');
}

test('hele interviewet: hvert spørgsmål med et fagord har "Hvad betyder det?" med forklaringen', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 }, seed: storeOf(blank()) });
  const { page } = s;
  const main = page.getByRole('main');
  await press(page.getByRole('navigation').getByRole('link', exact(T('nav_interview'))));
  const seen = new Set();
  let explained = 0;
  for (let step = 0; step < 90; step++) {
    const heading = await title(page);
    const item = itemOf(heading);
    if (!item) break;  // the interview is over (results or "Tjek dine svar")
    const key = item.fact ? `f:${item.fact.id}` : `n:${item.node.id}`;
    if (process.env.E2E_DEBUG) console.log("     at", heading);
    if (seen.has(key)) break;
    seen.add(key);
    const used = termsIn(item.words);
    if (used.length) {
      await openExplanation(page);
      const said = await mainText(page);
      for (const t of used) check(said.includes(filled(t.explain.da)), `"${heading}" does not explain ${t.id}`);
      explained++;
    }
    // On: yes in the flowchart (deeper), "Ved ikke endnu" for the schemes' facts, Fortsæt past steps.
    const next = main.getByRole('button', exact(T('continue')));
    if (item.node && await canAnswer(main, T('answer_yes'))) await answer(main, T('answer_yes'), T('save_continue'));
    else if (await canAnswer(main, T('answer_unknown'))) await answer(main, T('answer_unknown'), T('save_continue'));
    else if (await next.count()) await press(next);
    else break;
  }
  console.log(`     walked ${seen.size} questions and steps; ${explained} explained terms of art`);
  check(seen.size >= 20, `walked only ${seen.size} questions`);
  check(explained >= 8, `only ${explained} questions explained a term`);
  await done(s);
});

for (const [w, h] of SIZES) {
  test(`"Hvad betyder det?" åbnes på et spørgsmål og læses op; "Spørg …" med spørgsmålet (${w}x${h})`, async (browser, url) => {
    // The case's facts up to the collective agreement answered: its social chapter is asked.
    const c = example('01-adaptation-year.json');
    delete c.facts.has_social_chapter;
    delete c.facts.social_chapter_sufficient;
    c.facts.has_collective_agreement = true;
    const s = await open(browser, url, { viewport: { width: w, height: h }, seed: storeOf(c) });
    const { page } = s;
    const main = page.getByRole('main');
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_interview'))));
    const fact = facts.find((f) => f.id === 'has_social_chapter');
    for (let k = 0; k < 40 && await title(page) !== fact.question.da; k++) {
      const next = main.getByRole('button', exact(T('continue')));
      if (await canAnswer(main, T('answer_unknown'))) await answer(main, T('answer_unknown'), T('save_continue'));
      else await press(next);
    }
    check(await title(page) === fact.question.da, `the interview never asked "${fact.question.da}"`);
    // "Spørg tillidsrepræsentanten (TR) eller …:" with the question to bring.
    const said = await mainText(page);
    const tr = roles.find((r) => r.id === 'tr').name.da;
    check(said.includes(fill(T('ask_whom'), '').replace(':', '').trim()) && said.includes(tr.charAt(0).toLowerCase() + tr.slice(1)),
      `no "Spørg" naming the union representative: ${said.slice(0, 400)}`);
    check(said.includes(fill(T('ask_quote'), fact.ask.da)), 'the question to bring is not shown');
    await openExplanation(page);
    const explain = filled(terms.find((t) => t.id === 'social_chapter').explain.da);
    check(await main.getByText(explain, { exact: true }).count() === 1, 'the explanation of "det sociale kapitel" is not read out');
    await shot(page, `plain-question-explained-${w}`);
    // The "Spørg …" box in view too.
    const ask = main.getByText(fill(T('ask_quote'), fact.ask.da), { exact: true });
    const box = await ask.boundingBox();
    if (box && box.y + box.height > h - 120) {
      await page.mouse.move(w / 3, h / 2);
      await page.mouse.wheel(0, box.y - h * 0.4);
      await settle(page);
    }
    await shot(page, `plain-question-ask-${w}`);
    // Not known yet, answered later.
    await answer(main, T('answer_unknown'), T('save_continue'));
    await done(s);
  });

  test(`aftaleformularen forklarer felterne og grundlaget (${w}x${h})`, async (browser, url) => {
    const s = await open(browser, url, { viewport: { width: w, height: h }, seed: storeOf(example('01-adaptation-year.json')) });
    const { page } = s;
    const main = page.getByRole('main');
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
    await press(main.getByRole('button', exact(T('kind_agreement'))));
    const effect = main.getByRole('textbox', exact(T('field_expected_effect')));
    const described = await effect.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby'))?.textContent || '');
    check(described.includes(T('help_expected_effect')), `the field's help is not its description: "${described}"`);
    const said = await mainText(page);
    check(said.includes(T('terms_help')), 'the basis has no help');
    for (const id of ['social_chapter', 'special_terms', 'ordinary_terms'])
      check(said.includes(filled(terms.find((t) => t.id === id).explain.da)), `the basis ${id} is not explained`);
    const group = main.getByRole('radiogroup', exact(T('field_terms')));
    check(await group.getByRole('radio', exact(T('terms_unknown'))).isChecked(), 'an unchosen basis is not "Ved ikke endnu"');
    await group.getByRole('radio', exact(T('terms_special_terms'))).scrollIntoViewIfNeeded();
    await settle(page);
    // The basis in view for the screenshot.
    await page.mouse.move(w / 2, h / 2);
    for (let k = 0; k < 12; k++) {
      const box = await group.boundingBox();
      if (box && box.y < h * 0.5) break;
      await page.mouse.wheel(0, 300);
      await settle(page);
    }
    await shot(page, `plain-agreement-form-${w}`);
    await done(s);
  });

  test(`"Kopieret." står lige under knappen og er en status; hvorfor uden dobbelte nægtelser (${w}x${h})`, async (browser, url) => {
    const c = example('01-adaptation-year.json');
    c.facts.receives_pension = true;
    const s = await open(browser, url, { viewport: { width: w, height: h }, seed: storeOf(c) });
    const { page } = s;
    const main = page.getByRole('main');
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_documents'))));
    const doc = readData('documents.json').documents.find((d) => d.id === 'jobcenter_summary');
    await press(main.getByRole('button', exact(filled(doc.title.da))));
    const copy = main.getByRole('button', exact(T('copy_text')));
    await press(copy);
    const status = main.getByRole('status').filter({ hasText: T('copied') });
    check(await status.count() === 1, 'no status says "Kopieret."');
    const a = await copy.boundingBox(), b = await status.boundingBox();
    check(a && b, 'no boxes');
    const gap = b.y - (a.y + a.height);
    check(gap > -2 && gap < 90 && b.x < a.x + a.width + 400, `"Kopieret." is not beside the copy button: ${JSON.stringify({ a, b })}`);
    await shot(page, `plain-copied-${w}`);

    // The why of the flexjob: "Det taler imod: Medarbejderen modtager førtidspension …".
    if (w < 800) await press(page.getByRole('navigation').getByRole('link', exact(T('nav_results'))));
    else await press(page.getByRole('navigation').getByRole('link', exact(T('nav_check'))));
    const flex = schemes.find((x) => x.id === 'flexjob');
    const disclosure = page.getByRole('button', exact(filled(flex.name.da))).first();
    await press(disclosure);
    const pension = flex.condition.all.find((x) => x.id === 'no_pension');
    check(pension && pension.text_not, 'the pension condition has no text_not');
    const against = `\u2717 ${fill(T('why_against'), pension.text_not.da)}`;
    check(await page.getByText(against, { exact: true }).count() >= 1, `the why does not read "${against}"`);
    const all = (await page.locator('body').allTextContents()).join(' ');
    check(!all.includes('(ikke opfyldt)'), 'the why still says "(ikke opfyldt)"');
    const line = page.getByText(against, { exact: true }).first();
    await line.scrollIntoViewIfNeeded();
    const box = await line.boundingBox();
    if (box && (box.y < 0 || box.y > h * 0.6)) {
      await page.mouse.move(w * 0.75, h / 2);
      await page.mouse.wheel(0, box.y - h * 0.3);
      await settle(page);
    }
    await shot(page, `plain-why-reworded-${w}`);
    await done(s);
  });
}

process.exitCode = (await runTests(tests, site)) ? 1 : 0;
