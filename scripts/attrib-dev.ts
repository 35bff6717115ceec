/**
 * Scores extractClaims in-process on PolNeAR (../shared/data/polnear/<split>) the way ../shared/scorers/score-attrib.mjs
 * scores the CLI: an attribution is found when a predicted cue overlaps a gold cue; source and content are then
 * scored by token-overlap F1. Tune on train, report dev.
 *   node --import tsx scripts/attrib-dev.ts [dev|train] [--limit N] [--misses N] [--wrong N]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractClaims, type ClaimMention } from "../src/events/claims/index.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { tokenize } from "../src/nlp/tokenize.js";
import type { AnalysedDocument, EntityMention } from "../src/types.js";
import { sharedPath } from "../src/util/paths.js";

interface GoldSpan { start: number; end: number; pieces: number[][] }
interface Gold { cue: GoldSpan; source?: GoldSpan; content?: GoldSpan }

function readGold(annPath: string): Gold[] {
  const T = new Map<string, GoldSpan>();
  const out: Gold[] = [];
  for (const line of readFileSync(annPath, "utf8").split("\n")) {
    const t = line.match(/^(T\d+)\t(\w+) ([\d ;]+)\t/);
    if (t) {
      const pieces = t[3].split(";").map((x) => x.trim().split(" ").map(Number));
      T.set(t[1], { start: pieces[0][0], end: pieces.at(-1)![1], pieces });
    }
    const e = line.match(/^E\d+\t(.*)$/);
    if (e) {
      const a: Record<string, GoldSpan | undefined> = {};
      for (const kv of e[1].split(/\s+/)) {
        const [k, v] = kv.split(":");
        a[k.toLowerCase()] = T.get(v);
      }
      if (a.cue) out.push({ cue: a.cue, source: a.source, content: a.content });
    }
  }
  return out;
}

const words = (s: string): string[] => s.toLowerCase().match(/\w+/g) ?? [];
export function tokenF1(gold: string, pred: string): number {
  const A = words(gold), B = words(pred);
  if (!A.length && !B.length) return 1;
  if (!A.length || !B.length) return 0;
  const m = new Map<string, number>();
  A.forEach((w) => m.set(w, (m.get(w) ?? 0) + 1));
  let c = 0;
  for (const w of B) if ((m.get(w) ?? 0) > 0) { c++; m.set(w, m.get(w)! - 1); }
  const p = c / B.length, r = c / A.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Stand-in named mentions for the harness: runs of capitalised words not at a sentence start (the NER is another stage). */
function capitalisedMentions(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/gmu)) {
    if (/^(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|Mr|Mrs|Ms)$/.test(m[0])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: "person" });
  }
  return out;
}

export function analysedFromText(id: string, text: string): AnalysedDocument {
  const sentences = splitSentences(text);
  return {
    doc: { id, source: id, publishedFrom: "unknown", language: "en", text, removed: [], credits: [] } as AnalysedDocument["doc"],
    sentences,
    tokens: tokenize(text, sentences),
    mentions: capitalisedMentions(text),
    times: [],
  };
}

export interface Score { gold: number; predicted: number; found: number; source: number; content: number; lines: string[] }

