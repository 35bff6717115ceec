/**
 * Development harness for the event reader (src/events): trigger coverage on ECB+ and what it reads out of the
 * example reports.
 *
 *   node --import tsx scripts/events-dev.ts [--split dev|train] [--seeds-only] [--ecb-only] [--misses N] [--no-ner] [--show WORD] [--topic N]
 *   (--show prints the sentences where a gold action written WORD was missed)
 *
 * ECB+ (../shared/data/ecbplus; dev topics 2 5 12 18 21 23 34 35, train = the others): every gold ACTION mention
 * that takes part in a CROSS_DOC_COREF relation is scored; it is found when one of our triggers overlaps it
 * (and "inside" when it lies within the trigger). Precision: of our triggers in annotated sentences, the share that
 * overlap any gold ACTION mention. NER and times come from src/nlp when they load, else a capitalised-word heuristic.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { AnalysedDocument, Document, EntityMention, Sentence, TimeMention, Token } from "../src/types.js";
import { extractEvents, extractQuantities } from "../src/events/index.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { tokenize } from "../src/nlp/tokenize.js";
import { packagePath, sharedPath } from "../src/util/paths.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DEV_TOPICS = new Set(["2", "5", "12", "18", "21", "23", "34", "35"]);

type Ner = (text: string, tokens: Token[]) => EntityMention[];
type Times = (text: string, sentences: Sentence[], ctx: { docId: string; published?: string }) => TimeMention[];

async function loadNlp(): Promise<{ ner: Ner; times: Times }> {
  let ner: Ner = capitalisedMentions;
  let times: Times = () => [];
  try {
    if (!flag("--no-ner")) ner = saneOrHeuristic((await import("../src/nlp/ner/index.js")).recognizeEntities as Ner);
  } catch (e) {
    console.error("NER not available, using capitalised words:", (e as Error).message);
  }
  try {
    times = (await import("../src/nlp/time/index.js")).extractTimes as Times;
  } catch (e) {
    console.error("times not available:", (e as Error).message);
  }
  return { ner, times };
}

/** The NER while it gives name-sized mentions; the capitalised-word stand-in for a document where it does not. */
function saneOrHeuristic(ner: Ner): Ner {
  return (text, tokens) => {
    const found = ner(text, tokens);
    if (found.every((m) => m.end - m.start <= 80)) return found;
    console.error("NER gave clause-sized mentions: using capitalised words for this document");
    return capitalisedMentions(text, tokens);
  };
}

/** Runs of capitalised words not opening a sentence: a stand-in when the NER is missing. */
function capitalisedMentions(text: string, tokens: Token[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text) || (i > 0 && tokens[i - 1].sentence !== tokens[i].sentence) || i === 0) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence && /^\p{Lu}/u.test(tokens[j + 1].text)) j++;
    out.push({ start: tokens[i].start, end: tokens[j].end, text: text.slice(tokens[i].start, tokens[j].end), type: "other" });
    i = j;
  }
  return out;
}

function documentOf(id: string, text: string, published?: string): Document {
  return { id, source: id, text, published, publishedFrom: published ? "user" : "unknown", language: "en", removed: [], credits: [] };
}

