/**
 * Article-extraction benchmark (issue 2).
 *  (a) Dossier's body text on the 50 real news pages of ../shared/data/article-extraction, scored with
 *      ../shared/scorers/score-extract.mjs beside the published systems' outputs on the same pages.
 *  (b) On ../shared/data/readability-pages: title / byline / published / site-name accuracy against
 *      expected-metadata.json, and the mean body F1 of our text against Readability's expected.html.
 * Runs the product path (the library's analyze(), Document.text) when it exists, else extractArticle directly.
 * Usage: tsx bench/extract.ts [--direct] [--verbose]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { decodeBytes } from "../src/ingest/encoding.js";
import { blocksToText, extractArticle, isoDate, type ArticleExtract } from "../src/ingest/html.js";
import { packagePath, sharedPath } from "../src/util/paths.js";

const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");

interface Page {
  id: string;
  file: string;
  url?: string;
}

interface Read {
  text: string;
  title?: string;
  outlet?: string;
  byline?: string;
  published?: string;
}

type Reader = (pages: Page[]) => Promise<Map<string, Read>>;

/** extractArticle on each page's decoded bytes: the ingest step alone. */
const direct: Reader = async (pages) => {
  const out = new Map<string, Read>();
  for (const p of pages) {
    try {
      const { text: html } = decodeBytes(readFileSync(p.file));
      const a: ArticleExtract = extractArticle(html, { url: p.url });
      out.set(p.id, a);
    } catch (e) {
      console.error(`${p.id}: ${(e as Error).message}`);
    }
  }
  return out;
};

/**
 * The product: the library's per-report half of analyze() (analyzeDocuments: reading, decoding, HTML
 * extraction, cleaning) on the page files, Document.text per page, matched back by Document.source. The
 * cross-document stages do not change Document.text, so they are not run. Undefined when the library is absent.
 */
