/**
 * Cleaner benchmark on pasted text (issue 2).
 *  (a) Each article-extraction page's whole visible text (../shared/data/article-extraction/output/html-text.json:
 *      menus, footers and all) given to Dossier as a plain-text report; the cleaned text scored against
 *      ground-truth.json with ../shared/scorers/score-extract.mjs, beside the raw-text baseline.
 *  (b) The same on the readability pages: source.html's visible text, cleaned, against the text of Readability's
 *      expected.html (a second set of pages the rules were not tuned on).
 *  (d) The outlet inferOutlet reads from each pasted readability page, against expected-metadata.json's siteName.
 *  (c) Safety on article text: each readability page's expected text, already clean, given to the cleaner; the
 *      share of it kept (4-word-shingle recall). Cleaning must keep the article: target ≥ 0.98.
 * Usage: tsx bench/clean.ts [--verbose] [--product]
 *   --product: (a) runs the library's analyze() on the pages written as .txt files and scores Document.text (slower:
 *   the whole pipeline); (b) and (c) always call cleanText, since the product merges identical texts into one document.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import { cleanText } from "../src/ingest/clean.js";
import { inferOutlet } from "../src/ingest/outlet.js";
import { packagePath, sharedPath } from "../src/util/paths.js";

const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");

type Bodies = Record<string, { articleBody: string }>;

const tokens = (t: string): string[] => t.match(/[\p{L}\p{N}_]+/gu) ?? [];
function shingles(text: string): Map<string, number> {
  const t = tokens(text), m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join("\u0001");
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
/** Precision, recall and F1 of `pred` against `truth` over 4-word shingles, as score-extract.mjs counts them per page. */
function overlap(truth: string, pred: string): { p: number; r: number; f: number } {
  const a = shingles(truth), b = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
    tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
  }
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

const BLOCK = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL", "BR", "TITLE", "BUTTON", "OPTION"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD"]);

