import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractArticle, isoDate, isoLanguage } from "./html.js";
import { packagePath } from "../util/paths.js";

// Fixture pages are written for these tests (test/fixtures/html); none is copied from a publisher.
const fixture = (name: string) => readFileSync(packagePath("test", "fixtures", "html", name), "utf8");
const article = () => extractArticle(fixture("news-article.html"), { url: "https://herald.example/world/x?utm=1" });

test("takes the body as one paragraph, heading or list item per line with blank lines between", () => {
  const { text } = article();
  const blocks = text.split("\n\n");
  assert.ok(blocks.includes("What happens next"), "a sub-heading stays as its own block");
  assert.ok(blocks.includes("The talks are expected to start at noon local time on Monday."), "a list item is its own block");
  assert.ok(blocks.some((b) => b.startsWith("Delegations from the two countries will meet")));
  assert.ok(!text.includes("\n\n\n"));
});

test("leaves navigation and footers out of the body", () => {
  const { text } = article();
  assert.ok(!/All rights reserved/.test(text));
  assert.ok(!/^Sport$/m.test(text));
});

test("reads the publication time from JSON-LD inside @graph, preferring the NewsArticle to its WebPage", () => {
  assert.equal(article().published, "2022-02-27T14:05+02:00");
});

test("reads the authors from JSON-LD as a byline", () => {
  assert.equal(article().byline, "Anna Smith, Ben Jones");
});

test("names the outlet from og:site_name when JSON-LD names no publisher", () => {
  const html = `<html><head><meta property="og:site_name" content="Coast Daily"><title>Storm | Coast Daily</title></head>
    <body><article><p>${"The harbour was closed on Tuesday after a storm brought waves of up to eight metres. ".repeat(4)}</p></article></body></html>`;
  assert.equal(extractArticle(html).outlet, "Coast Daily");
});

test("resolves a relative canonical link against the page's URL", () => {
  assert.equal(article().url, "https://herald.example/world/2022/02/27/talks-border");
});

test("reads the title, the language from <html lang> and the description", () => {
  const a = article();
  assert.equal(a.title, "Talks to be held at the border");
  assert.equal(a.language, "en");
  assert.equal(a.description, "Delegations will meet at the border on Monday, officials said.");
});

test("reads malformed HTML without crashing and keeps its paragraphs", () => {
  const a = extractArticle(fixture("malformed.html"));
  assert.match(a.text, /The harbour was closed on Tuesday/);
  assert.match(a.text, /Emergency crews cleared fallen trees/);
});

test("reports a page with no article text as an error", () => {
  assert.throws(() => extractArticle(fixture("no-body.html")), /no article text/);
  assert.throws(() => extractArticle(""), /no article text/);
});

test("reads a <time datetime> and meta dates when there is no JSON-LD", () => {
  const html = `<html><head><meta name="author" content="Kim Lee"></head><body><article><h1>Ferry cancelled</h1>
    <time datetime="2021-11-03">3 November</time><p>${"Ferries to the islands were cancelled for the rest of the week after the storm. ".repeat(4)}</p></article></body></html>`;
  const a = extractArticle(html);
  assert.equal(a.published, "2021-11-03");
  assert.equal(a.byline, "Kim Lee");
});

test("normalises publication dates in the forms publishers write them", () => {
  assert.equal(isoDate("2022-02-28T10:00:00+0300"), "2022-02-28T10:00+03:00");
  assert.equal(isoDate("2022-02-28T10:00:00.000Z"), "2022-02-28T10:00Z");
  assert.equal(isoDate("Mon, 28 Feb 2022 10:00:00 GMT"), "2022-02-28T10:00Z");
  assert.equal(isoDate("2022/2/28"), "2022-02-28");
  assert.equal(isoDate("yesterday"), undefined);
});

test("reduces language tags to ISO 639-1", () => {
  assert.equal(isoLanguage("en-GB"), "en");
  assert.equal(isoLanguage("pt_BR"), "pt");
  assert.equal(isoLanguage("english"), undefined);
});
