import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { looksLikeFeed, parseFeed } from "./feed.js";
import { packagePath } from "../util/paths.js";

const fixture = (name: string) => readFileSync(packagePath("test", "fixtures", "html", name), "utf8");

test("reads an RSS item's title, link, date, author and full HTML content", () => {
  const [first] = parseFeed(fixture("rss.xml"));
  assert.deepEqual(first, {
    title: "Ceasefire talks resume in Geneva & Vienna",
    url: "https://wire.example/2022/03/01/talks",
    published: "2022-03-01T09:30Z",
    outlet: "Example Wire & Co",
    byline: "Maria Lopez",
    html: '<p>Negotiators returned to the table on Tuesday.</p><p>"We are hopeful," a mediator said.</p>',
  });
});

test("keeps a plain-text RSS description as text, with entities decoded", () => {
  const items = parseFeed(fixture("rss.xml"));
  assert.equal(items.length, 2);
  assert.equal(items[1].text, "Forecasters issued flood warnings for the valley on Tuesday after two days of heavy rain & melting snow.");
  assert.equal(items[1].html, undefined);
});

test("reads an Atom entry: alternate link, published time, author and escaped HTML content", () => {
  const [entry] = parseFeed(fixture("atom.xml"));
  assert.equal(entry.title, "Delegations arrive for border talks");
  assert.equal(entry.url, "https://observer.example/2022/02/28/delegations");
  assert.equal(entry.published, "2022-02-28T10:15+02:00");
  assert.equal(entry.byline, "Olga Petrenko");
  assert.equal(entry.outlet, "Example Observer");
  assert.equal(entry.html, "<p>Delegations arrived at the venue on Monday morning.</p><p>Talks began at noon.</p>");
});

test("reads Atom xhtml content as markup and falls back to the updated time", () => {
  const entry = parseFeed(fixture("atom.xml"))[1];
  assert.equal(entry.published, "2022-02-28T09:00Z");
  assert.match(entry.html ?? "", /<p>Stock markets were <b>steady<\/b> on Monday\.<\/p>/);
});

test("unwraps CDATA sections, including markup inside a title", () => {
  const xml = `<rss version="2.0"><channel><title><![CDATA[Wire]]></title><item><title><![CDATA[Talks <i>resume</i>]]></title>
    <description><![CDATA[Plain words & more]]></description></item></channel></rss>`;
  assert.deepEqual(parseFeed(xml), [{ title: "Talks resume", outlet: "Wire", text: "Plain words & more" }]);
});

test("reads RSS 1.0 (RDF) items, which sit beside the channel", () => {
  const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Old Wire</title></channel><item><title>Item one</title><link>https://old.example/1</link><dc:date>2004-05-06</dc:date></item></rdf:RDF>`;
  assert.deepEqual(parseFeed(xml), [{ title: "Item one", url: "https://old.example/1", published: "2004-05-06", outlet: "Old Wire" }]);
});

test("tells feeds from other XML and HTML", () => {
  assert.ok(looksLikeFeed(fixture("rss.xml")));
  assert.ok(looksLikeFeed(fixture("atom.xml")));
  assert.ok(looksLikeFeed("\uFEFF<!-- generated --><rss version=\"2.0\"><channel/></rss>"));
  assert.ok(!looksLikeFeed("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
  assert.ok(!looksLikeFeed("<!DOCTYPE html><html><body><p>feed the cat</p></body></html>"));
  assert.throws(() => parseFeed("<html></html>"), /not an RSS or Atom feed/);
});
