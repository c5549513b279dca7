// The page as a phone uses it (issue 25): node tests/e2e/phone.mjs [site folder]
// iPhone- and Pixel-sized touch screens, taps only, at the drawn widget (the accessible
// element lies exactly over it): dates typed as digits alone, the browser's own scrolling
// (a swipe that starts on a text field, no blank screen after a form shrinks), the field
// above the keyboard, pinch-zoom, the reader's text size, and the browser's Back button.
// Role-and-name locators and texts from data/ only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, countColour, frames, settle } from './drive.mjs';
import { done, firstFrame, open, runTests, shotsIn } from './session.mjs';
import { uiText as T } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shot = shotsIn(path.join(repo, 'build/web/screenshots'));
const exact = (name) => ({ name, exact: true });
const PHONES = {
  iphone: { viewport: { width: 390, height: 664 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  pixel: { viewport: { width: 393, height: 727 }, deviceScaleFactor: 2.75, isMobile: true, hasTouch: true },
};
// A date `offset` days from today as digits alone (ddmmåååå): all an iPhone's number keypad types.
const digits = (offset = 0) => {
  const d = new Date(Date.now() + offset * 86400000);
  return `${String(d.getDate()).padStart(2, '0')}${String(d.getMonth() + 1).padStart(2, '0')}${d.getFullYear()}`;
};

// A finger's tap on what the locator names: scrolled into view as the browser scrolls, then
// tapped at the middle of the drawn widget (the element's box).
async function tap(locator) {
  const page = locator.page();
  await locator.scrollIntoViewIfNeeded();
  await settle(page);
  const box = await locator.boundingBox();
  check(box && box.width > 0, `nothing to tap for ${locator}`);
  const before = await frames(page);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + Math.min(box.height / 2, 20));
  // The browser sends the tap's mouse events after the touch ends: wait for the frame they draw.
  await page.waitForFunction((n) => window.__fastholdFrames > n, before, { timeout: 5000 }).catch(() => {});
  await settle(page);
}
// Typing into the focused real field, as a phone's keyboard does (insertText, æøå kept).
async function typeText(page, text) {
  await page.keyboard.insertText(text);
  await settle(page);
}
// A tap into a field, all of it selected (as a long press and "Select all" would), then typed.
async function tapAndType(locator, text) {
  await tap(locator);
  await locator.evaluate((el) => el.select());
  await typeText(locator.page(), text);
}
const cdp = async (page) => page.context().newCDPSession(page);
// A finger's swipe: down, `dy` px (positive: the finger moves down the screen), up.
async function swipe(page, x, y, dy) {
  const session = await cdp(page);
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let k = 1; k <= 10; k++) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * k) / 10 }] });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(300);
  await settle(page);
}

