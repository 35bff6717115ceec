import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { parse } from "parse5";
import { briefingDossier, EVENTS_IN_TIME_ORDER, SCRIPT_IN_ARTICLE } from "../../test/fixtures/briefing/dossier.js";
import type { Dossier } from "../types.js";
import { escapeHtml, evidenceAnchor, eventsInTimeOrder, formatWhen, htmlBriefing, markedText } from "./html.js";
import { clipRing, mapSvg, mapView, type MapPlace } from "./map.js";

// ---- a small DOM walk over parse5's tree (the HTML parser browsers follow) -----------------------------------

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}

const dom = (html: string) => parse(html) as unknown as Node;
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
}
const elements = (root: Node) => [...walk(root)].filter((n) => n.tagName);
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const textOf = (n: Node): string => (n.nodeName === "#text" ? n.value ?? "" : (n.childNodes ?? []).map(textOf).join(""));
const byId = (root: Node, id: string) => elements(root).find((n) => attr(n, "id") === id);
const hasClass = (n: Node, c: string) => (attr(n, "class") ?? "").split(/\s+/).includes(c);

const PAYLOAD = `"'><script>window.__x=1</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a>&amp;`;

/** The dossier with the payload appended to every string in it: ids, names, types, times, text, sources, everything. */
function hostile<T>(v: T): T {
  if (typeof v === "string") return (v + PAYLOAD) as T;
  if (Array.isArray(v)) return v.map(hostile) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, hostile(x)])) as T;
  return v;
}

test("escapes the five markup characters", () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
});

