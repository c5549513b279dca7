// Driving the Fasthold page like a person: real mouse clicks at the rectangles the page
// publishes (window.__fastholdTargets, CSS px), the wheel to scroll them into view, real key
// presses (æøå through CDP: Playwright's keyboard drops them), and reading what the page
// announces (#fasthold-announcer) and stores (localStorage).
export function check(cond, message) {
  if (!cond) throw new Error(message);
}

export const frames = (page) => page.evaluate(() => window.__fastholdFrames || 0);
export const targets = (page) => page.evaluate(() => window.__fastholdTargets || {});
export const announcement = (page) => page.evaluate(() => document.getElementById('fasthold-announcer')?.textContent || '');

// An init script for every page under test: notes when the page last drew a frame, so
// settle() can tell "idle" from one look instead of watching the counter for a while.
export const FRAME_CLOCK = `(() => {
  let frames;
  Object.defineProperty(window, '__fastholdFrames', {
    configurable: true,
    get() { return frames; },
    set(v) {
      const now = performance.now(), gap = now - (window.__e2eLastFrame || 0);
      if (gap < 1000) window.__e2eFrameGap = Math.min(gap, 250);
      frames = v;
      window.__e2eLastFrame = now;
    },
  });
})();`;

// Waits until the page has stopped drawing (it pauses its loop a few frames after the last
// event), so the published rectangles belong to the frame on screen. "Stopped" is quiet for
// `quiet` ms and for 2.5 times its last frame interval (a loaded machine draws slowly).
export async function settle(page, quiet = 90) {
  try {
    await page.waitForFunction((q) => window.__e2eLastFrame === undefined ||
      performance.now() - window.__e2eLastFrame >= Math.max(q, 2.5 * (window.__e2eFrameGap || 0)),
    quiet, { timeout: 15000, polling: 20 });
  } catch {
    throw new Error('the page never stopped drawing');
  }
  return frames(page);
}

export async function target(page, id, timeout = 8000) {
  try {
    await page.waitForFunction((i) => window.__fastholdTargets && window.__fastholdTargets[i], id, { timeout });
  } catch {
    const ids = Object.keys(await targets(page)).join(' ');
    throw new Error(`no "${id}" on the page (announced "${await announcement(page)}"); there are: ${ids}`);
  }
  return page.evaluate((i) => window.__fastholdTargets[i], id);
}

export const has = async (page, id) => Boolean((await targets(page))[id]);

// Scrolls with the mouse wheel over the page until the target is wholly inside the window
// (with `near`: until its top is within 40 px of that height, or the page ends).
export async function reveal(page, id, near) {
  await settle(page);
  const { width, height } = page.viewportSize();
  let t = await target(page, id);
  for (let k = 0; k < 25; k++) {
    const top = 8, bottom = height - 8;
    const inside = t.y >= top && t.y + t.h <= bottom;
    if (inside && (near === undefined || Math.abs(t.y - near) <= 40)) return t;
    // Aim the target at a third of the window's height; ImGui scrolls less than the delta.
    const delta = Math.max(-1500, Math.min(1500, t.y - (near ?? height / 3)));
    await page.mouse.move(width / 2, height / 2);
    await page.mouse.wheel(0, delta);
    await settle(page);
    const before = t;
    t = await target(page, id);
    if (t.y === before.y && k > 2) break;  // the page cannot scroll further
  }
  if (near !== undefined && t.y >= 0 && t.y + t.h <= height) return t;
  if (t.y < 0 || t.y + t.h > height) throw new Error(`cannot scroll "${id}" into view: ${JSON.stringify(t)}`);
  return t;
}

// Moves the mouse onto the target, lets the page draw the hover, then presses and releases,
// as a hand would.
export async function click(page, id) {
  let t = await reveal(page, id);
  for (let k = 0; ; k++) {
    const before = await frames(page);
    await page.mouse.move(t.x + t.w / 2, t.y + Math.min(t.h / 2, 20));
    await page.waitForFunction((n) => window.__fastholdFrames > n, before, { timeout: 5000 }).catch(() => {});
    await settle(page);
    const now = await target(page, id);
    if ((now.x === t.x && now.y === t.y) || k === 3) break;
    t = await reveal(page, id);  // it moved under the mouse: aim again
  }
  const before = await frames(page);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction((n) => window.__fastholdFrames > n, before, { timeout: 5000 });
  await settle(page);
}

// Types text into the focused field as real key events, through the browser's input
// pipeline (CDP Input.dispatchKeyEvent, what Playwright's keyboard uses too), each key
// down carrying its character, so æ ø å arrive (Playwright's keyboard drops them). The
// events are sent without waiting for each other (CDP keeps their order): the page queues
// them and takes one key press a frame.
const sessions = new WeakMap();
async function cdpOf(page) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  return sessions.get(page);
}
function virtualKey(ch) {
  if (/[a-z]/i.test(ch)) return ch.toUpperCase().charCodeAt(0);
  if (/[0-9 ]/.test(ch)) return ch.charCodeAt(0);
  return { '-': 189, ',': 188, '.': 190, '/': 191, ';': 186, '=': 187 }[ch] || 0;
}
export async function type(page, text) {
  const cdp = await cdpOf(page);
  const before = await frames(page);
  const sent = [];
  for (const ch of text) {
    if (ch === '\n') {
      await Promise.all(sent.splice(0));
      await page.keyboard.press('Enter');
      continue;
    }
    const vk = virtualKey(ch);
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch, windowsVirtualKeyCode: vk }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, windowsVirtualKeyCode: vk }));
  }
  await Promise.all(sent);
  // The page takes one key press a frame: every key has reached it after as many frames.
  // (A character with no key code, æ ø å, comes as a character alone: no press to count.)
  const keys = [...text].filter((ch) => ch !== '\n' && virtualKey(ch)).length;
  if (text) await page.waitForFunction((n) => window.__fastholdFrames >= n, before + Math.max(keys, 1), { timeout: 5000 }).catch(() => {});
  await settle(page);
}