// ── seeds ────────────────────────────────────────────────────────────────
async function seeds(nlp: { ner: Ner; times: Times }): Promise<void> {
  const dir = packagePath("examples");
  const { dateFromText } = await import("../src/ingest/published.js");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const texts = files.map((f) => readFileSync(join(dir, f), "utf8"));
  const dates = texts.map((t) => dateFromText(t, new Date("2026-01-01")));
  const fullYear = dates.find((d) => d?.date)?.date?.slice(0, 4);
  for (const [i, f] of files.entries()) {
    const d = dates[i];
    const published = d?.date ?? (d?.month !== undefined && d.day !== undefined && fullYear ? `${fullYear}-${String(d.month + 1).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` : undefined);
    const a = analyse(f, texts[i], published, nlp);
    console.log(`\n── ${f} (published ${published ?? "?"}) ──`);
    const say = (r: { start: number; end: number }) => a.doc.text.slice(r.start, r.end);
    for (const e of extractEvents(a)) {
      const places = e.places.map((p) => `${p.role}:${say(p.range)}`).join(", ");
      console.log(`${e.type}${e.mode ? "/" + e.mode : ""} [${say(e.trigger)}] ${e.modality} ${e.certainty} time=${e.time ? e.time.start + (e.time.inferred ? "~" : "") : "-"}`);
      console.log(`   ${e.summary}`);
      console.log(`   actors=${e.actors.map(say).join(" | ") || "-"} targets=${e.targets.map(say).join(" | ") || "-"} places=${places || "-"}${e.quantities.length ? " figures=" + e.quantities.map((q) => q.text + ":" + q.kind).join(", ") : ""}`);
    }
    for (const q of extractQuantities(a)) {
      console.log(`FIGURE ${q.kind} "${q.text}" low=${q.low ?? "-"} best=${q.best ?? "-"} high=${q.high ?? "-"} of=${q.of ?? "-"} claimant=${q.claimant ? say(q.claimant) : "-"} asOf=${q.asOf?.start ?? "-"} confirmed=${q.confirmed}`);
    }
  }
}

function analyse(id: string, text: string, published: string | undefined, nlp: { ner: Ner; times: Times }): AnalysedDocument {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  return { doc: documentOf(id, text, published), sentences, tokens, mentions: nlp.ner(text, tokens), times: nlp.times(text, sentences, { docId: id, published }) };
}

// ── ECB+ ─────────────────────────────────────────────────────────────────
interface GoldMention { start: number; end: number; sentence: number; type: string; coref: boolean; words: string }

