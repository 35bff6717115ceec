import { readdirSync, readFileSync } from "node:fs";
import { cleanText } from "../src/ingest/clean.js";
const dir = "/work/shared/data/polnear/train/text";
const texts = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, "utf8"));
const t0 = performance.now(); let words = 0, removedLines = 0, keptChars = 0, chars = 0;
const samples: string[] = [];
for (const t of texts) { const r = cleanText(t); words += t.split(/\s+/).length; chars += t.length; keptChars += r.text.length; for (const x of r.removed) { removedLines++; if (samples.length < 4000) samples.push(`[${x.rule}] ${x.text.slice(0, 140).replace(/\n/g, " ⏎ ")}`); } }
const s = (performance.now() - t0) / 1000;
console.log(`${texts.length} texts, ${words} words in ${s.toFixed(2)} s = ${(words / s).toFixed(0)} words/s; kept ${(keptChars / chars * 100).toFixed(1)}% of chars; ${removedLines} removals`);
const counts = new Map<string, number>(); for (const x of samples) { const r = x.slice(0, x.indexOf("]") + 1); counts.set(r, (counts.get(r) ?? 0) + 1); }
console.log([...counts].sort((a, b) => b[1] - a[1]));
if (process.env.SHOW) for (const x of samples.filter((x) => x.startsWith(`[${process.env.SHOW}]`)).slice(0, 40)) console.log(x);
