// node bench/page_bench.mjs <build dir>: the page's figures for bench/run (issue 9), one
// `name: value` per line, from headless Chromium (Debian's, tests/e2e/launch.mjs) over http on
// 127.0.0.1 (tests/e2e/serve.mjs serving <build dir>, by default build/web-release):
//   first_frame_ms, bare_first_frame_ms, first_frame_ratio
//       navigation start to the first ImGui frame (window.__fastholdFirstFrame, which both
//       pages set), median of 7 fresh loads each (a new context: no cache, no storage),
//       interleaved Fasthold, bare, Fasthold, bare, ... so drift hits both alike.
//       Fasthold: site/fasthold.html (the offline copy); bare: bench/bare.html
//       (bench/bare_window.cpp, built the same way by bench/bench_web.cmake).
//   idle_frames_per_s
//       frames Fasthold draws over 5 s with no input, after 1.5 s to settle.
//   heap_mb, heap_used_peak_mb
//       after loading a case with every question answered and a 200-entry record (seeded in
//       localStorage before the load) and opening it and visiting check answers, the record, a
//       document (the flexjob pack) and who to call:
//       heap_mb is the wasm memory (Module.HEAP8.length / 2^20); heap_used_peak_mb the
//       highest byte the program ever wrote in it (memory past the allocator's break is
//       zero, and nothing in emcc 3.1.6 zeroes freed memory, so this is the allocator's
//       high-water mark to within a chunk; the stack sits below the heap).
// Progress goes to stderr. BENCH_SHOTS=dir saves a screenshot of each screen visited.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/serve.mjs';
import { LAUNCH } from '../tests/e2e/launch.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(process.argv[2] || path.join(repo, 'build/web-release'));
const FASTHOLD = 'site/fasthold.html';
const BARE = 'bench/bare.html';
const LOADS = 7;
const viewport = { width: 1280, height: 800 };
const shots = process.env.BENCH_SHOTS;
const log = (...a) => console.error('page_bench:', ...a);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

// Every problem a page reports (console errors, page errors) fails the benchmark: a figure
// from a page that did not work is no figure.
function watch(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

async function firstFrame(page, problems) {
  try {
    await page.waitForFunction(() => window.__fastholdFirstFrame > 0, null, { timeout: 30000, polling: 10 });
  } catch (e) {
    throw new Error(`no first frame: ${problems.join('; ') || e.message}`);
  }
  return page.evaluate(() => window.__fastholdFirstFrame);
}

// Notes the time of the last drawn frame, so settle() sees when the page has gone idle.
const FRAME_CLOCK = `(() => {
  let frames;
  Object.defineProperty(window, '__fastholdFrames', {
    configurable: true,
    get() { return frames; },
    set(v) { frames = v; window.__benchLastFrame = performance.now(); },
  });
})();`;

async function settle(page, quiet = 150) {
  await page.waitForFunction((q) => window.__benchLastFrame !== undefined && performance.now() - window.__benchLastFrame >= q,
    quiet, { timeout: 20000, polling: 20 });
}

// Clicks a published target (window.__fastholdTargets, CSS px), scrolling it into view with
// the wheel first, and waits for the page to draw and settle again.
async function click(page, id) {
  await settle(page);
  const get = async () => {
    try {
      await page.waitForFunction((i) => window.__fastholdTargets && window.__fastholdTargets[i], id, { timeout: 8000 });
    } catch {
      const ids = Object.keys(await page.evaluate(() => window.__fastholdTargets || {})).join(' ');
      throw new Error(`no "${id}" on the page; there are: ${ids}`);
    }
    return page.evaluate((i) => window.__fastholdTargets[i], id);
  };
  let t = await get();
  for (let k = 0; k < 25 && !(t.y >= 8 && t.y + t.h <= viewport.height - 8); k++) {
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, Math.max(-1500, Math.min(1500, t.y - viewport.height / 3)));
    await settle(page);
    t = await get();
  }
  const before = await page.evaluate(() => window.__fastholdFrames);
  await page.mouse.click(t.x + t.w / 2, t.y + Math.min(t.h / 2, 20));
  await page.waitForFunction((n) => window.__fastholdFrames > n, before, { timeout: 5000 });
  await settle(page);
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `${id}.png`) });
  }
}