test("a hostile string in any field of the dossier stays text: no new element, attribute, handler or link", () => {
  const clean = dom(htmlBriefing(briefingDossier()));
  const dirty = dom(htmlBriefing(hostile(briefingDossier())));
  const tags = (root: Node) => new Set(elements(root).map((n) => n.tagName!));
  const attrNames = (root: Node) => new Set(elements(root).flatMap((n) => (n.attrs ?? []).map((a) => a.name)));
  for (const tag of tags(dirty)) assert.ok(tags(clean).has(tag), `hostile input created a <${tag}>`);
  for (const name of attrNames(dirty)) assert.ok(attrNames(clean).has(name), `hostile input created an attribute ${name}`);
  assert.equal(elements(dirty).filter((n) => n.tagName === "script" || n.tagName === "img").length, 0);
  for (const a of elements(dirty).filter((n) => n.tagName === "a")) assert.match(attr(a, "href") ?? "", /^#/, "every link stays inside the page");

  // and the payload is shown, literally, where the strings go: the title, a name, the article text
  const literal = `<script>window.__x=1</script>`;
  assert.ok(textOf(elements(dirty).find((n) => n.tagName === "h1")!).includes(literal));
  assert.ok(elements(dirty).some((n) => n.tagName === "td" && textOf(n).startsWith(`Kyiv${PAYLOAD}`)));
  assert.ok(elements(dirty).some((n) => hasClass(n, "text") && textOf(n).endsWith(PAYLOAD)));
});

test("a <script> inside an article's text is shown as text in the report", () => {
  const root = dom(htmlBriefing(briefingDossier()));
  assert.equal(elements(root).filter((n) => n.tagName === "script").length, 0);
  const article = elements(root).find((n) => hasClass(n, "text") && textOf(n).includes("reader's comment"))!;
  assert.ok(textOf(article).includes(SCRIPT_IN_ARTICLE));
});

test("the page is self-contained: strict CSP, its one style sheet allowed by hash, no external resource", () => {
  const html = htmlBriefing(briefingDossier());
  const root = dom(html);
  const csp = attr(elements(root).find((n) => attr(n, "http-equiv") === "Content-Security-Policy")!, "content")!;
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
  const style = textOf(elements(root).find((n) => n.tagName === "style")!);
  assert.ok(csp.includes(`'sha256-${createHash("sha256").update(style).digest("base64")}'`), "the style sheet's hash is in the policy");
  for (const n of elements(root)) {
    assert.equal(attr(n, "src"), undefined, `<${n.tagName} src>`);
    assert.equal(attr(n, "style"), undefined, "no style attributes (the policy would block them)");
  }
  assert.doesNotMatch(html, /url\(|@import|@font-face/);
});

test("every link lands on an anchor, and every evidence link on the marked span of its report", () => {
  const d = briefingDossier();
  const root = dom(htmlBriefing(d));
  const links = elements(root).filter((n) => n.tagName === "a" && attr(n, "href"));
  assert.ok(links.length > 30);
  for (const a of links) {
    const id = attr(a, "href")!.slice(1);
    assert.ok(byId(root, id), `no anchor for #${id}`);
  }
  // each event's, claim's and contradiction's evidence is linked and marked with exactly the cited words
  const spans = [...d.events.flatMap((e) => e.evidence), ...d.claims.map((c) => c.evidence), ...d.contradictions.flatMap((c) => c.items.map((i) => i.evidence)), ...d.summary.flatMap((s) => s.evidence)];
  for (const s of spans) {
    const id = evidenceAnchor(s);
    assert.ok(links.some((a) => attr(a, "href") === `#${id}`), `nothing links to ${id}`);
    const mark = byId(root, id)!;
    assert.equal(mark.tagName, "mark");
    const doc = d.documents.find((x) => x.id === s.doc)!;
    assert.equal(textOf(mark), doc.text.slice(s.start, s.end));
  }
});

test("evidence pointing into a report the dossier does not hold makes no dangling link", () => {
  const d = briefingDossier();
  d.summary.push({ text: "A sentence from a report that was not kept.", evidence: [{ doc: "gone", start: 0, end: 10 }] });
  const root = dom(htmlBriefing(d));
  for (const a of elements(root).filter((n) => n.tagName === "a")) assert.ok(byId(root, attr(a, "href")!.slice(1)), attr(a, "href"));
  assert.ok(textOf(root).includes("A sentence from a report that was not kept."));
});

test("marks a mention inside a cited sentence, and a span crossing another keeps its anchor", () => {
  const text = "Kyiv was hit. Then Lviv was hit too.";
  const sentence = { doc: "d", start: 0, end: 13 };
  const mention = { doc: "d", start: 0, end: 4 };
  const crossing = { doc: "d", start: 9, end: 23 }; // "hit. Then Lviv": crosses the end of the first sentence
  const html = markedText(text, [
    { n: 1, span: sentence, kind: "evidence" },
    { span: mention, kind: "mention" },
    { n: 2, span: crossing, kind: "evidence" },
  ]);
  const root = dom(`<div>${html}</div>`);
  assert.equal(textOf(byId(root, evidenceAnchor(sentence))!), "Kyiv was hit.");
  assert.equal(textOf(byId(root, evidenceAnchor(mention))!), "Kyiv");
  assert.ok(textOf(byId(root, evidenceAnchor(crossing))!).startsWith("hit"));
  assert.equal(textOf(root).replace(/^.*<body>/, ""), text, "the text itself is unchanged");
});

test("orders the timeline by instant, not by the clock a time is written in", () => {
  const d = briefingDossier();
  // 01:30 at UTC+02:00 on the 13th comes before the 13th's date at UTC midnight, though its string sorts after
  assert.deepEqual(eventsInTimeOrder(d.events).map((e) => e.id), EVENTS_IN_TIME_ORDER);
  const root = dom(htmlBriefing(d));
  const rows = elements(root).filter((n) => hasClass(n, "event"));
  assert.deepEqual(rows.map((r) => attr(r, "id")), EVENTS_IN_TIME_ORDER.map((id) => `event-${id}`));
  const inferred = byId(root, "event-request")!;
  assert.ok(hasClass(inferred, "time-inferred") && textOf(inferred).includes("inferred"), "an inferred date is marked");
  const talks = textOf(byId(root, "event-talks")!);
  for (const part of ["16 Mar 2023", "CONSULT", "/talks", "planned", "reported", "1 independent outlet"]) assert.ok(talks.includes(part), part);
  assert.ok(textOf(byId(root, "event-strike")!).includes("2 independent outlets"));
});

test("writes times to their precision, in the clock the text gave", () => {
  const t = (start: string, precision: "minute" | "day" | "month" | "year") => formatWhen({ start, precision, text: "", inferred: false });
  assert.equal(t("2022-02-27T17:00+02:00", "minute"), "27 Feb 2022, 17:00 UTC+02:00");
  assert.equal(t("2022-02-27T15:00Z", "minute"), "27 Feb 2022, 15:00 UTC");
  assert.equal(t("2022-02-27", "day"), "27 Feb 2022");
  assert.equal(t("2022-02", "month"), "Feb 2022");
  assert.equal(t("1989", "year"), "1989");
  assert.equal(formatWhen({ start: "1989", precision: "year", text: "the third quarter", timex: "1989-Q3", inferred: false }), "1989-Q3");
});

test("claims show the speaker, then the relay chain nearest first, with certainty", () => {
  const root = dom(htmlBriefing(briefingDossier()));
  const row = byId(root, "claim-c1")!;
  assert.ok(textOf(row).includes("Taras Hlynenko → Telegram → Northern Courier"));
  assert.ok(textOf(row).includes("reported"));
});

test("figures show low / best / high, who gives them, as of when, and whether confirmed", () => {
  const root = dom(htmlBriefing(briefingDossier()));
  const rows = elements(byId(root, "figures")!).filter((n) => n.tagName === "tr").map((r) => elements(r).filter((c) => c.tagName === "td").map(textOf));
  const atLeast12 = rows.find((r) => r[1]?.startsWith("At least 12"))!;
  assert.deepEqual(atLeast12.slice(0, 8), ["killed", "At least 12 people", "12", "–", "–", "Taras Hlynenko", "13 Mar 2023", "unconfirmed"]);
  assert.equal(rows.filter((r) => r[1]?.startsWith("nine")).length, 1, "the same figure given by an event and its claim is listed once");
});

test("a contradiction shows each side's value, claimant and the sentence it rests on", () => {
  const root = dom(htmlBriefing(briefingDossier()));
  const text = textOf(byId(root, "con-x1")!);
  for (const part of ["people killed in the strike on Kyiv", "at least 12", "Taras Hlynenko", "At least 12 people were killed", "interior ministry", "nine people had died"]) assert.ok(text.includes(part), part);
});

// ---- the map -------------------------------------------------------------------------------------------------

const KYIV = { lat: 50.45, lon: 30.52 };
const WARSAW = { lat: 52.23, lon: 21.01 };
const place = (id: string, p: { lat: number; lon: number }, precision: MapPlace["precision"] = "city"): MapPlace => ({ id, name: id, ...p, precision, href: `#ent-${id}`, weight: 1 });

test("the projection puts a city inside the view, west to the left and north up", () => {
  const view = mapView([KYIV, WARSAW]);
  const [kx, ky] = view.project(KYIV.lon, KYIV.lat);
  const [wx, wy] = view.project(WARSAW.lon, WARSAW.lat);
  for (const [x, y] of [[kx, ky], [wx, wy]]) assert.ok(x > 0 && x < view.width && y > 0 && y < view.height, `${x},${y} outside ${view.width}×${view.height}`);
  assert.ok(wx < kx && wy < ky);
  // a margin keeps markers off the frame
  assert.ok(Math.min(kx, wx, view.width - kx, view.width - wx) > view.width * 0.05);
});

test("one city alone is shown with its region around it", () => {
  const view = mapView([KYIV]);
  assert.ok(view.north - view.south >= 7 && view.east - view.west >= 7);
  const [x, y] = view.project(KYIV.lon, KYIV.lat);
  assert.ok(Math.abs(x - view.width / 2) < 1 && Math.abs(y - view.height / 2) < 1);
});

test("the map draws a linked marker for each place, over the outlines of the countries near them only", () => {
  const svg = mapSvg([place("kyiv", KYIV), place("warsaw", WARSAW), place("ukraine", { lat: 49.0, lon: 31.4 }, "country")]);
  const root = dom(svg);
  const svgEl = elements(root).find((n) => n.tagName === "svg")!;
  const [, , w, h] = attr(svgEl, "viewBox")!.split(" ").map(Number);
  const marker = elements(root).find((n) => n.tagName === "a" && attr(n, "data-place") === "kyiv")!;
  assert.equal(attr(marker, "href"), "#ent-kyiv");
  const circle = elements(marker).find((n) => n.tagName === "circle")!;
  const [cx, cy] = [Number(attr(circle, "cx")), Number(attr(circle, "cy"))];
  assert.ok(cx > 0 && cx < w && cy > 0 && cy < h);
  const [px, py] = mapView([KYIV, WARSAW]).project(KYIV.lon, KYIV.lat);
  assert.ok(Math.abs(cx - px) < 1 && Math.abs(cy - py) < 1, "the marker sits at the city's projected point");

  const countries = elements(root).filter((n) => n.tagName === "path" && hasClass(n, "land")).map((n) => textOf(n));
  for (const near of ["Poland", "Ukraine", "Belarus"]) assert.ok(countries.includes(near), near);
  for (const far of ["Brazil", "Australia", "Japan"]) assert.ok(!countries.includes(far), far);
  const ukraine = elements(root).find((n) => n.tagName === "path" && textOf(n) === "Ukraine")!;
  assert.ok(hasClass(ukraine, "named"), "a country named as a place is shaded");
  assert.ok(svg.length < 60_000, `map of ${svg.length} bytes`);
  for (const path of elements(root).filter((n) => n.tagName === "path")) assert.doesNotMatch(attr(path, "d")!, /\./, "outline coordinates are whole units");
});

test("a place far from the others widens the map to include it", () => {
  const root = dom(mapSvg([place("kyiv", KYIV), place("washington", { lat: 38.9, lon: -77.04 })]));
  const [west, , east] = attr(elements(root).find((n) => n.tagName === "svg")!, "data-bbox")!.split(",").map(Number);
  assert.ok(west < -77.04 && east > 30.52);
  assert.ok(elements(root).some((n) => attr(n, "data-place") === "washington"));
});

test("a place named once, far from where the story happens, is listed beside the map instead of shrinking it", () => {
  const weighted = (id: string, p: { lat: number; lon: number }, weight: number) => ({ ...place(id, p), weight });
  const places = [weighted("kyiv", KYIV, 9), weighted("warsaw", WARSAW, 4), weighted("minsk", { lat: 53.9, lon: 27.57 }, 3), weighted("lisbon", { lat: 38.72, lon: -9.14 }, 1)];
  const root = dom(mapSvg(places));
  const [west] = attr(elements(root).find((n) => n.tagName === "svg")!, "data-bbox")!.split(",").map(Number);
  assert.ok(west > 10, `the frame reaches ${west}°`);
  const beyond = elements(root).find((n) => hasClass(n, "off-map"))!;
  assert.ok(textOf(beyond).includes("lisbon"));
  assert.equal(attr(elements(beyond).find((n) => n.tagName === "a")!, "href"), "#ent-lisbon");
  assert.ok(!elements(root).some((n) => n.tagName === "circle" && textOf(n).includes("lisbon")));
  // named as often as the rest, it stays on the map
  const even = dom(mapSvg([weighted("kyiv", KYIV, 3), weighted("lisbon", { lat: 38.72, lon: -9.14 }, 3)]));
  assert.ok(!elements(even).some((n) => hasClass(n, "off-map")));
});

test("no map when no place has coordinates", () => {
  const d: Dossier = briefingDossier();
  d.entities = d.entities.map(({ geo, ...rest }) => rest);
  assert.doesNotMatch(htmlBriefing(d), /<svg/);
  assert.equal(mapSvg([]), "");
});

test("clipping keeps the part of an outline inside the box", () => {
  const square: [number, number][] = [[-5, -5], [5, -5], [5, 5], [-5, 5]];
  const clipped = clipRing(square, [0, 0, 10, 10]);
  const xs = clipped.map((p) => p[0]);
  const ys = clipped.map((p) => p[1]);
  assert.deepEqual([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)], [0, 5, 0, 5]);
});
