/**
 * The `dossier` command as a user runs it: the built bin (dist/), real files, a real SQLite store.
 * `npm test` builds before it runs these.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DossierSchema } from "../src/model/schema.js";
import { packagePath } from "../src/util/paths.js";

const bin = packagePath("dist", "src", "cli", "main.js");
const fixture = (name: string) => packagePath("test", "fixtures", "inputs", name);
const examples = packagePath("examples");
const TODAY = "2026-11-21";

function dossier(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, CI: "true" }, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), "dossier-test-"));

test("analyze --json on the bundled examples gives a valid dossier/1 with both reports dated and titled", () => {
  const r = dossier(["analyze", examples, "--json", "--today", TODAY]);
  assert.equal(r.status, 0, r.stderr);
  const d = DossierSchema.parse(JSON.parse(r.stdout));
  assert.equal(d.documents.length, 2);
  const quint = d.documents.find((x) => x.source.includes("003"))!;
  const first = d.documents.find((x) => x.source.includes("000"))!;
  assert.equal(quint.published, "2022-02-28");
  assert.equal(quint.publishedFrom, "text");
  assert.match(quint.title ?? "", /Talks Underway on Belarus Border/);
  assert.match(quint.outlet ?? "", /Quint/);
  assert.equal(first.published, "2022-02-27");
  assert.equal(first.publishedFrom, "context");
  assert.ok(d.stories.some((s) => s.documents.length === 2), "the two reports are one story");
});

test("every input kind is read: HTML page, RSS feed items, JSON Lines, plain text", () => {
  const r = dossier(["analyze", fixture("harbour-fire.html"), fixture("feed.xml"), fixture("notes.txt"), "--json"]);
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  const html = d.documents.find((x: { source: string }) => x.source.endsWith("harbour-fire.html"));
  assert.equal(html.outlet, "Example Times");
  assert.equal(html.publishedFrom, "metadata");
  assert.match(html.text, /fire brigade said on Wednesday/);
  assert.doesNotMatch(html.text, /All rights reserved/);
  const items = d.documents.filter((x: { source: string }) => x.source.includes("feed.xml#"));
  assert.equal(items.length, 2);
  assert.ok(items.every((x: { published?: string }) => x.published?.startsWith("2024-10-")));
});

test("a bad JSON line is reported with its line number while the good lines are analysed (exit 2)", () => {
  const r = dossier(["analyze", fixture("reports.jsonl"), "--json"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /reports\.jsonl:3: bad JSON line/);
  const d = JSON.parse(r.stdout);
  assert.equal(d.documents.length, 2);
  assert.equal(d.documents[0].outlet, "Example News");
  assert.equal(d.documents[0].publishedFrom, "metadata");
});

test("missing, empty and binary files each get one line naming the file; none analysed → exit 1", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0]));
  const r = dossier(["analyze", join(dir, "nope.txt"), join(dir, "empty.txt"), join(dir, "binary.txt"), "--json"]);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 3, r.stderr);
  assert.match(lines[0], /nope\.txt: no such file/);
  assert.match(lines[1], /empty\.txt: .*empty/);
  assert.match(lines[2], /binary\.txt: .*binary/);
});

test("standard input is a report", () => {
  const r = dossier(["analyze", "-", "--json", "--published", "2024-05-01"], "Bridge reopens\nThe bridge in Lyon reopened on Tuesday, the mayor said.\n");
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  assert.equal(d.documents[0].published, "2024-05-01");
  assert.equal(d.documents[0].publishedFrom, "user");
});

test("metadata in the input wins over --published", () => {
  const r = dossier(["analyze", fixture("harbour-fire.html"), "--published", "2001-01-01", "--json"]);
  assert.equal(JSON.parse(r.stdout).documents[0].publishedFrom, "metadata");
});

test("ingesting the same reports twice stores them once; search, report and export speak for the store", () => {
  const db = join(tempDir(), "store.db");
  assert.equal(dossier(["ingest", examples, "--db", db, "--today", TODAY]).status, 0);
  const again = dossier(["ingest", examples, "--db", db, "--today", TODAY]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /0 report\(s\) added, 2 already stored/);
  const exported = JSON.parse(dossier(["export", "--json", "--db", db]).stdout);
  assert.equal(exported.documents.length, 2);
  assert.equal(exported.schema, "dossier/1");
  const search = dossier(["search", "Gomel talks", "--db", db]);
  assert.equal(search.status, 0, search.stderr);
  assert.match(search.stdout, /\[Gomel\]/);
  const report = dossier(["report", "--db", db]);
  assert.match(report.stdout, /Talks Underway on Belarus Border/);
  const jsonl = dossier(["export", "--jsonl", "--db", db]).stdout.trim().split("\n");
  assert.equal(jsonl.length, 2);
});

test("an ingest whose every input fails leaves the store as it was and exits 1", () => {
  const db = join(tempDir(), "store.db");
  dossier(["ingest", examples, "--db", db, "--today", TODAY]);
  const r = dossier(["ingest", "/no/such/file.txt", "--db", db]);
  assert.equal(r.status, 1);
  assert.equal(JSON.parse(dossier(["export", "--db", db]).stdout).documents.length, 2);
});

test("schema prints the JSON Schema generated from the zod schema", () => {
  const s = JSON.parse(dossier(["schema"]).stdout);
  assert.ok(s.properties.documents && s.properties.entities && s.properties.times);
});

test("the HTML briefing escapes article text: a <script> in a report stays inert text", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "x.txt"), "Odd report\nThe minister said <script>alert('x')</script> was posted on the website on Monday.\n");
  const r = dossier(["report", join(dir, "x.txt"), "--html", "--published", "2024-03-04"]);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /<script>alert/);
  assert.match(r.stdout, /&lt;script&gt;alert/);
});

test("analyze --html writes the same self-contained briefing for reports analysed in memory", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "x.txt"), "Storm hits coast\nThe storm made landfall near the port on Monday, officials said.\n");
  const r = dossier(["analyze", join(dir, "x.txt"), "--html", "--published", "2024-03-04"]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<!doctype html>/i);
  assert.match(r.stdout, /Storm hits coast/);
});

test("reading commands on a store that does not exist say so and create nothing", () => {
  const db = join(tempDir(), "missing.db");
  for (const cmd of [["search", "talks"], ["report"], ["export"]]) {
    const r = dossier([...cmd, "--db", db]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no store at .*missing\.db/);
  }
  assert.equal(existsSync(db), false);
});
