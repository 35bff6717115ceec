/**
 * In-process harness for the time expressions: parses TempEval-3 .tml files as ../shared/scorers/score-time.mjs
 * does, calls extractTimes directly with the DCT as publication date, and prints the same figures (relaxed span
 * P/R/F1, value accuracy, value F1) — without starting the CLI once per document.
 *
 *   node --import tsx scripts/time-dev.ts [TML_DIR] [--misses] [--chrono] [--conventions] [--classes]
 *
 * TML_DIR defaults to ../shared/data/tempeval3/TimeBank (tune there; report AQUAINT). --misses lists every miss,
 * --chrono scores bare chrono-node instead, --conventions counts the value errors that are annotation-convention
 * differences between the two halves of TempEval-3 (parts of day written or not, "199X" for "199", "1998-XX"
 * for "1998", unpadded weeks) rather than misreadings; --classes counts every error (value, spurious, missed) by
 * the phenomenon it belongs to (quarter back-references, weekdays, bare plurals, ...).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractTimes } from "../src/nlp/time/index.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { sharedPath } from "../src/util/paths.js";
import type { TimeMention } from "../src/types.js";

export interface TmlDoc { name: string; dct: string; text: string; gold: { start: number; end: number; type: string; value: string }[] }

const unescape = (s: string): string =>
  s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/** The document text (inside <TEXT>, tags removed) and its gold TIMEX3 spans, as the scorer reads them. */
export function parseTml(name: string, tml: string): TmlDoc {
  const dct = tml.match(/<DCT>.*?value="([^"]+)"/s)![1];
  const body = tml.match(/<TEXT>([\s\S]*?)<\/TEXT>/)![1];
  const gold: TmlDoc["gold"] = [];
  let text = "", open: { start: number; type: string; value: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (!part.startsWith("<")) { text += unescape(part); continue; }
    const m = part.match(/^<TIMEX3\b([^>]*)>/);
    if (m) { open = { start: text.length, type: m[1].match(/type="([^"]+)"/)![1], value: m[1].match(/value="([^"]*)"/)?.[1] ?? "" }; continue; }
    if (part === "</TIMEX3>" && open) { gold.push({ ...open, end: text.length }); open = null; }
  }
  return { name, dct, text, gold };
}

export function readTmlDir(dir: string): TmlDoc[] {
  return readdirSync(dir).filter((f) => f.endsWith(".tml")).sort().map((f) => parseTml(f, readFileSync(join(dir, f), "utf8")));
}

const isoWeek = (d: Date): string => {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const w = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 864e5 + 1) / 7);
  return `${y}-W${String(w).padStart(2, "0")}`;
};

/** The TimeML value the scorer reads from a TimeValue (same rules as score-time.mjs). */
export function timexValue(t: TimeMention): string {
  const v = t.value;
  if (v.timex) return v.timex;
  const s = v.start ?? "";
  if (t.kind === "duration" || t.kind === "set" || /^(P|XXXX|PRESENT_REF|PAST_REF|FUTURE_REF)/.test(s)) return s;
  switch (v.precision) {
    case "year": return s.slice(0, 4);
    case "month": return s.slice(0, 7);
    case "week": return /W/.test(s) ? s.slice(0, 8) : isoWeek(new Date(s.slice(0, 10)));
    case "day": return s.slice(0, 10);
    case "hour": return s.slice(0, 13);
    default: return s.slice(0, 16);
  }
}

export interface TimeScore { gold: number; predicted: number; matched: number; typeOk: number; valueOk: number; misses: string[] }

/** Scores predicted mentions against gold the way score-time.mjs does (first unused overlapping prediction). */
export function scoreDocs(docs: TmlDoc[], predict: (d: TmlDoc) => TimeMention[]): TimeScore {
  const s: TimeScore = { gold: 0, predicted: 0, matched: 0, typeOk: 0, valueOk: 0, misses: [] };
  for (const d of docs) {
    const preds = predict(d).map((t) => ({ at: [t.span.start, t.span.end], value: timexValue(t), kind: t.kind }));
    s.predicted += preds.length;
    s.gold += d.gold.length;
    const used = new Set<number>();
    for (const g of d.gold) {
      const i = preds.findIndex((p, k) => !used.has(k) && p.at[0] < g.end && g.start < p.at[1]);
      if (i < 0) { s.misses.push(`${d.name}: missed "${d.text.slice(g.start, g.end)}" = ${g.value}`); continue; }
      used.add(i);
      s.matched++;
      if (preds[i].value === g.value) s.valueOk++;
      else s.misses.push(`${d.name}: "${d.text.slice(g.start, g.end)}" gold ${g.value}, got ${preds[i].value} [${d.dct.slice(0, 10)}]`);
      if (preds[i].kind.toUpperCase() === g.type) s.typeOk++;
    }
    preds.forEach((p, k) => { if (!used.has(k)) s.misses.push(`${d.name}: spurious "${d.text.slice(p.at[0], p.at[1])}" = ${p.value}`); });
  }
  return s;
}

