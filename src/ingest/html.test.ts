import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { densestParagraphs, extractArticle, isoDate, isoLanguage } from "./html.js";
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

/** A page whose article sits among the furniture the extractor must drop. */
function pageWith(furniture: string): string {
  const para = (s: string) => `<p>${s} The ministry said the figures would be updated as reports came in from the regions overnight.</p>`;
  return `<html><head><title>Quake damage assessed</title></head><body><div class="story-body">
    ${para("Rescue teams searched collapsed buildings on Wednesday after the earthquake struck before dawn.")}
    ${furniture}
    ${para("Engineers began inspecting bridges and schools in the worst-hit districts, officials said.")}
    ${para("Aid convoys reached the mountain villages by the afternoon, according to the Red Cross.")}
    </div></body></html>`;
}

test("drops photo captions and their credits from the body", () => {
  const { text } = extractArticle(pageWith(`<figure><img src="a.jpg"><figcaption>A rescuer climbs the rubble. Photo: J. Doe / Agency</figcaption></figure>
    <div class="image-credit">Getty Images</div>`));
  assert.doesNotMatch(text, /rescuer climbs|Getty Images/);
  assert.match(text, /Engineers began inspecting bridges/);
});

test("drops share and newsletter boxes inside the article", () => {
  const { text } = extractArticle(pageWith(`<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
    <aside class="newsletter-signup"><p>Get our morning briefing in your inbox.</p></aside>`));
  assert.doesNotMatch(text, /Facebook|morning briefing/);
});

test("keeps an article whose wrapper's class happens to name furniture", () => {
  const html = pageWith("").replace('class="story-body"', 'class="entry-content entry-content-read-more share-enabled"');
  assert.match(extractArticle(html).text, /Aid convoys reached the mountain villages/);
});

test("drops 'Advertisement', 'Read more:' and 'Updated' lines the article box holds", () => {
  const { text } = extractArticle(pageWith(`<p>Advertisement</p><p>Read more: Earlier quakes in the region</p><p>Updated Nov 19, 6:55 AM</p>`));
  assert.doesNotMatch(text, /^Advertisement$|Read more|Updated Nov/m);
  assert.equal(text.split("\n\n").length, 3);
});

test("drops a headline and a 'By …' line repeated at the top of the body, and keeps the byline's names", () => {
  const html = `<html><head><meta name="author" content="By Sara Kim"></head><body><article><h1>Quake damage assessed</h1><p>By Sara Kim</p>
    <p>${"Rescue teams searched collapsed buildings on Wednesday after the earthquake struck before dawn. ".repeat(3)}</p>
    <p>${"Engineers began inspecting bridges and schools in the worst-hit districts, officials said. ".repeat(3)}</p></article></body></html>`;
  const a = extractArticle(html);
  assert.equal(a.byline, "Sara Kim");
  assert.match(a.text, /^Rescue teams searched/);
});

test("keeps paragraphs laid out in table cells, as old CMS pages do", () => {
  const cells = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the storm cut power to thousands of homes along the coast and closed the main road north.</p>`).join("");
  const html = `<html><body><table><tr><td><a href="/">Home</a></td><td>${cells}</td></tr></table></body></html>`;
  const { text } = extractArticle(html);
  for (let i = 1; i <= 6; i++) assert.match(text, new RegExp(`Paragraph ${i}:`));
});

test("the fallback body is the box with the most paragraph words, not a sidebar of teasers", () => {
  const story = Array.from({ length: 4 }, (_, i) => `<p>Story paragraph ${i + 1} tells how the storm cut power to thousands of homes along the coast.</p>`).join("");
  const teasers = `<p>Other news: markets rise as investors weigh the latest figures on jobs.</p>`;
  const { document } = parseHTML(`<html><body><aside>${teasers}</aside><div>${story}</div><script>var p = "<p>not text</p>";</script></body></html>`);
  const text = densestParagraphs(document);
  assert.match(text, /^Story paragraph 1/);
  assert.doesNotMatch(text, /markets rise/);
  assert.equal(text.split("\n\n").length, 4);
});

test("drops a standalone dateline and a standalone photo credit line", () => {
  const { text } = extractArticle(pageWith(`<p>18 NOV 2019</p><p>November 18, 2019 | 4:10pm</p><p>Jane Roe | Agency | Getty Images</p>`));
  assert.doesNotMatch(text, /NOV 2019|4:10pm|Getty Images/);
  assert.equal(text.split("\n\n").length, 3);
});

test("drops a 'You may also like' heading with the headlines under it, and keeps the article after them", () => {
  const { text } = extractArticle(pageWith(`<p>You may also like...</p><p>Who will win the cup this year?</p><p>Ten bridges worth a visit</p>`));
  assert.doesNotMatch(text, /also like|win the cup|Ten bridges/);
  assert.match(text, /Engineers began inspecting bridges/);
});
