#!/usr/bin/env node
/**
 * The `dossier` command: a thin shell over the library (analyze, Store, reports).
 * Exit status: 0 when every input was analysed, 2 when some failed (the output still holds the others),
 * 1 when none could be or the command itself failed.
 */
import { Command, Option } from "commander";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { AnalyzeOptions } from "../analyze.js";
import type { InputFailure } from "../ingest/read.js";
import { formatFailure } from "../ingest/read.js";
import { packagePath } from "../util/paths.js";
import { progressReporter } from "./progress.js";

const version = JSON.parse(readFileSync(packagePath("package.json"), "utf8")).version as string;

/** Prints each failed input as one line on stderr and remembers how many there were. */
function failureLog() {
  const failures: InputFailure[] = [];
  return {
    failures,
    onFailure: (f: InputFailure) => {
      failures.push(f);
      process.stderr.write(`dossier: ${formatFailure(f)}\n`);
    },
  };
}

function exitStatus(analysed: number, failed: number): number {
  if (failed === 0) return 0;
  return analysed > 0 ? 2 : 1;
}

function analyzeOptions(opts: { published?: string; today?: string }, onFailure: (f: InputFailure) => void): AnalyzeOptions {
  for (const [flag, value] of [["--published", opts.published], ["--today", opts.today]] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value))) throw new UsageError(`${flag} is not a date: ${value}`);
  }
  return { published: opts.published, today: opts.today ? new Date(opts.today) : undefined, onFailure, onProgress: progressReporter("analysing") };
}

class UsageError extends Error {}

/** The store a reading command speaks for: it must exist (only `ingest` creates one). */
async function openExistingStore(db: string | undefined) {
  const { Store } = await import("../store/index.js");
  const path = db ?? Store.defaultPath();
  if (!existsSync(path)) throw new UsageError(`no store at ${path}: add reports with \`dossier ingest\` first (or give --db PATH)`);
  return new Store(path);
}

function write(text: string, out?: string): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}

const program = new Command()
  .name("dossier")
  .description("Turns news reports into a sourced, cross-checked record: who did what to whom, where, when, and according to whom.")
  .version(version);

const dateOptions = (cmd: Command) =>
  cmd
    .option("--published <date>", "publication date of inputs whose own metadata gives none (ISO 8601)")
    .addOption(new Option("--today <date>", "the date taken as today when dating reports from their text").hideHelp());

dateOptions(
  program
    .command("analyze")
    .description("analyse reports in memory and print a Markdown briefing, or the dossier/1 JSON with --json")
    .argument("<inputs...>", "files, folders (.txt .md .html .xml .jsonl) or - for standard input")
    .option("--json", "write the dossier/1 JSON to standard output")
    .option("--html", "write the self-contained HTML briefing instead of Markdown")
    .option("-o, --out <file>", "write to a file instead of standard output"),
).action(async (inputs: string[], opts) => {
  const { analyzeDocuments } = await import("../analyze.js");
  const { buildDossier } = await import("../resolve/dossier.js");
  const log = failureLog();
  const { documents } = await analyzeDocuments(inputs, analyzeOptions(opts, log.onFailure));
  const dossier = buildDossier(documents);
  if (opts.json) write(JSON.stringify(dossier, null, 1), opts.out);
  else if (opts.html) write((await import("../report/html.js")).htmlBriefing(dossier), opts.out);
  else write((await import("../report/markdown.js")).markdownBriefing(dossier), opts.out);
  process.exitCode = exitStatus(documents.length, log.failures.length);
});

dateOptions(
  program
    .command("ingest")
    .description("add reports to the store and re-run the cross-document analysis over everything stored")
    .argument("<inputs...>", "files, folders or - for standard input")
    .option("--db <path>", "the SQLite store (default ~/.dossier/dossier.db or $DOSSIER_DB)"),
).action(async (inputs: string[], opts) => {
  const { Store } = await import("../store/index.js");
  const { analyzeDocuments } = await import("../analyze.js");
  const { buildDossier } = await import("../resolve/dossier.js");
  const store = new Store(opts.db ?? Store.defaultPath());
  try {
    const log = failureLog();
    const analysed = await analyzeDocuments(inputs, { ...analyzeOptions(opts, log.onFailure), context: store.analysedDocuments() });
    const { added, duplicates } = store.ingest(analysed.documents, buildDossier);
    const repeated = duplicates.length + analysed.duplicates.length;
    process.stderr.write(`dossier: ${added.length} report(s) added, ${repeated} already stored, ${log.failures.length} failed; ${store.documentCount()} in the store\n`);
    process.exitCode = exitStatus(analysed.documents.length + analysed.duplicates.length, log.failures.length);
  } finally {
    store.close();
  }
});