function readEcb(path: string): { text: string; sentences: Sentence[]; tokens: Token[]; gold: GoldMention[] } {
  const xml = readFileSync(path, "utf8");
  const tokens: Token[] = [];
  const byId = new Map<string, Token>();
  const sentences: Sentence[] = [];
  let text = "";
  let current = -1;
  const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g)) {
    const s = Number(m[2]);
    if (s !== current) {
      if (sentences.length) { sentences[sentences.length - 1].end = text.length; text += "\n"; }
      sentences.push({ index: sentences.length, start: text.length, end: text.length });
      current = s;
    } else text += " ";
    const word = unescape(m[3]).replace(/^``$|^''$/, '"');
    const t: Token = { text: word, start: text.length, end: text.length + word.length, sentence: sentences.length - 1 };
    text += word;
    tokens.push(t);
    byId.set(m[1], t);
  }
  if (sentences.length) sentences[sentences.length - 1].end = text.length;
  const coref = new Set<string>();
  for (const r of xml.matchAll(/<CROSS_DOC_COREF[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) for (const s of r[1].matchAll(/<source m_id="(\d+)"/g)) coref.add(s[1]);
  const gold: GoldMention[] = [];
  for (const m of xml.matchAll(/<((?:NEG_)?ACTION_\w+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const toks = [...m[3].matchAll(/t_id="(\d+)"/g)].map((x) => byId.get(x[1])!).filter(Boolean);
    if (!toks.length) continue;
    gold.push({ start: toks[0].start, end: toks[toks.length - 1].end, sentence: toks[0].sentence, type: m[1], coref: coref.has(m[2]), words: toks.map((t) => t.text.toLowerCase()).join(" ") });
  }
  return { text, sentences, tokens, gold };
}

async function ecb(nlp: { ner: Ner; times: Times }, split: string): Promise<void> {
  let root: string;
  try {
    root = sharedPath("data", "ecbplus");
  } catch (e) {
    console.log((e as Error).message);
    return;
  }
  if (!existsSync(root)) return console.log(`no ECB+ at ${root}`);
  const only = option("--topic", "");
  const topics = readdirSync(root).filter((t) => (only ? t === only : (split === "dev") === DEV_TOPICS.has(t)));
  let scored = 0, overlap = 0, inside = 0, predicted = 0, correct = 0, words = 0, ms = 0;
  const typeCounts = new Map<string, number>();
  const misses = new Map<string, number>();
  const falsePositives = new Map<string, number>();
  const analysedDocs: AnalysedDocument[] = [];
  const summaries = { all: 0, named: 0, kindOnly: 0, pronoun: 0, dated: 0, short: 0 };
  for (const topic of topics) {
    for (const f of readdirSync(join(root, topic)).filter((x) => x.endsWith(".xml"))) {
      const { text, sentences, tokens, gold } = readEcb(join(root, topic, f));
      const a: AnalysedDocument = { doc: documentOf(f, text), sentences, tokens, mentions: nlp.ner(text, tokens), times: nlp.times(text, sentences, { docId: f }) };
      analysedDocs.push(a);
      const events = extractEvents(a);
      const annotated = new Set(gold.map((g) => g.sentence));
      for (const e of events) {
        summaries.all++;
        if ((e.summaryRank ?? 0) >= 3) summaries.named++;
        if ((e.summaryRank ?? 0) < 0) summaries.kindOnly++;
        if (/^(he|she|it|they|we|i|his|her|their|its)\b/i.test(e.summary)) summaries.pronoun++;
        if (e.summary.split(/\s+/).length <= 2) summaries.short++;
        if (/ (on|in) \d{0,2} ?[A-Z][a-z]+ \d{4}\.$| in \d{4}\.$/.test(e.summary)) summaries.dated++;
      }
      for (const g of gold.filter((x) => x.coref)) {
        scored++;
        const hit = events.find((e) => e.trigger.start < g.end && g.start < e.trigger.end);
        if (hit) {
          overlap++;
          if (hit.trigger.start <= g.start && g.end <= hit.trigger.end) inside++;
          typeCounts.set(hit.type, (typeCounts.get(hit.type) ?? 0) + 1);
        } else {
          misses.set(g.words, (misses.get(g.words) ?? 0) + 1);
          if (option("--show", "") === g.words) console.log(`MISSED ${g.words}: ${text.slice(sentences[g.sentence].start, sentences[g.sentence].end)}`);
        }
      }
      for (const e of events.filter((x) => annotated.has(x.sentence))) {
        predicted++;
        if (gold.some((g) => e.trigger.start < g.end && g.start < e.trigger.end)) correct++;
        else {
          const w = text.slice(e.trigger.start, e.trigger.end).toLowerCase();
          falsePositives.set(w, (falsePositives.get(w) ?? 0) + 1);
        }
      }
    }
  }
  // speed: three passes over every document, the best one counts (the first warms the JIT and loads the lexicon)
  ms = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const a of analysedDocs) extractEvents(a);
    ms = Math.min(ms, performance.now() - t0);
  }
  words = analysedDocs.reduce((n, a) => n + a.tokens.length, 0);
  const pct = (x: number, y: number) => (y ? ((100 * x) / y).toFixed(1) : "-") + "%";
  console.log(`\nECB+ ${split} topics (${topics.length}): gold coreferring action mentions ${scored}`);
  console.log(`trigger recall (overlap) ${pct(overlap, scored)}   (gold inside a trigger) ${pct(inside, scored)}`);
  console.log(`trigger precision in annotated sentences ${pct(correct, predicted)} (${correct}/${predicted})`);
  console.log(`summaries: ${summaries.all}; with a named doer ${pct(summaries.named, summaries.all)}, telling only the kind of event ${pct(summaries.kindOnly, summaries.all)}, opening with a pronoun ${pct(summaries.pronoun, summaries.all)}, of one or two words ${pct(summaries.short, summaries.all)}, dated ${pct(summaries.dated, summaries.all)}`);
  console.log(`event reading speed ${(words / (ms / 1000)).toFixed(0)} words/s over ${words} words (best of 3 passes; NER and times excluded)`);
  console.log(`types of matched triggers: ${[...typeCounts].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(", ")}`);
  const top = Number(option("--misses", "40"));
  console.log(`most missed: ${[...misses].sort((x, y) => y[1] - x[1]).slice(0, top).map(([w, n]) => `${w}:${n}`).join("  ")}`);
  console.log(`most frequent triggers not on a gold action: ${[...falsePositives].sort((x, y) => y[1] - x[1]).slice(0, top).map(([w, n]) => `${w}:${n}`).join("  ")}`);
}

const nlp = await loadNlp();
if (!flag("--ecb-only")) await seeds(nlp);
if (!flag("--seeds-only")) await ecb(nlp, option("--split", "dev"));