/** The visible text of an HTML page as a browser's select-all and copy would give it: blocks on their own lines. */
function visibleText(html: string, withTitle = true): string {
  const { document } = parseHTML(html);
  const out: string[] = [];
  if (withTitle) {
    const title = document.querySelector("title")?.textContent?.trim();
    if (title) out.push(title, "\n\n");
  }
  const walk = (node: Node): void => {
    if (node.nodeType === 3) { out.push((node.textContent ?? "").replace(/\s+/g, " ")); return; }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) out.push("\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push("\n");
  };
  // A fragment (Readability's expected.html) has an empty body and the fragment as its document element.
  const root = document.body?.childNodes.length ? document.body : document.documentElement;
  walk(root as unknown as Node);
  return out.join("").split("\n").map((l) => l.trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** The cleaned text of each report: cleanText directly, or the product's Document.text when asked and available. */
async function cleanAll(reports: Map<string, string>, viaProduct = false): Promise<Map<string, string>> {
  if (viaProduct && existsSync(packagePath("src", "analyze.ts"))) {
    const { analyze } = (await import(pathToFileURL(packagePath("src", "analyze.ts")).href)) as { analyze: (i: string[], o?: object) => Promise<{ documents: { source: string; text: string }[] }> };
    const dir = mkdtempSync(join(tmpdir(), "dossier-clean-in-"));
    const files = [...reports].map(([id, text]) => { const f = join(dir, `${id}.txt`); writeFileSync(f, text); return [id, f] as const; });
    const d = await analyze(files.map(([, f]) => f));
    const bySource = new Map(d.documents.map((doc) => [doc.source, doc.text]));
    return new Map(files.map(([id, f]) => [id, bySource.get(f) ?? ""]));
  }
  return new Map([...reports].map(([id, text]) => [id, cleanText(text).text]));
}

function scoreWithScorer(gtPath: string, named: Record<string, Bodies>): void {
  const dir = mkdtempSync(join(tmpdir(), "dossier-clean-"));
  const files = Object.entries(named).map(([name, bodies]) => { const f = join(dir, `${name}.json`); writeFileSync(f, JSON.stringify(bodies)); return f; });
  process.stdout.write(execFileSync("node", [sharedPath("scorers", "score-extract.mjs"), gtPath, ...files], { encoding: "utf8" }));
}

async function articleExtraction(): Promise<void> {
  const base = sharedPath("data", "article-extraction");
  const gtPath = join(base, "ground-truth.json");
  const gt = JSON.parse(readFileSync(gtPath, "utf8")) as Bodies;
  const raw = JSON.parse(readFileSync(join(base, "output", "html-text.json"), "utf8")).output as Bodies;
  const reports = new Map(Object.keys(gt).map((id) => [id, raw[id]?.articleBody ?? ""]));
  const cleaned = await cleanAll(reports, args.has("--product"));
  const ours: Bodies = Object.fromEntries([...cleaned].map(([id, text]) => [id, { articleBody: text }]));
  const baseline: Bodies = Object.fromEntries([...reports].map(([id, text]) => [id, { articleBody: text }]));
  console.log("(a) pasted visible text of the 50 article-extraction pages, against ground-truth.json:");
  scoreWithScorer(gtPath, { "raw-pasted-text": baseline, "dossier-cleaned": ours });
  if (verbose)
    for (const id of Object.keys(gt)) {
      const s = overlap(gt[id]!.articleBody, ours[id]!.articleBody);
      console.log(`  ${id.slice(0, 8)} P ${s.p.toFixed(2)} R ${s.r.toFixed(2)} F ${s.f.toFixed(2)}`);
    }
}

async function readabilityPages(): Promise<void> {
  const base = sharedPath("data", "readability-pages");
  const ids = readdirSync(base).filter((d) => existsSync(join(base, d, "expected.html")) && existsSync(join(base, d, "source.html")));
  const expected = new Map(ids.map((id) => [id, visibleText(readFileSync(join(base, id, "expected.html"), "utf8"), false)]));
  const sources = new Map(ids.map((id) => [id, visibleText(readFileSync(join(base, id, "source.html"), "utf8"))]));
  const cleanedSources = await cleanAll(sources);
  const cleanedArticles = await cleanAll(expected);
  if (verbose) console.log(`  texts: ${[...expected.values()].reduce((a, t) => a + t.length, 0)} chars expected, ${[...sources.values()].reduce((a, t) => a + t.length, 0)} chars pasted`);
  const rawScores = ids.map((id) => overlap(expected.get(id)!, sources.get(id)!));
  const ourScores = ids.map((id) => overlap(expected.get(id)!, cleanedSources.get(id)!));
  const P = mean(ourScores.map((s) => s.p)), R = mean(ourScores.map((s) => s.r));
  const rP = mean(rawScores.map((s) => s.p)), rR = mean(rawScores.map((s) => s.r));
  console.log(`(b) pasted visible text of ${ids.length} readability pages, against Readability's expected text:`);
  console.log(`raw-pasted-text  F1 ${((2 * rP * rR) / (rP + rR)).toFixed(3)}  P ${rP.toFixed(3)}  R ${rR.toFixed(3)}`);
  console.log(`dossier-cleaned  F1 ${((2 * P * R) / (P + R)).toFixed(3)}  P ${P.toFixed(3)}  R ${R.toFixed(3)}`);
  const kept = ids.map((id) => ({ id, r: overlap(expected.get(id)!, cleanedArticles.get(id)!).r }));
  const keptPhraseOnly = mean(ids.map((id) => overlap(expected.get(id)!, cleanText(expected.get(id)!, { findBody: false }).text).r));
  const lossy = kept.filter((k) => k.r < 0.95).sort((a, b) => a.r - b.r);
  console.log(`(c) article text kept when the clean article text of those ${ids.length} pages is cleaned: mean ${mean(kept.map((k) => k.r)).toFixed(3)}, pages under 0.95: ${lossy.length}${lossy.length ? " (" + lossy.slice(0, 8).map((k) => `${k.id} ${k.r.toFixed(2)}`).join(", ") + ")" : ""}`);
  console.log(`    the same with { findBody: false } (phrase rules only, as for a body an HTML extractor isolated): mean ${keptPhraseOnly.toFixed(3)}`);
  outletAccuracy(base, ids, sources);
  if (verbose) ids.forEach((id, i) => console.log(`  ${id.padEnd(40)} pasted F ${ourScores[i]!.f.toFixed(2)} (raw ${rawScores[i]!.f.toFixed(2)})  article kept ${kept[i]!.r.toFixed(2)}`));
}

/** (d): share of pages with a siteName whose pasted text gives the same outlet (names compared letters-only, either containing the other). */
function outletAccuracy(base: string, ids: string[], pasted: Map<string, string>): void {
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  let named = 0, right = 0;
  for (const id of ids) {
    const metaFile = join(base, id, "expected-metadata.json");
    const site = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, "utf8")) as { siteName?: string | null }).siteName : undefined;
    if (!site) continue;
    named++;
    const r = cleanText(pasted.get(id)!);
    const outlet = inferOutlet(r.text, r.removed);
    if (outlet && (norm(outlet).includes(norm(site)) || norm(site).includes(norm(outlet)))) right++;
  }
  console.log(`(d) outlet read from the pasted text of the ${named} readability pages with a siteName: ${right}/${named} (${((100 * right) / (named || 1)).toFixed(0)}%)`);
}

try {
  await articleExtraction();
  await readabilityPages();
} catch (e) {
  console.error(`bench:clean: ${(e as Error).message}`);
  process.exit(1);
}
