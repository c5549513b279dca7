// The page's texts as the page shows them on a day: data/ui.json (and the other data files'
// texts) with the knowledge base's placeholders filled the way the engine fills them —
// {w:term} and {W:term} (capitalised) from data/terms.json, {t:threshold} and {t:threshold/7}
// from data/thresholds.json — by the rows in force that day. The tests never write a text out.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const readData = (file) => JSON.parse(fs.readFileSync(path.join(repo, 'data', file), 'utf8'));
const terms = readData('terms.json').terms;
const thresholds = readData('thresholds.json').thresholds;
const ui = readData('ui.json').texts;

export const iso = (d) => d.toISOString().slice(0, 10);
export const inForce = (row, on = iso(new Date())) => (!row.valid_from || row.valid_from <= on) && (!row.valid_until || on <= row.valid_until);

// A data text (one language's string) as the page shows it on `on` (YYYY-MM-DD, default today).
export function filled(text, lang = 'da', on = iso(new Date())) {
  return text.replace(/\{([wWt]):([a-z0-9_]+)(?:\/(\d+))?\}/g, (whole, kind, id, div) => {
    if (kind === 't') {
      const row = thresholds.find((t) => t.id === id && inForce(t, on));
      if (!row) throw new Error(`no threshold ${id} on ${on}`);
      const v = row.value / Number(div || 1);
      return lang === 'da' ? String(v).replace('.', ',') : String(v);
    }
    const row = terms.find((t) => t.id === id && inForce(t, on));
    if (!row) throw new Error(`no term ${id} on ${on}`);
    const s = row.text[lang];
    return kind === 'W' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  });
}

// A ui text by key, as shown today.
export function uiText(key, lang = 'da', on) {
  if (!ui[key]) throw new Error(`no ui text "${key}"`);
  return filled(ui[key][lang], lang, on);
}

// Fills {1}, {2}, … of a text with the values, as the engine's fill() does.
export const fill = (pattern, ...args) => pattern.replace(/\{([1-9])\}/g, (whole, n) => (n <= args.length ? String(args[n - 1]) : whole));