// ---- the case: every fact answered, 100 agreements and 100 follow-ups ----------------------

function iso(d) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}
function daysFromToday(n) {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

function benchCase(entries = 200) {
  const kb = JSON.parse(fs.readFileSync(path.join(repo, 'data/facts.json'), 'utf8')).facts;
  // Answers that lead deep into the flowchart (adaptation needed, tried, flexjob territory);
  // every other yes/no fact: yes.
  const chosen = {
    birth_date: '1975-03-14', employment_start: '2010-08-01', weekly_hours: 37,
    absence_hours_per_week: 8, expected_absence_weeks: 26, expected_absence_days_per_year: 40,
    s56_absence_days_last_year: 20, assistance_hours_per_week: 5,
    receives_pension: false, measures_obviously_pointless: false, solution_found: false,
    self_supporting_after: false, social_chapter_sufficient: false, exception_event_told: false,
  };
  // Facts the record proves (docs/case-file.md) or Fasthold computes are left to them.
  const fromRecord = new Set(['first_absence_day', 'special_terms_since', 'functions_and_accommodations_written',
    'unsupported_job_attempt_documented', 's56_agreement_date', 'birth_month']);
  const facts = {};
  for (const f of kb) {
    if (f.derived_from?.length || fromRecord.has(f.id)) continue;
    if (f.id in chosen) facts[f.id] = chosen[f.id];
    else if (f.type === 'boolean') facts[f.id] = true;
    else if (f.type === 'number') facts[f.id] = Math.min(f.max ?? 10, Math.max(f.min ?? 0, 10));
    else if (f.type === 'date') facts[f.id] = '2020-01-01';
  }
  const log = [];
  let agreement = '';
  const start = -2 * entries - 30;
  for (let i = 0; i < entries; i++) {
    const e = { id: `e${i}`, date: daysFromToday(start + 2 * i) };
    if (i % 2 === 0) {
      Object.assign(e, {
        kind: 'agreement', adapted: ['reduced_hours'], expected_effect: 'Færre fraværsdage',
        follow_up_date: daysFromToday(start + 2 * i + 1), consequences: 'Ny vurdering',
        difficult_functions: 'Tunge løft', accommodations: 'Ingen løft over 10 kg',
        terms: 'special_terms', unsupported_job: true,
      });
      agreement = e.id;
    } else {
      Object.assign(e, { kind: 'follow_up', agreement_id: agreement, assessed: 'Færre fraværsdage, ja', outcome: 'Bedre', next_date: daysFromToday(start + 2 * i + 30) });
    }
    log.push(e);
  }
  return {
    format: 'fasthold-case', version: 1, nickname: 'Bench',
    facts, absence_periods: [{ first_day: daysFromToday(-60) }], log, checklist: {},
  };
}

// ---- run ---------------------------------------------------------------------------------

// node bench/page_bench.mjs --case [N]: print the benchmark's case file (check it with
// `build/native/fasthold assess`).
if (process.argv[2] === '--case') {
  console.log(JSON.stringify(benchCase(Number(process.argv[3] || 200)), null, 1));
  process.exit(0);
}

for (const f of [FASTHOLD, BARE]) {
  if (!fs.existsSync(path.join(root, f))) throw new Error(`no ${f} in ${root}: run bench/run`);
}
const server = await serve(root);
const browser = await chromium.launch(LAUNCH);
const out = [];
try {
  // First frames, interleaved; with `rate` > 1 the CPU slowed that many times (a cheap phone).
  const throttle = async (page, rate) => {
    if (rate <= 1) return;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  };
  const firstFrames = async (rate, suffix) => {
    const times = { [FASTHOLD]: [], [BARE]: [] };
    const phases = {};  // page -> start-up step (window.__fastholdStartup) -> ms, per load
    for (let i = 0; i < LOADS; i++) {
      for (const which of [FASTHOLD, BARE]) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        const problems = [];
        watch(page, problems);
        await throttle(page, rate);
        await page.goto(server.url + which);
        times[which].push(await firstFrame(page, problems));
        {
          const marks = await page.evaluate(() => ({ ...window.__fastholdStartup, frame: window.__fastholdFirstFrame }));
          let previous = 0;
          for (const step of ['script', 'main', 'knowledge_base', 'webgl', 'fonts', 'app', 'frame']) {
            if (marks[step] === undefined) continue;
            ((phases[which] ||= {})[step] ||= []).push(marks[step] - previous);
            previous = marks[step];
          }
        }
        await context.close();
      }
    }
    log(`first frames${suffix} (ms): fasthold`, times[FASTHOLD].map(Math.round).join(' '), '| bare', times[BARE].map(Math.round).join(' '));
    const ff = median(times[FASTHOLD]), bare = median(times[BARE]);
    out.push([`first_frame_ms${suffix}`, Math.round(ff)], [`bare_first_frame_ms${suffix}`, Math.round(bare)],
      [`first_frame_ratio${suffix}`, (ff / bare).toFixed(2)]);
    if (suffix) return;
    // Where Fasthold's time goes: each step's median, from the previous mark (navigation start
    // for the first) to its own.
    for (const [which, prefix] of [[FASTHOLD, 'startup'], [BARE, 'bare_startup']])
      for (const [step, v] of Object.entries(phases[which] || {})) out.push([`${prefix}_${step}_ms`, Math.round(median(v))]);
  };
  await firstFrames(1, '');
  await firstFrames(4, '_throttled_4x');

  // Idle frames: an untouched page, settled.
  {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const problems = [];
    watch(page, problems);
    await page.goto(server.url + FASTHOLD);
    await firstFrame(page, problems);
    await page.waitForTimeout(1500);
    const before = await page.evaluate(() => window.__fastholdFrames);
    await page.waitForTimeout(5000);
    const after = await page.evaluate(() => window.__fastholdFrames);
    out.push(['idle_frames_per_s', ((after - before) / 5).toFixed(1)]);
    await context.close();
  }

  // Heap after a full interview with a 200-entry record.
  {
    const store = JSON.stringify({ format: 'fasthold-store', version: 1, cases: [benchCase(200)], current: 0 });
    const context = await browser.newContext({ viewport });
    await context.addInitScript(FRAME_CLOCK);
    await context.addInitScript((s) => {
      if (sessionStorage.getItem('bench.seeded')) return;
      sessionStorage.setItem('bench.seeded', '1');
      localStorage.setItem('fasthold.cases', s);
    }, store);
    const page = await context.newPage();
    const problems = [];
    watch(page, problems);
    await page.goto(server.url + FASTHOLD);
    await firstFrame(page, problems);
    await settle(page);
    const unreadable = await page.evaluate(() => localStorage.getItem('fasthold.cases.unreadable'));
    if (unreadable) throw new Error('the page could not read the benchmark case (fasthold.cases.unreadable is set)');
    for (const id of ['open_case_0', 'nav_check', 'nav_record', 'nav_documents', 'doc_flexjob_pack', 'nav_who']) await click(page, id);
    if (problems.length) throw new Error(problems.join('; '));
    const heap = await page.evaluate(() => {
      const words = new Uint32Array(Module.HEAP8.buffer);
      let last = words.length - 1;
      while (last >= 0 && words[last] === 0) --last;
      return { size: Module.HEAP8.length, used: (last + 1) * 4 };
    });
    out.push(['heap_mb', (heap.size / 2 ** 20).toFixed(1)], ['heap_used_peak_mb', (heap.used / 2 ** 20).toFixed(1)]);
    await context.close();
  }

  // The accessible layer on the longest screen: the results with the why of every scheme
  // open (the bench case, wide: the schemes beside the page). a11y_sync_us is App::mirror's
  // time a frame (the tree as JSON, the diff, and the DOM update inside it), median over the
  // frames of ten openings and closings of one why; a11y_nodes the tree's size.
  {
    const store = JSON.stringify({ format: 'fasthold-store', version: 1, cases: [benchCase(24)], current: 0 });
    const context = await browser.newContext({ viewport });
    await context.addInitScript(FRAME_CLOCK);
    await context.addInitScript((s) => localStorage.setItem('fasthold.cases', s), store);
    const page = await context.newPage();
    const problems = [];
    watch(page, problems);
    await page.goto(server.url + FASTHOLD);
    await firstFrame(page, problems);
    await click(page, 'open_case_0');
    const ids = JSON.parse(fs.readFileSync(path.join(repo, 'data/schemes.json'), 'utf8')).schemes.map((x) => `scheme_${x.id}`);
    for (const id of ids) await click(page, id);
    await page.evaluate(() => { window.__fastholdFigures = {}; });
    for (let i = 0; i < 10; i++) await click(page, ids[0]);
    const f = await page.evaluate(() => window.__fastholdFigures);
    if (problems.length) throw new Error(problems.join('; '));
    out.push(['a11y_sync_us', Math.round(median(f.a11y_sync_us))], ['a11y_nodes', Math.max(...f.a11y_nodes)]);
    await context.close();
  }

  // Click to paint: from the mouse coming up on an answer ("Ved ikke endnu", which every
  // question has, or "Videre" on a step) to the end of the frame whose accessible tree shows the next question,
  // against a click on the bare window's button to the frame that shows its new count;
  // 15 clicks each, interleaved.
  const clickToPaint = async (rate, suffix) => {
    const open = async (which) => {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(FRAME_CLOCK);
      const page = await context.newPage();
      const problems = [];
      watch(page, problems);
      await throttle(page, rate);
      await page.goto(server.url + which);
      await firstFrame(page, problems);
      await page.evaluate(() => {
        Module.canvas.addEventListener('mouseup', () => { window.__c2pStart = performance.now(); }, true);
        const root = document.getElementById('fasthold-page');
        if (!root) return;
        let last = '';
        new MutationObserver(() => {
          const h = document.querySelector('#fasthold-content main h1');
          const text = h ? h.textContent : '';
          if (text === last) return;
          last = text;
          if (window.__c2pStart) {
            (window.__c2p = window.__c2p || []).push(performance.now() - window.__c2pStart);
            window.__c2pStart = 0;
          }
        }).observe(root, { subtree: true, childList: true, characterData: true });
      });
      return { context, page, problems };
    };
    const ours = await open(FASTHOLD), bare = await open(BARE);
    await click(ours.page, 'start_new_case');
    await click(ours.page, 'prepare_done');
    for (let i = 0; i < 15; i++) {
      // A question's "Ved ikke endnu", or "Videre" past a step to do.
      await settle(ours.page);
      // A yes/no question: the radio first, then "Gem og fortsæt" is the click measured (each
      // mouseup restarts the clock).
      const id = await ours.page.evaluate(() => (window.__fastholdTargets.answer_not_yet ? 'answer_not_yet' : 'continue'));
      await click(ours.page, id);
      if (id === 'answer_not_yet' && await ours.page.evaluate(() => !!window.__fastholdTargets.answer_save)) await click(ours.page, 'answer_save');
      await settle(bare.page, 100).catch(() => {});  // the bare window draws every frame: never idle
      const b = await bare.page.evaluate(() => window.__bareButton);
      await bare.page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
      await bare.page.waitForFunction((n) => (window.__c2p || []).length > n, i, { timeout: 5000 });
    }
    const a = await ours.page.evaluate(() => window.__c2p || []), c = await bare.page.evaluate(() => window.__c2p || []);
    if (ours.problems.length || bare.problems.length) throw new Error([...ours.problems, ...bare.problems].join('; '));
    log(`click to paint${suffix} (ms): fasthold`, a.map(Math.round).join(' '), '| bare', c.map(Math.round).join(' '));
    out.push([`click_to_paint_ms${suffix}`, median(a).toFixed(1)], [`bare_click_to_paint_ms${suffix}`, median(c).toFixed(1)],
      [`click_to_paint_ratio${suffix}`, (median(a) / median(c)).toFixed(2)]);
    await ours.context.close();
    await bare.context.close();
  };
  await clickToPaint(1, '');
  await clickToPaint(4, '_throttled_4x');
} finally {
  await browser.close();
  await server.close();
}
for (const [name, value] of out) console.log(`${name}: ${value}`);