program
  .command("search")
  .description("full-text search over the stored reports' sentences")
  .argument("<query>", "words to find (stemmed: 'talks' finds 'talk')")
  .option("--db <path>", "the SQLite store")
  .option("--limit <n>", "how many hits", "20")
  .option("--json", "hits as JSON")
  .action(async (query: string, opts) => {
    const store = await openExistingStore(opts.db);
    try {
      const hits = store.search(query, { limit: Number(opts.limit) || 20 });
      if (opts.json) write(JSON.stringify(hits, null, 1));
      else if (!hits.length) write(`no sentence matches "${query}"`);
      else write(hits.map((h) => `${h.title ?? h.source}${h.outlet ? ` (${h.outlet})` : ""}${h.published ? `, ${h.published.slice(0, 10)}` : ""}\n  ${h.snippet}`).join("\n"));
    } finally {
      store.close();
    }
  });

dateOptions(
  program
    .command("report")
    .description("the briefing (Markdown, or one self-contained HTML file) of the store, or of the inputs given")
    .argument("[inputs...]", "reports to analyse in memory instead of reading the store")
    .option("--db <path>", "the SQLite store")
    .option("--html", "a single self-contained HTML file")
    .option("-o, --out <file>", "write to a file instead of standard output"),
).action(async (inputs: string[], opts) => {
  const log = failureLog();
  let dossier;
  let analysed = 0;
  if (inputs.length) {
    const { analyzeDocuments } = await import("../analyze.js");
    const { buildDossier } = await import("../resolve/dossier.js");
    const { documents } = await analyzeDocuments(inputs, analyzeOptions(opts, log.onFailure));
    analysed = documents.length;
    dossier = buildDossier(documents);
  } else {
    const store = await openExistingStore(opts.db);
    try {
      dossier = store.dossier();
    } finally {
      store.close();
    }
  }
  const report = opts.html ? (await import("../report/html.js")).htmlBriefing(dossier) : (await import("../report/markdown.js")).markdownBriefing(dossier);
  write(report, opts.out);
  process.exitCode = inputs.length ? exitStatus(analysed, log.failures.length) : 0;
});

program
  .command("export")
  .description("the whole store as one dossier/1 JSON object (--json) or its documents as JSON Lines (--jsonl)")
  .option("--db <path>", "the SQLite store")
  .option("--json", "one dossier/1 object (the default)")
  .option("--jsonl", "one document per line")
  .option("-o, --out <file>", "write to a file instead of standard output")
  .action(async (opts) => {
    const store = await openExistingStore(opts.db);
    try {
      const dossier = store.dossier();
      write(opts.jsonl ? dossier.documents.map((d) => JSON.stringify(d)).join("\n") : JSON.stringify(dossier, null, 1), opts.out);
    } finally {
      store.close();
    }
  });

program
  .command("schema")
  .description("print the JSON Schema of the dossier/1 output, generated from its zod schema")
  .action(async () => {
    const { dossierJsonSchema } = await import("../model/schema.js");
    write(JSON.stringify(dossierJsonSchema(), null, 2));
  });

program
  .command("tag")
  .description("named-entity tags for CoNLL-2003 lines: each line comes back with the predicted IOB2 tag appended")
  .argument("<file>", "CoNLL file (token first, blank line between sentences), or - for standard input")
  .requiredOption("--format <format>", "input and output format (conll)")
  .action(async (file: string, opts) => {
    if (opts.format !== "conll") throw new UsageError(`unknown --format ${opts.format}: only conll is supported`);
    const { tagConll } = await import("../nlp/ner/index.js");
    const input = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
    process.stdout.write(tagConll(input));
  });

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`dossier: ${err.message}\n`);
  process.exitCode = 1;
});
