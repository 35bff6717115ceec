/**
 * ECB+ for the cross-document benchmarks: reading the tokenized XML (tokens, markables, CROSS_DOC_COREF chains),
 * running Dossier on a topic's reports, mapping Dossier's offsets back onto the gold tokens, and B³.
 * ECB+ (CC BY 3.0) is read from ../shared/data/ecbplus; nothing of it is shipped.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeDocuments } from "../src/analyze.js";
import { buildDossier } from "../src/resolve/dossier.js";
import type { Dossier, Span } from "../src/types.js";
import { sharedPath } from "../src/util/paths.js";

export const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];

export interface GoldMention {
  mid: string;
  type: string; // ACTION_OCCURRENCE, HUMAN_PART_PER, LOC_GEO, …
  tokens: number[]; // token indexes into EcbDoc.tokens
  chain?: string; // CROSS_DOC_COREF note
}

export interface EcbDoc {
  name: string; // 2_10ecbplus.xml
  subset: "ecb" | "ecbplus";
  text: string; // one sentence a line, tokens joined by spaces
  tokens: { start: number; end: number }[];
  mentions: GoldMention[];
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export function readEcbDoc(path: string, name: string): EcbDoc {
  const xml = readFileSync(path, "utf8");
  const tokens: { start: number; end: number }[] = [];
  const byTid = new Map<string, number>();
  let text = "";
  let sentence = -1;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = unescape(m[3]);
    if (Number(m[2]) !== sentence) {
      if (sentence >= 0) text += "\n";
      sentence = Number(m[2]);
    } else text += " ";
    byTid.set(m[1], tokens.length);
    tokens.push({ start: text.length, end: text.length + word.length });
    text += word;
  }
  const markables = xml.match(/<Markables>([\s\S]*?)<\/Markables>/)?.[1] ?? "";
  const mentions = new Map<string, GoldMention>();
  for (const m of markables.matchAll(/<([A-Z_]+) m_id="(\d+)"[^>]*>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...m[3].matchAll(/t_id="(\d+)"/g)].map((a) => byTid.get(a[1])).filter((x): x is number => x !== undefined);
    if (anchors.length) mentions.set(m[2], { mid: m[2], type: m[1], tokens: anchors });
  }
  for (const r of xml.matchAll(/<CROSS_DOC_COREF r_id="\d+" note="([^"]+)"[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    for (const s of r[2].matchAll(/<source m_id="(\d+)"/g)) {
      const g = mentions.get(s[1]);
      if (g) g.chain = r[1];
    }
  }
  return { name, subset: name.includes("ecbplus") ? "ecbplus" : "ecb", text, tokens, mentions: [...mentions.values()] };
}

export function readTopic(topic: number): EcbDoc[] {
  const dir = sharedPath("data", "ecbplus", String(topic));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .map((f) => readEcbDoc(join(dir, f), f));
}

/** Maps offsets of a cleaned document text back onto the raw text it came from (cleaning drops whole lines). */
export function lineAligner(raw: string, cleaned: string): (offset: number) => number | undefined {
  const map: { cleanStart: number; rawStart: number; length: number }[] = [];
  let rawPos = 0;
  let cleanPos = 0;
  for (const line of cleaned.split("\n")) {
    const at = line ? raw.indexOf(line, rawPos) : -1;
    if (at >= 0) {
      map.push({ cleanStart: cleanPos, rawStart: at, length: line.length });
      rawPos = at + line.length;
    }
    cleanPos += line.length + 1;
  }
  return (offset) => {
    const seg = map.find((s) => offset >= s.cleanStart && offset <= s.cleanStart + s.length);
    return seg ? seg.rawStart + offset - seg.cleanStart : undefined;
  };
}

export interface TopicRun {
  docs: EcbDoc[];
  dossier: Dossier;
  /** The Dossier document id of each ECB+ document (same order as docs; undefined when it failed). */
  ids: (string | undefined)[];
  /** Token index in docs[k] covering a Dossier offset in its document. */
  tokenAt: (k: number, offset: number) => number | undefined;
}

/** Runs Dossier on one topic's reports, analysed together, in process. */
export async function runTopic(topic: number): Promise<TopicRun> {
  const docs = readTopic(topic);
  const { documents } = await analyzeDocuments(docs.map((d) => ({ source: d.name, text: d.text })));
  const dossier = buildDossier(documents);
  const ids = docs.map((d) => dossier.documents.find((x) => x.source === d.name)?.id);
  const aligners = docs.map((d, k) => {
    const doc = dossier.documents.find((x) => x.id === ids[k]);
    return doc ? lineAligner(d.text, doc.text) : () => undefined;
  });
  const tokenAt = (k: number, offset: number) => {
    const raw = aligners[k](offset);
    if (raw === undefined) return undefined;
    const i = docs[k].tokens.findIndex((t) => raw >= t.start && raw < t.end);
    return i >= 0 ? i : undefined;
  };
  return { docs, dossier, ids, tokenAt };
}

/** For document k of a run, the id covering each gold token, from spans labelled with ids (entity mentions, event triggers). */
export function tokensCovered(run: TopicRun, k: number, labelled: { id: string; spans: Span[] }[]): Map<number, string> {
  const byToken = new Map<number, string>();
  for (const { id, spans } of labelled)
    for (const s of spans) {
      if (s.doc !== run.ids[k]) continue;
      for (let off = s.start; off < s.end; off++) {
        const t = run.tokenAt(k, off);
        if (t !== undefined) byToken.set(t, id);
      }
    }
  return byToken;
}

/** B³ precision, recall and F1 of a predicted clustering against gold, over the same items. */
export function bcubed(items: { gold: string; pred: string }[]): { p: number; r: number; f: number } {
  if (!items.length) return { p: 0, r: 0, f: 0 };
  let p = 0, r = 0;
  for (const a of items) {
    const samePred = items.filter((b) => b.pred === a.pred);
    const sameGold = items.filter((b) => b.gold === a.gold);
    const both = samePred.filter((b) => b.gold === a.gold).length;
    p += both / samePred.length;
    r += both / sameGold.length;
  }
  p /= items.length;
  r /= items.length;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const pct = (x: number) => (100 * x).toFixed(1);