async function newCase(page, name) {
  const main = page.getByRole('main');
  await tapAndType(main.getByRole('textbox', exact(T('nickname_label'))), name);
  await tap(main.getByRole('button', exact(T('start_new_case'))));
}
async function openAgreementForm(page) {
  await tap(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
  await tap(page.getByRole('main').getByRole('button', exact(T('kind_agreement'))));
}
// The drawn page is not blank where the window shows it: the canvas has ink (text) in view.
async function inkInView(page) {
  const { width, height } = page.viewportSize();
  return countColour(page, 0x0b0c0c, { x: 0, y: 0, width, height }, 60);
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

for (const [phone, options] of Object.entries(PHONES)) {
  test(`${phone}: en aftale skrives med datoer som cifre alene, og skærmen er ikke tom efter Gem`, async (browser, url) => {
    const s = await open(browser, url, options);
    const { page } = s;
    const main = page.getByRole('main');
    await newCase(page, 'Tryk');
    await openAgreementForm(page);
    await tapAndType(main.getByRole('textbox', exact(T('field_date'))), digits());
    await tapAndType(main.getByRole('textbox', exact(T('field_adapted_text'))), 'Undgå tunge løft');
    await tapAndType(main.getByRole('textbox', exact(T('field_expected_effect'))), 'Færre fraværsdage');
    await tapAndType(main.getByRole('textbox', exact(T('field_follow_up_date'))), digits(30));
    await tapAndType(main.getByRole('textbox', exact(T('field_consequences'))), 'Vi taler om en ny løsning');
    const before = await page.evaluate(() => window.scrollY);
    await tap(main.getByRole('button', exact(T('save'))));
    const alerts = await main.getByRole('alert').allTextContents();
    check(alerts.length === 0, `the form refused: ${alerts.join(' | ')}`);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases')));
    const entry = stored.cases[stored.current].log[0];
    check(entry && entry.kind === 'agreement' && /^\d{4}-\d\d-\d\d$/.test(entry.date), `not saved: ${JSON.stringify(stored).slice(0, 300)}`);
    const view = await page.evaluate(() => ({ y: window.scrollY, h: innerHeight, doc: document.documentElement.scrollHeight }));
    check(view.y + view.h <= view.doc + 1, `scrolled past the page's end: ${JSON.stringify(view)}`);
    const ink = await inkInView(page);
    check(ink > 500, `the screen is blank after Gem (scrolled from ${before} to ${view.y}, ${ink} dark pixels)`);
    await shot(page, `phone-after-save-${phone}`);
    await done(s);
  });

  test(`${phone}: et swipe, der starter på et tekstfelt, ruller siden, og feltet kommer over tastaturet`, async (browser, url) => {
    const s = await open(browser, url, options);
    const { page } = s;
    const main = page.getByRole('main');
    await newCase(page, 'Swipe');
    await openAgreementForm(page);
    const field = main.getByRole('textbox', exact(T('field_consequences')));
    const text = main.getByRole('textbox', exact(T('field_adapted_text')));
    await text.scrollIntoViewIfNeeded();
    await settle(page);
    const box = await text.boundingBox();
    const y0 = await page.evaluate(() => window.scrollY);
    const x = Math.round(box.x + box.width / 2), y = Math.round(box.y + box.height / 2);
    check(await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.className, [x, y]) === 'fh-field',
      'the swipe would not start on the text field');
    // The finger moves down the screen (the page scrolls back up), starting on the field: real
    // touch events (headless Chromium's synthesized touch scroll gesture scrolls no page at all).
    await swipe(page, x, y, 250);
    const y1 = await page.evaluate(() => window.scrollY);
    check(y1 < y0 - 100, `a swipe from a text field did not scroll the page (${y0} → ${y1})`);

    // The keyboard opens: the visual viewport shrinks to about half. The focused field is above it.
    await tap(field);
    const { width, height } = options.viewport;
    await page.setViewportSize({ width, height: Math.round(height * 0.55) });
    await settle(page);
    await page.waitForTimeout(200);
    const place = await field.evaluate((el) => {
      const r = el.getBoundingClientRect(), vv = window.visualViewport;
      return { top: r.top, bottom: r.bottom, vvTop: vv.offsetTop, vvBottom: vv.offsetTop + vv.height, focused: document.activeElement === el };
    });
    check(place.focused, 'the field lost the focus when the keyboard opened');
    check(place.top >= place.vvTop && place.bottom <= place.vvBottom, `the field is under the keyboard: ${JSON.stringify(place)}`);
    await page.setViewportSize(options.viewport);
    await done(s);
  });
}

test('pinch-zoom forstørrer siden, og en større tekststørrelse giver større tekst', async (browser, url) => {
  const s = await open(browser, url, PHONES.pixel);
  const { page } = s;
  const h1 = page.getByRole('main').getByRole('heading', { level: 1 });
  const session = await cdp(page);
  // Headless Chromium synthesizes a pinch from the touchpad ('default'), not from a touch screen
  // (a plain page does not zoom either with 'touch'): the same page zoom a finger's pinch asks for.
  await session.send('Input.synthesizePinchGesture', { x: 200, y: 300, scaleFactor: 2.5, gestureSourceType: 'default' });
  await page.waitForTimeout(300);
  const scale = await page.evaluate(() => window.visualViewport.scale);
  check(scale > 1.5, `pinch-zoom did not zoom the page (scale ${scale})`);
  await session.send('Input.synthesizePinchGesture', { x: 50, y: 50, scaleFactor: 0.2, gestureSourceType: 'default' });
  await page.waitForTimeout(300);

  const before = (await h1.boundingBox()).height;
  await page.evaluate(() => { document.documentElement.style.fontSize = '32px'; });  // as a reader's 200 % text size
  await page.waitForFunction((b) => {
    const el = document.querySelector('#fasthold-content main h1');
    return el && el.getBoundingClientRect().height > b * 1.5;
  }, before, { timeout: 8000 }).catch(() => {});
  const after = (await h1.boundingBox()).height;
  check(after > before * 1.5, `a larger root font size did not make the text larger (title ${before} → ${after} px tall)`);
  await shot(page, 'phone-text-size-200');
  await done(s);
});

test('browserens Tilbage og Frem flytter mellem skærmene, og en genindlæsning bliver på skærmen', async (browser, url) => {
  const s = await open(browser, url, PHONES.iphone);
  const { page, problems } = s;
  const h1 = async () => (await page.getByRole('main').getByRole('heading', { level: 1 }).first().textContent()).trim();
  await newCase(page, 'Tilbage');
  const first = await h1();
  check((await page.title()) === `${first} – ${T('app_title')}`, `the tab's title is "${await page.title()}" on "${first}"`);
  await tap(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
  const record = await h1();
  check(record !== first, 'the record did not open');
  check((await page.title()).startsWith(record), `the tab's title is "${await page.title()}" on the record`);
  await page.goBack();
  await settle(page);
  check(await h1() === first, `Back went to "${await h1()}", not "${first}"`);
  check(page.url().startsWith(url), `Back left the page: ${page.url()}`);
  await page.goForward();
  await settle(page);
  check(await h1() === record, `Forward went to "${await h1()}"`);
  await page.reload();
  await firstFrame(page, problems);
  check(await h1() === record, `a reload showed "${await h1()}", not the record`);
  check(!page.url().includes('Tilbage'), 'case data in the address');
  await done(s);
});

test('fokus lander aldrig på <body> efter en handling med tastaturet', async (browser, url) => {
  const s = await open(browser, url, { viewport: { width: 1366, height: 768 } });
  const { page } = s;
  const main = page.getByRole('main');
  const where = () => page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body || !el ? 'body' : `${el.tagName} ${el.textContent || el.getAttribute('aria-label') || ''}`.trim();
  });
  const pressed = async (locator, label) => {
    await locator.press('Enter');
    await settle(page);
    const at = await where();
    check(at !== 'body', `focus dropped on <body> after "${label}"`);
    return at;
  };
  await main.getByRole('textbox', exact(T('nickname_label'))).fill('Fokus');
  await pressed(main.getByRole('button', exact(T('start_new_case'))), T('start_new_case'));
  await pressed(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))), T('nav_record'));
  await pressed(main.getByRole('button', exact(T('kind_agreement'))), T('kind_agreement'));
  await pressed(main.getByRole('button', exact(T('cancel'))).first(), T('cancel'));
  await pressed(page.getByRole('navigation').getByRole('link', exact(T('nav_settings'))), T('nav_settings'));
  await pressed(main.getByRole('button', exact(T('delete_case'))), T('delete_case'));
  await done(s);
});

process.exit(await runTests(tests, site) ? 1 : 0);