/** The annotation convention a value mismatch comes from, or undefined when it is a plain misreading. */
export function conventionOf(gold: string, predicted: string, text: string): string | undefined {
  const part = /T(?:MO|AF|EV|NI)$/;
  if (part.test(predicted) && (gold === predicted.slice(0, 10) || (gold.slice(0, 10) === predicted.slice(0, 10) && part.test(gold)))) return "part of day written or not (TNI/TMO)";
  if (/^\d{3}X$/.test(gold) && predicted === gold.slice(0, 3)) return "decade written 199X, not 199";
  if (/^\d{4}-XX(?:-XX)?$/.test(gold) && predicted === gold.slice(0, 4)) return "year written 1998-XX, not 1998";
  if (/-W\d$/.test(gold)) return "week number not zero-padded";
  if (/-W\d\d$/.test(predicted) && /week/i.test(text) && !/-W/.test(gold)) return "'last/this week' valued as a month, a day or P1W";
  return undefined;
}

/** Value errors split by annotation convention, with the value F1 had every convention matched. */
export function conventionReport(docs: TmlDoc[], predict: (d: TmlDoc) => TimeMention[]): string {
  const counts = new Map<string, number>();
  let matched = 0, ok = 0, gold = 0, predicted = 0;
  for (const d of docs) {
    const preds = predict(d).map((t) => ({ at: [t.span.start, t.span.end], value: timexValue(t) }));
    predicted += preds.length;
    gold += d.gold.length;
    const used = new Set<number>();
    for (const g of d.gold) {
      const i = preds.findIndex((p, k) => !used.has(k) && p.at[0] < g.end && g.start < p.at[1]);
      if (i < 0) continue;
      used.add(i);
      matched++;
      if (preds[i].value === g.value) { ok++; continue; }
      const k = conventionOf(g.value, preds[i].value, d.text.slice(g.start, g.end)) ?? "misreading (not a convention)";
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const conventional = [...counts].filter(([k]) => !k.startsWith("misreading")).reduce((n, [, c]) => n + c, 0);
  const f = (2 * matched) / (gold + predicted || 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} ${k}`).join("\n") +
    `\nvalue F1 ${(100 * f * ok / (matched || 1)).toFixed(1)}; with every convention matched ${(100 * f * (ok + conventional) / (matched || 1)).toFixed(1)}`;
}

/**
 * The class of error one --misses line belongs to, for error analysis by phenomenon: "value: weekdays and nights",
 * "spurious: bare plurals", ... The classes are read off the surface text and the two values, so they are rough.
 */
export function errorClass(line: string): string {
  const kind = /: spurious "/.test(line) ? "spurious" : /: missed "/.test(line) ? "missed" : "value";
  const m = line.match(/"(.*?)"(?: gold (\S+), got (\S+))?(?: = (\S+))?/) ?? [];
  const text = m[1] ?? "", gold = m[2] ?? m[4] ?? "", got = m[3] ?? "";
  let c: string;
  if (/WXX/.test(gold)) c = "week valued WXX (TimeBank convention)";
  else if (/quarter|period|year[- ](?:ago|earlier)|last year/i.test(text)) c = "quarter back-references";
  else if (/(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight|weekend/i.test(text)) c = "weekdays and nights";
  else if (/\b(?:now|current|currently|recently|soon|future|past|previously|already|recent|once|earlier|at the moment|at this time)\b/i.test(text) && (/_REF/.test(gold + got) || kind !== "value")) c = "vague now/recently/soon";
  else if (/^(?:the\s+)?(?:\w+\s+)?(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)$/i.test(text)) c = "bare plurals";
  else if (kind === "value" && /^P/.test(gold) !== /^P/.test(got)) c = "durations vs points";
  else if (/january|february|march|april|may|june|july|august|september|october|november|december/i.test(text)) c = "months";
  else c = "other";
  return `${kind}: ${c}`;
}

/** Counts of the --misses lines by errorClass. */
export function classReport(misses: string[]): string {
  const counts = new Map<string, number>();
  for (const l of misses) counts.set(errorClass(l), (counts.get(errorClass(l)) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `  ${String(n).padStart(3)} ${k}`).join("\n");
}

export function formatScore(s: TimeScore): string {
  const P = s.matched / (s.predicted || 1), R = s.matched / (s.gold || 1), F = (2 * P * R) / (P + R || 1), acc = s.valueOk / (s.matched || 1);
  return `gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}; type accuracy ${(100 * s.typeOk / (s.matched || 1)).toFixed(1)}\n` +
    `relaxed P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(100 * F).toFixed(1)}; value accuracy ${(100 * acc).toFixed(1)}; value F1 ${(100 * F * acc).toFixed(1)}`;
}

/** Dossier's extractor on one document. */
export const dossierPredict = (d: TmlDoc): TimeMention[] => extractTimes(d.text, splitSentences(d.text), { docId: d.name, published: d.dct });

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--")) ?? sharedPath("data", "tempeval3", "TimeBank");
  const docs = readTmlDir(dir);
  let predict = dossierPredict;
  if (args.includes("--chrono")) predict = (await import("../bench/time.js")).chronoPredict;
  const t0 = performance.now();
  const s = scoreDocs(docs, predict);
  if (args.includes("--misses")) s.misses.forEach((m) => console.log(m));
  console.log(`${dir}: ${docs.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(formatScore(s));
  if (args.includes("--conventions")) console.log(`value errors by kind:\n${conventionReport(docs, predict)}`);
  if (args.includes("--classes")) console.log(`errors by class:\n${classReport(s.misses)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
