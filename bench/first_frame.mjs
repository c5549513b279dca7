// node bench/first_frame.mjs <site folder>: prints first_frame_ms (median of 5 fresh loads,
// each in a new browser context: no cache, no storage) and idle_frames_per_second.
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/serve.mjs';
import { LAUNCH } from '../tests/e2e/launch.mjs';

const server = await serve(process.argv[2] || 'build/web-release/site');
const browser = await chromium.launch(LAUNCH);
const viewport = { width: 1280, height: 800 };

const times = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.__fastholdFirstFrame > 0, null, { timeout: 30000 });
  // performance.now() counts from the navigation's start.
  times.push(await page.evaluate(() => window.__fastholdFirstFrame));
  await context.close();
}
times.sort((a, b) => a - b);
console.log(`first_frame_ms: ${Math.round(times[2])}`);

// Idle: let the page settle, then count frames over 5 s with no input.
const context = await browser.newContext({ viewport });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.__fastholdFirstFrame > 0, null, { timeout: 30000 });
await page.waitForTimeout(1500);
const before = await page.evaluate(() => window.__fastholdFrames);
await page.waitForTimeout(5000);
const after = await page.evaluate(() => window.__fastholdFrames);
console.log(`idle_frames_per_second: ${((after - before) / 5).toFixed(1)}`);
await context.close();

await browser.close();
await server.close();