export function scorePolnear(dir: string, opts: { limit?: number; misses?: number; wrong?: number; byCue?: boolean } = {}): Score {
  const perCue = new Map<string, [number, number]>();
  const contentBy = new Map<string, [number, number]>();
  let texts = readdirSync(join(dir, "text")).filter((f) => f.endsWith(".txt")).sort();
  if (opts.limit) texts = texts.slice(0, opts.limit);
  const anns = readdirSync(join(dir, "attributions")).sort();
  let found = 0, predicted = 0, goldN = 0, srcSum = 0, srcN = 0, conSum = 0;
  const misses: string[] = [], wrong: string[] = [], lowContent: string[] = [];
  for (const t of texts) {
    const raw = readFileSync(join(dir, "text", t), "utf8");
    const ann = anns.find((a) => a.startsWith(t.replace(/\.txt$/, "")));
    const G = ann ? readGold(join(dir, "attributions", ann)) : [];
    goldN += G.length;
    const claims: ClaimMention[] = extractClaims(analysedFromText(t, raw)).filter((c) => c.cueSpan);
    predicted += claims.length;
    const used = new Set<number>();
    const piecesText = (s?: GoldSpan): string => (s ? s.pieces.map(([a, b]) => raw.slice(a, b)).join(" ") : "");
    for (const g of G) {
      const i = claims.findIndex((p, k) => !used.has(k) && g.cue.pieces.some(([a, b]) => p.cueSpan!.start < b && a < p.cueSpan!.end));
      if (i < 0) {
        misses.push(`${raw.slice(g.cue.start, g.cue.end)} | ${raw.slice(Math.max(0, g.cue.start - 80), g.cue.end + 60).replace(/\n/g, " ")}`);
        continue;
      }
      used.add(i); found++;
      const p = claims[i];
      const cf = tokenF1(piecesText(g.content), p.content);
      conSum += cf;
      const kind = `${p.direct ? "direct" : "indirect"} ${p.cue.toLowerCase()}`;
      const kc = contentBy.get(kind) ?? [0, 0];
      kc[0]++; kc[1] += cf; contentBy.set(kind, kc);
      if (cf < 0.5) lowContent.push(`cue ${p.cue} F ${cf.toFixed(2)}\n   gold: ${piecesText(g.content).slice(0, 200)}\n   pred: ${p.content.slice(0, 200)}`);
      if (g.source) { srcN++; srcSum += tokenF1(piecesText(g.source), p.speakerSpan ? raw.slice(p.speakerSpan.start, p.speakerSpan.end) : ""); }
    }
    claims.forEach((c, k) => { const key = c.cue.toLowerCase(); const pc = perCue.get(key) ?? [0, 0]; pc[0]++; if (used.has(k)) pc[1]++; perCue.set(key, pc); });
    claims.forEach((c, k) => { if (!used.has(k)) wrong.push(`${c.cue} | ${raw.slice(Math.max(0, c.cueSpan!.start - 80), c.cueSpan!.end + 60).replace(/\n/g, " ")}`); });
  }
  const p = found / (predicted || 1), r = found / (goldN || 1), f = (2 * p * r) / (p + r || 1);
  const lines = [
    `gold ${goldN}, predicted ${predicted}, found ${found}; source token-F1 ${((100 * srcSum) / (srcN || 1)).toFixed(1)}, content token-F1 ${((100 * conSum) / (found || 1)).toFixed(1)}`,
    `attribution P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f).toFixed(1)}`,
  ];
  const sample = (xs: string[], n = 0): string[] => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / Math.max(n, 1))) === 0).slice(0, n);
  if (opts.byCue) lines.push(...[...perCue].filter(([, [n]]) => n >= 8).sort((x, y) => x[1][1] / x[1][0] - y[1][1] / y[1][0]).slice(0, 80).map(([k, [n, f]]) => `${(f / n).toFixed(2)} ${f}/${n} ${k}`));
  if (opts.byCue) lines.push("-- content F1 lost, by direct/indirect and cue:", ...[...contentBy].sort((x, y) => (y[1][0] - y[1][1]) - (x[1][0] - x[1][1])).slice(0, 25).map(([k, [n, f]]) => `${k}: n ${n}, mean ${(f / n).toFixed(2)}, lost ${(n - f).toFixed(0)}`));
  if (opts.misses) lines.push("-- missed gold cues:", ...sample(misses, opts.misses));
  if (opts.wrong) lines.push("-- predicted, not gold:", ...sample(wrong, opts.wrong), "-- low content F1:", ...sample(lowContent, opts.wrong));
  return { gold: goldN, predicted, found, source: srcSum / (srcN || 1), content: conSum / (found || 1), lines };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("attrib-dev.ts")) {
  const args = process.argv.slice(2);
  const split = args.find((x) => x === "train" || x === "dev") ?? "dev";
  const num = (flag: string): number | undefined => { const i = args.indexOf(flag); return i >= 0 ? Number(args[i + 1]) : undefined; };
  const dir = sharedPath("data", "polnear", split);
  console.log(`PolNeAR ${split} (${dir}), extractClaims in-process:`);
  for (const line of scorePolnear(dir, { limit: num("--limit"), misses: num("--misses"), wrong: num("--wrong"), byCue: args.includes("--by-cue") }).lines) console.log(line);
}