// Clicks a field, empties it and types the text.
export async function fill(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await type(page, text);
}

export async function announced(page, text, timeout = 8000) {
  try {
    await page.waitForFunction(
      (t) => (document.getElementById('fasthold-announcer')?.textContent || '').includes(t), text, { timeout });
  } catch {
    throw new Error(`expected the page to announce "${text}", it announced "${await announcement(page)}"`);
  }
}

export const store = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('fasthold.cases') || 'null'));
export async function currentCase(page) {
  const s = await store(page);
  check(s && s.current >= 0, `no current case in ${JSON.stringify(s)}`);
  return s.cases[s.current];
}
export const fastholdKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fasthold.')));

// ---- pixels ------------------------------------------------------------------------------
// The page draws into a canvas, so "is the error shown" is a question about pixels: decode
// Playwright's PNG screenshot (8-bit RGB/RGBA, not interlaced, as Chromium writes them) and
// count the pixels of a colour. Text in that colour leaves hundreds of them.
import zlib from 'node:zlib';

export function decodePng(buf) {
  check(buf.readUInt32BE(0) === 0x89504e47, 'not a PNG');
  let pos = 8, width = 0, height = 0, type = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      check(data[8] === 8 && data[12] === 0, 'only 8-bit, non-interlaced PNG');
      type = data[9];
    } else if (kind === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = { 2: 3, 6: 4 }[type];
  check(bpp, `PNG colour type ${type}`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(width * height * 3);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      let p = 0;
      if (f === 1) p = a;
      else if (f === 2) p = b;
      else if (f === 3) p = (a + b) >> 1;
      else if (f === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = (line[i] + p) & 255;
    }
    for (let x = 0; x < width; x++) line.copy(out, (y * width + x) * 3, x * bpp, x * bpp + 3);
    prev = line;
  }
  return { width, height, rgb: out };
}

// Pixels within `tolerance` of the colour (0xRRGGBB), in the screenshot of the region.
export async function countColour(page, colour, clip, tolerance = 30) {
  const png = decodePng(await page.screenshot(clip ? { clip } : {}));
  const r = colour >> 16, g = (colour >> 8) & 255, b = colour & 255;
  let n = 0;
  for (let i = 0; i < png.rgb.length; i += 3)
    if (Math.abs(png.rgb[i] - r) <= tolerance && Math.abs(png.rgb[i + 1] - g) <= tolerance && Math.abs(png.rgb[i + 2] - b) <= tolerance) n++;
  return n;
}
export const COLOURS = { error: 0xb10e1e, warning: 0x8a4b00, ok: 0x00703c, action: 0x1d5da8 };

// ---- through the page's real elements (web/a11y.js), as a screen reader would -------------

// The main region's title, once the page has drawn the screen.
export async function title(page) {
  await settle(page);
  return (await page.getByRole('main').getByRole('heading', { level: 1 }).first().textContent()).trim();
}

// A control activated as a keyboard or screen-reader user does: focus it, press Enter.
export async function press(locator) {
  await locator.press('Enter');
  await settle(locator.page());
}

// An answer as a keyboard or screen-reader user gives it: a yes/no question's radio (Space
// chooses it), then the form's button named `save`; any other answer ("Ved ikke endnu" beside a
// text field) is a button of its own.
export async function answer(main, name, save) {
  const radio = main.getByRole('radio', { name, exact: true });
  if (await radio.count()) {
    await radio.press('Space');
    await settle(main.page());
    await press(main.getByRole('button', { name: save, exact: true }));
  } else {
    await press(main.getByRole('button', { name, exact: true }));
  }
}
export async function canAnswer(main, name) {
  return (await main.getByRole('radio', { name, exact: true }).count()) +
         (await main.getByRole('button', { name, exact: true }).count()) > 0;
}

// The answer's radio clicked where it is drawn, then "Gem og fortsæt" (a yes/no question);
// any other id is clicked alone.
export async function clickAnswer(page, id) {
  await click(page, id);
  const radio = await page.evaluate((i) => [...document.querySelectorAll('#fasthold-content input[type=radio]')].some((e) => e.__id === i), id);
  if (radio) await click(page, 'answer_save');
}

// The text a control put on the clipboard, read from this page alone. The clipboard is shared by
// every page of the browser, so a test running beside this one may overwrite it; the page's own
// navigator.clipboard.writeText call is what this page copied.
export async function copiedBy(page, act) {
  await page.evaluate(() => {
    window.__fhCopied = undefined;
    if (navigator.clipboard.__fhRecorded) return;
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (t) => { window.__fhCopied = t; return write(t); };
    navigator.clipboard.__fhRecorded = true;
  });
  await act();
  await page.waitForFunction(() => window.__fhCopied !== undefined, null, { timeout: 5000 }).catch(() => {});
  return page.evaluate(() => window.__fhCopied || '');
}