async function productReader(): Promise<Reader | undefined> {
  const src = packagePath("src", "analyze.ts");
  if (args.has("--direct") || !existsSync(src)) return undefined;
  const mod = await import(pathToFileURL(src).href).catch((e) => {
    console.error(`src/analyze.ts does not load (${(e as Error).message}); measuring extractArticle directly`);
    return undefined;
  });
  const run = mod?.analyzeDocuments ?? mod?.analyze;
  if (typeof run !== "function") return undefined;
  // One page per call: the product stores identical texts once, and several test pages share their text.
  return async (pages) => {
    const out = new Map<string, Read>();
    for (const p of pages) {
      const result = await run([p.file], { onFailure: (f: { source: string; message: string }) => console.error(`${p.id}: ${f.message}`) }).catch((e: Error) => {
        console.error(`${p.id}: ${e.message}`);
        return { documents: [] };
      });
      const d = (result.documents ?? []).map((x: any) => x.doc ?? x)[0];
      if (d) out.set(p.id, { text: d.text, title: d.title, outlet: d.outlet, byline: d.byline, published: d.published });
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------------------
// (a) article-extraction benchmark

async function articleExtraction(read: Reader, work: string): Promise<void> {
  const dir = sharedPath("data", "article-extraction");
  const truth: Record<string, { articleBody: string; url?: string }> = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  const pagesDir = join(work, "article-extraction");
  mkdirSync(pagesDir, { recursive: true });
  const pages: Page[] = Object.keys(truth).map((id) => {
    const file = join(pagesDir, `${id}.html`);
    writeFileSync(file, gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))));
    return { id, file, url: truth[id].url };
  });
  const t0 = performance.now();
  const bodies = await read(pages);
  const ms = performance.now() - t0;
  const ours: Record<string, { articleBody: string }> = {};
  for (const p of pages) ours[p.id] = { articleBody: bodies.get(p.id)?.text ?? "" };
  const oursFile = join(work, "dossier.json");
  writeFileSync(oursFile, JSON.stringify(ours));
  console.log(`\n(a) article bodies on ${pages.length} news pages (${(ms / pages.length).toFixed(0)} ms/page); score-extract.mjs:`);
  const others = ["readability_js", "trafilatura", "rs_trafilatura"].map((n) => join(dir, "output", `${n}.json`));
  const scorer = sharedPath("scorers", "score-extract.mjs");
  process.stdout.write(execFileSync("node", [scorer, join(dir, "ground-truth.json"), oursFile, ...others], { encoding: "utf8" }));
  if (verbose) {
    for (const p of pages) {
      const s = shingleF1(truth[p.id].articleBody, ours[p.id].articleBody);
      if (s.f1 < 0.95) console.log(`  ${p.id.slice(0, 12)} F1 ${s.f1.toFixed(3)} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}  ${truth[p.id].url}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// (b) readability test pages: metadata accuracy and body F1 against Readability's own output

interface Expected {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

async function readabilityPages(read: Reader, work: string): Promise<void> {
  const dir = sharedPath("data", "readability-pages");
  const ids = readdirSync(dir).filter((d) => existsSync(join(dir, d, "source.html")));
  const pagesDir = join(work, "readability-pages");
  mkdirSync(pagesDir, { recursive: true });
  const pages: Page[] = ids.map((id) => {
    const file = join(pagesDir, `${id}.html`);
    writeFileSync(file, readFileSync(join(dir, id, "source.html")));
    // Readability's tests parse every page as if it lived at this address.
    return { id, file, url: "http://fakehost/test/page.html" };
  });
  const got = await read(pages);
  const fields = [
    ["title", "title"],
    ["byline", "byline"],
    ["published", "publishedTime"],
    ["outlet", "siteName"],
  ] as const;
  const tally = Object.fromEntries(fields.map(([f]) => [f, { agree: 0, present: 0, found: 0 }]));
  const f1s: number[] = [];
  for (const id of ids) {
    const expected: Expected = JSON.parse(readFileSync(join(dir, id, "expected-metadata.json"), "utf8"));
    const ours = got.get(id);
    for (const [f, e] of fields) {
      const want = norm(f, expected[e]);
      const have = norm(f, ours?.[f]);
      const t = tally[f];
      if (want === have) t.agree++;
      if (want) {
        t.present++;
        if (want === have) t.found++;
        else if (verbose) console.log(`  ${id} ${f}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`);
      }
    }
    const { document } = parseHTML(`<html><body>${readFileSync(join(dir, id, "expected.html"), "utf8")}</body></html>`);
    const s = shingleF1(blocksToText(document.body), ours?.text ?? "");
    f1s.push(s.f1);
    if (verbose && s.f1 < 0.9) console.log(`  ${id} body F1 ${s.f1.toFixed(3)} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}`);
  }
  console.log(`\n(b) readability test pages (${ids.length}): metadata against expected-metadata.json`);
  console.log("    field      agree (all pages)   found (where expected)");
  for (const [f] of fields) {
    const t = tally[f];
    console.log(`    ${f.padEnd(10)} ${pct(t.agree, ids.length).padStart(6)} (${t.agree}/${ids.length})    ${pct(t.found, t.present).padStart(6)} (${t.found}/${t.present})`);
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(`    body F1 against expected.html (4-word shingles, mean over pages): ${mean.toFixed(3)}`);
}

/** Values compared as a reader would: whitespace folded; dates as instants (or days when one side has no clock). */
function norm(field: string, v: string | null | undefined): string | undefined {
  const s = v?.replace(/\s+/g, " ").trim();
  if (!s) return undefined;
  // Readability keeps "By " before a byline, Dossier keeps the names: compare the names.
  if (field === "byline") return s.replace(/^(by|por|par|von)\s+/i, "");
  if (field !== "published") return s;
  const iso = isoDate(s) ?? s;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + "%" : "-");

/** The benchmark's page score: precision/recall over 4-word shingles of \w tokens (as score-extract.mjs). */
function shingleF1(truth: string, pred: string): { p: number; r: number; f1: number } {
  const sh = (t: string) => {
    const w = t.match(/[\p{L}\p{N}_]+/gu) ?? [];
    const m = new Map<string, number>();
    for (let i = 0; i < Math.max(1, w.length - 3); i++) {
      const k = w.slice(i, i + 4).join("\u0001");
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const a = sh(truth), b = sh(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  if (fp === 0 && fn === 0) return { p: 1, r: 1, f1: 1 };
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "dossier-bench-extract-"));
  const product = await productReader();
  console.log(product ? "measuring the product path: analyzeDocuments() → Document.text" : "measuring extractArticle directly (no src/analyze.ts, or --direct)");
  await articleExtraction(product ?? direct, work);
  await readabilityPages(product ?? direct, work);
  console.log(`\n(outputs in ${work})`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
