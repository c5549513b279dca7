// The reminder to download the case file (issue 17): node tests/e2e/backup.mjs [site folder]
// A manager saves an agreement in the record, sees the reminder (a region named by its title)
// saying the case lives only in this browser on this computer, downloads the case file and
// sees the reminder gone, also after a reload. Danish, role-and-name locators only; texts
// from data/. Screenshots at 1366x768 and 390x844: build/web/screenshots/backup-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, press, reveal } from './drive.mjs';
import { done, firstFrame, open, runTests, shotsIn } from './session.mjs';
import { fill, uiText as T } from './texts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const shot = shotsIn(path.join(repo, 'build/web/screenshots'));
const exact = (name) => ({ name, exact: true });
const SIZES = [[1366, 768], [390, 844]];
// dd-mm-åååå, as a manager types a date, `offset` days from today.
const danish = (offset = 0) => {
  const d = new Date(Date.now() + offset * 86400000);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
};

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

for (const [w, h] of SIZES) {
  test(`påmindelsen om sagsfilen kommer efter en gemt aftale og går væk, når filen er hentet (${w}x${h})`, async (browser, url) => {
    const s = await open(browser, url, { viewport: { width: w, height: h }, acceptDownloads: true });
    const { page, problems } = s;
    const main = page.getByRole('main');
    const reminder = () => main.getByRole('region', exact(T('backup_title')));
    await main.getByRole('textbox', exact(T('nickname_label'))).fill('Lager');
    await press(main.getByRole('button', exact(T('start_new_case'))));
    check(await reminder().count() === 0, 'a reminder before anything was written');

    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))));
    await press(main.getByRole('button', exact(T('kind_agreement'))));
    await main.getByRole('textbox', exact(T('field_date'))).fill(danish());
    await main.getByRole('textbox', exact(T('field_adapted_text'))).fill('Færre tunge løft');
    await main.getByRole('textbox', exact(T('field_expected_effect'))).fill('Færre fraværsdage');
    await main.getByRole('textbox', exact(T('field_follow_up_date'))).fill(danish(30));
    await main.getByRole('textbox', exact(T('field_consequences'))).fill('Vi taler om en ny løsning');
    await press(main.getByRole('button', exact(T('save'))));
    check(await main.getByRole('button', { name: `${T('edit')}: ` }).count() >= 1, 'the agreement was not saved');

    check(await reminder().count() === 1, 'no reminder to download the case file after the agreement');
    const said = await reminder().textContent();
    check(said.includes(fill(T('backup_text'), 'Lager')) && said.includes('kun i denne browser på denne computer'),
      `the reminder does not say where the case is kept: ${said}`);
    check(await reminder().getByRole('button', exact(T('backup_later'))).count() === 1, 'no "Senere"');
    await reveal(page, 'backup_download', 300);  // the reminder's title in view above it
    await shot(page, `backup-reminder-${w}`);

    const [download] = await Promise.all([page.waitForEvent('download'),
      press(reminder().getByRole('button', exact(T('backup_download'))))]);
    check(download.suggestedFilename() === 'fasthold-Lager.json', `downloaded "${download.suggestedFilename()}"`);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    // The day the page counts as today (midnight may pass during a test): a real day, at most a day off.
    const off = Math.abs(Date.parse(file.last_backup) - Date.now()) / 86400000;
    check(/^\d{4}-\d\d-\d\d$/.test(file.last_backup || '') && off < 2 && file.log.length === 1,
      `the file: ${JSON.stringify(file).slice(0, 300)}`);
    check(await reminder().count() === 0, 'the reminder is still there after the download');
    const stored = await page.evaluate(() => localStorage.getItem('fasthold.cases'));
    check(stored.includes(file.last_backup) && stored.includes('last_backup'), 'the download day is not kept');

    // Not right after a download: a reload does not bring it back.
    await page.reload();
    await firstFrame(page, problems);
    await press(page.getByRole('navigation').getByRole('link', exact(T('nav_record'))).or(
      main.getByRole('button', { name: /^Lager\. / })).first());
    check(await reminder().count() === 0, 'the reminder came back after a reload, right after a download');
    await done(s);
  });
}

process.exit(await runTests(tests, site) ? 1 : 0);
