/**
 * The briefing as one self-contained HTML file: no network (no external CSS, scripts, fonts or map tiles), no
 * script at all, a strict Content-Security-Policy, readable when opened from disk. Sections: the cited summary, a
 * timeline of events in time order, an offline map of the places, actors, claims with their relay chains, figures
 * with their status, contradictions, and the reports themselves with every cited span marked and addressable.
 * Every item links to its source sentences (`#ev-…`); following a link highlights the sentence through CSS
 * `:target`. Every string from the dossier — article text, names, summaries, titles, sources — is escaped, never
 * injected as markup: a `<script>` inside a report stays visible, inert text.
 */
import { createHash } from "node:crypto";
import type { Claim, Document, Dossier, Entity, Event, Quantity, Span, TimeValue } from "../types.js";
import { mapSvg, type MapPlace } from "./map.js";
import { formatWhen, speakerLabel } from "./common.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text (or an attribute value) made safe to place in HTML: the five markup characters become entities. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const e = escapeHtml;

/**
 * An id-safe, injective form of any string, for ids and fragments: letters, digits and "-" stay, anything else
 * becomes "_<hex>_" — so a hostile document or entity id can neither break out of an attribute nor collide.
 */
export function anchorSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
}

/** The anchor of a span of a document's text: what every evidence link points at. */
export const evidenceAnchor = (s: Span): string => `ev-${anchorSafe(s.doc)}-${s.start}-${s.end}`;
export const entityAnchor = (id: string): string => `ent-${anchorSafe(id)}`;
const docAnchor = (id: string) => `doc-${anchorSafe(id)}`;

/**
 * The spans the page cites. Evidence gets a number, in order of first citation, shown in the link and beside the
 * marked sentence; entity mentions are marked apart and take no number.
 */
class Cited {
  private spans = new Map<string, { n?: number; span: Span; kind: "evidence" | "mention" }>();
  private numbered = 0;
  constructor(private docs: Map<string, { doc: Document; label: string }>) {}

  private add(span: Span, kind: "evidence" | "mention") {
    const key = evidenceAnchor(span);
    let c = this.spans.get(key);
    if (!c) this.spans.set(key, (c = { span, kind }));
    if (kind === "evidence" && c.n === undefined) [c.kind, c.n] = ["evidence", ++this.numbered];
    return c;
  }

  /** Numbered links to evidence spans, each titled with its report and the sentence it cites. */
  links(spans: Span[]): string {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const s of spans) {
      const key = evidenceAnchor(s);
      // a span into a report the dossier does not hold has nowhere to land: no dangling link
      if (seen.has(key) || !this.docs.has(s.doc)) continue;
      seen.add(key);
      const c = this.add(s, "evidence");
      out.push(`<a class="ev" href="#${key}" title="${e(this.excerpt(s))}">[${c.n}]</a>`);
    }
    return out.length ? `<span class="evs">${out.join("")}</span>` : "";
  }

  /** A link to one mention of an entity, labelled with a short text. */
  mention(s: Span, text: string): string {
    if (!this.docs.has(s.doc)) return "";
    this.add(s, "mention");
    return `<a class="mn" href="#${evidenceAnchor(s)}">${e(text)}</a>`;
  }

  /** The sentence a span covers, shortened (it is repeated in every link's tooltip), with the report it is in. */
  excerpt(s: Span, max = 140): string {
    const d = this.docs.get(s.doc);
    if (!d) return s.doc;
    const text = d.doc.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
    return `${d.label}: ${text.length > max ? text.slice(0, max) + "…" : text}`;
  }

  inDocument(doc: string) {
    return [...this.spans.values()].filter((c) => c.span.doc === doc);
  }
}

export function htmlBriefing(d: Dossier): string {
  const docs = new Map(d.documents.map((doc, i) => [doc.id, { doc, label: `R${i + 1}` }]));
  const cited = new Cited(docs);
  const entities = new Map(d.entities.map((x) => [x.id, x]));
  const actors = shownActors(d);
  const ctx: Ctx = { d, docs, cited, entities, actors, shown: new Set(actors.map((x) => x.id)) };

  // The report texts come last but must know every cited span: render the other sections first.
  const sections = [
    summarySection(ctx),
    storiesSection(ctx),
    timelineSection(ctx),
    mapSection(ctx),
    actorsSection(ctx),
    claimsSection(ctx),
    figuresSection(ctx),
    contradictionsSection(ctx),
  ].filter(Boolean) as { id: string; title: string; html: string }[];
  sections.push({ id: "reports", title: "Reports", html: d.documents.map((doc) => documentHtml(ctx, doc)).join("") });

  const title = d.stories[0]?.title || d.documents[0]?.title || "Dossier briefing";
  const nav = sections.map((s) => `<a href="#${s.id}">${e(s.title)}</a>`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Dossier (dossier/1)">
<title>${e(title)}</title>
<style>${STYLE}</style></head>
<body><header id="top"><p class="kicker">Dossier briefing</p><h1>${e(title)}</h1>
${countsLine(d)}
<nav>${nav}</nav></header>
<main>
${sections.map((s) => `<section id="${s.id}"><h2>${e(s.title)}</h2>${s.html}</section>`).join("\n")}
</main>
<footer>Every item links to the sentences that support it: follow a bracketed number to see the sentence marked in its report. Generated by Dossier; text of the reports as analysed, escaped.</footer>
</body></html>
`;
}

interface Ctx {
  d: Dossier;
  docs: Map<string, { doc: Document; label: string }>;
  cited: Cited;
  entities: Map<string, Entity>;
  /** The actors table's rows, in order; only they have an anchor, so only they are linked. */
  actors: Entity[];
  shown: Set<string>;
}

function countsLine(d: Dossier): string {
  const figures = allFigures(d).length;
  const places = d.entities.filter((x) => x.geo).length;
  const dates = d.documents.map((x) => x.published?.slice(0, 10)).filter((x): x is string => !!x).sort();
  const span = dates.length ? ` · published ${dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`}` : "";
  const count = (n: number, one: string, many = `${one}s`) => `<span class="count"><b>${n}</b> ${n === 1 ? one : many}</span>`;
  return `<p class="counts">${[
    count(d.documents.length, "report"),
    count(d.stories.length, "story", "stories"),
    count(d.events.length, "event"),
    count(d.entities.length, "entity", "entities"),
    count(places, "place"),
    count(d.claims.length, "claim"),
    count(figures, "figure"),
    count(d.contradictions.length, "contradiction"),
  ].join(" ")}${e(span)}</p>`;
}

const name = (ctx: Ctx, id: string) => ctx.entities.get(id)?.name ?? id;
/** An entity's name linking to its row in the actors table. */
const entityLink = (ctx: Ctx, id: string) =>
  ctx.shown.has(id) ? `<a class="ent" href="#${entityAnchor(id)}">${e(name(ctx, id))}</a>` : ctx.entities.has(id) ? `<span class="ent">${e(name(ctx, id))}</span>` : e(id);

function summarySection(ctx: Ctx) {
  if (!ctx.d.summary.length) return undefined;
  return { id: "summary", title: "Summary", html: `<ul class="summary">${ctx.d.summary.map((s) => `<li>${e(s.text)} ${ctx.cited.links(s.evidence)}</li>`).join("")}</ul>` };
}

function storiesSection(ctx: Ctx) {
  const { d } = ctx;
  if (d.stories.length < 2) return undefined;
  const items = d.stories.map(
    (s) =>
      `<li><b>${e(s.title)}</b> — ${s.events.length} event(s); ${s.documents
        .map((id) => {
          const x = ctx.docs.get(id);
          return x ? `<a href="#${docAnchor(id)}">${x.label}</a> ${e(x.doc.title ?? x.doc.source)}` : e(id);
        })
        .join("; ")}</li>`,
  );
  return { id: "stories", title: "Stories", html: `<ul>${items.join("")}</ul>` };
}

// ---------------------------------------------------------------------------------------------------------------
// timeline

/** Milliseconds since the epoch of a time's start, for ordering; +Infinity when it is not a calendar time (P4D, XXXX-WXX-1). */
export function timeOrder(t: TimeValue | undefined): number {
  if (!t || !/^\d{4}/.test(t.start)) return Number.POSITIVE_INFINITY;
  const iso = t.start.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d{2})(\d{2})$/, "$1$2:$3");
  const ms = Date.parse(iso);
  if (!Number.isNaN(ms)) return ms;
  const week = /^(\d{4})-W(\d{2})/.exec(t.start);
  if (week) return Date.UTC(+week[1], 0, 1 + (+week[2] - 1) * 7);
  return Date.UTC(+t.start.slice(0, 4), 0, 1);
}

/** Events in time order; events without a calendar time last, in their original order. */
export function eventsInTimeOrder(events: Event[]): Event[] {
  return events
    .map((ev, i) => ({ ev, i, t: timeOrder(ev.time) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.ev);
}

export { formatWhen } from "./common.js";

function timelineSection(ctx: Ctx) {
  const { d } = ctx;
  if (!d.events.length) return undefined;
  const rows = eventsInTimeOrder(d.events).map((ev) => {
    const when = ev.time
      ? `<time datetime="${e(ev.time.start)}" title="${e(`as written: ${ev.time.text}`)}">${e(formatWhen(ev.time))}</time>${ev.time.inferred ? ` <span class="inferred" title="not stated for this event: carried over from the report's date or nearby sentences">inferred</span>` : ""}`
      : `<span class="undated">undated</span>`;
    const who = [
      ev.actors.length ? `by ${ev.actors.map((a) => entityLink(ctx, a)).join(", ")}` : "",
      ev.targets.length ? `against ${ev.targets.map((a) => entityLink(ctx, a)).join(", ")}` : "",
      ev.places.length ? `at ${ev.places.map((p) => `${entityLink(ctx, p.entity)} <small>(${e(p.role)})</small>`).join(", ")}` : "",
    ].filter(Boolean);
    const outlets = `${ev.independentSources} independent outlet${ev.independentSources === 1 ? "" : "s"}`;
    return `<li class="event${ev.time?.inferred ? " time-inferred" : ""}${ev.time ? "" : " no-time"}" id="event-${anchorSafe(ev.id)}" data-when="${e(ev.time?.start ?? "")}">
<div class="when">${when}</div>
<div class="what"><span class="type">${e(ev.type)}${ev.mode ? `<small>/${e(ev.mode)}</small>` : ""}</span> ${e(ev.summary)}
<div class="meta">${badge(ev.certainty)} <span class="modality m-${e(ev.modality)}">${e(ev.modality)}</span> <span class="outlets" title="${e(`reported in ${ev.sources.length} report(s)`)}">${outlets}</span>${who.length ? ` · ${who.join(" · ")}` : ""}</div>
<div class="cite">${ctx.cited.links(ev.evidence)}</div></div></li>`;
  });
  return { id: "timeline", title: "Timeline", html: `<ol class="timeline">${rows.join("\n")}</ol>` };
}

const badge = (certainty: string) => `<span class="badge c-${e(certainty)}">${e(certainty)}</span>`;

// ---------------------------------------------------------------------------------------------------------------
// map, actors

function mapSection(ctx: Ctx) {
  const places: MapPlace[] = ctx.d.entities
    .filter((x): x is Entity & { geo: NonNullable<Entity["geo"]> } => !!x.geo && Number.isFinite(x.geo.lat) && Number.isFinite(x.geo.lon))
    .map((x) => ({ id: x.id, name: x.name, lat: x.geo.lat, lon: x.geo.lon, precision: x.geo.precision, href: `#${entityAnchor(x.id)}`, weight: x.mentions.length }));
  if (!places.length) return undefined;
  return { id: "map", title: "Map", html: mapSvg(places) };
}

/** The actors shown: every place (the map links to them), then the most mentioned others. */
function shownActors(d: Dossier): Entity[] {
  const byMentions = (a: Entity, b: Entity) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
  const places = d.entities.filter((x) => x.geo);
  // entities known only by descriptions ("the driver") stay in the events that name them, not among the actors
  const others = d.entities.filter((x) => !x.geo && x.type !== "other" && !x.unnamed).sort(byMentions).slice(0, Math.max(0, 80 - places.length));
  return [...others, ...places].sort(byMentions);
}

function actorsSection(ctx: Ctx) {
  const actors = ctx.actors;
  if (!actors.length) return undefined;
  const rows = actors.map((x) => {
    const aliases = x.aliases.filter((a) => a !== x.name);
    const where = x.geo ? `<br><small>${x.geo.lat.toFixed(2)}, ${x.geo.lon.toFixed(2)}${x.geo.country ? ` ${e(x.geo.country)}` : ""} (${e(x.geo.precision)})</small>` : "";
    return `<tr id="${entityAnchor(x.id)}"><td><b>${e(x.name)}</b>${where}</td><td>${e(x.type)}</td><td>${e(x.description ?? "")}</td><td>${e(aliases.join(", "))}</td><td>${mentionLinks(ctx, x)}</td></tr>`;
  });
  return {
    id: "actors",
    title: "Actors and places",
    html: `<table class="actors"><thead><tr><th>name</th><th>type</th><th>role</th><th>also called</th><th>reports (mentions)</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  };
}

/** Per report, the number of mentions and links to the first few of them. */
function mentionLinks(ctx: Ctx, x: Entity): string {
  const byDoc = new Map<string, Span[]>();
  for (const m of x.mentions) {
    if (!byDoc.has(m.doc)) byDoc.set(m.doc, []);
    byDoc.get(m.doc)!.push(m);
  }
  return [...byDoc]
    .map(([doc, spans]) => {
      const label = ctx.docs.get(doc)?.label ?? doc;
      const sorted = [...spans].sort((a, b) => a.start - b.start);
      const links = sorted.slice(0, 6).map((s, i) => ctx.cited.mention(s, String(i + 1)));
      return `<span class="doc-mentions">${e(label)} (${spans.length}): ${links.join(" ")}${spans.length > 6 ? " …" : ""}</span>`;
    })
    .join("<br>");
}

// ---------------------------------------------------------------------------------------------------------------
// claims, figures, contradictions

/** Speaker, then the channels and relays the claim came through, nearest first: "Herashchenko → Facebook → BBC News". */
function relayChain(ctx: Ctx, c: Claim): string {
  const label = speakerLabel(ctx.d, c);
  const speaker = c.speaker ? entityLink(ctx, c.speaker) : `<i>${e(label.name)}</i>`;
  return [speaker, ...c.via.map((v) => entityLink(ctx, v))].join(` <span class="arrow">→</span> `);
}

function claimsSection(ctx: Ctx) {
  if (!ctx.d.claims.length) return undefined;
  const rows = ctx.d.claims.map((c) => {
    const content = c.direct ? `<q>${e(c.content)}</q>` : e(c.content);
    return `<tr id="claim-${anchorSafe(c.id)}"><td class="chain">${relayChain(ctx, c)}</td><td>${e(c.cue || "(quote)")}</td><td>${content}</td><td>${badge(c.certainty)}${c.time ? `<br><small>${e(formatWhen(c.time))}</small>` : ""}</td><td>${ctx.cited.links([c.evidence])}</td></tr>`;
  });
  return {
    id: "claims",
    title: "Claims",
    html: `<table class="claims"><thead><tr><th>who → via</th><th>cue</th><th>claim</th><th>certainty</th><th>source</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  };
}

/** Every figure of the dossier with the spans that back it (its own span, else its event's or claim's evidence), once each. */
function allFigures(d: Dossier): { q: Quantity; evidence: Span[] }[] {
  const out = new Map<string, { q: Quantity; evidence: Span[] }>();
  const add = (q: Quantity, fallback: Span[]) => {
    const key = [q.kind, q.text, q.of ?? "", q.claimant ?? "", q.span ? evidenceAnchor(q.span) : ""].join("|");
    if (!out.has(key)) out.set(key, { q, evidence: q.span ? [q.span] : fallback });
  };
  for (const ev of d.events) for (const q of ev.quantities) add(q, ev.evidence);
  for (const c of d.claims) for (const q of c.quantities ?? []) add(q, [c.evidence]);
  return [...out.values()];
}

function figuresSection(ctx: Ctx) {
  const figures = allFigures(ctx.d);
  if (!figures.length) return undefined;
  const num = (n: number | undefined) => (n === undefined ? "–" : n.toLocaleString("en-US"));
  const rows = figures.map(
    ({ q, evidence }) =>
      `<tr><td>${e(q.kind)}</td><td>${e(q.text)}${q.of ? ` <small>${e(q.of)}</small>` : ""}</td><td class="num">${num(q.low)}</td><td class="num">${num(q.best)}</td><td class="num">${num(q.high)}</td><td>${q.claimant ? entityLink(ctx, q.claimant) : ""}</td><td>${q.asOf ? e(formatWhen(q.asOf)) : ""}</td><td>${q.confirmed ? `<span class="badge c-confirmed">confirmed</span>` : `<span class="badge c-unconfirmed">unconfirmed</span>`}</td><td>${ctx.cited.links(evidence)}</td></tr>`,
  );
  return {
    id: "figures",
    title: "Figures",
    html: `<table class="figures"><thead><tr><th>kind</th><th>as written</th><th>low</th><th>best</th><th>high</th><th>according to</th><th>as of</th><th>status</th><th>source</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  };
}

function contradictionsSection(ctx: Ctx) {
  if (!ctx.d.contradictions.length) return undefined;
  const items = ctx.d.contradictions.map(
    (c) =>
      `<div class="contradiction" id="con-${anchorSafe(c.id)}"><h3>${e(c.about)}</h3><table><thead><tr><th>value</th><th>according to</th><th>evidence</th></tr></thead><tbody>${c.items
        .map(
          (it) =>
            `<tr><td><b>${e(it.value)}</b></td><td>${it.claimant ? entityLink(ctx, it.claimant) : "<i>the report</i>"}</td><td><blockquote>${e(ctx.cited.excerpt(it.evidence, 400))}</blockquote>${ctx.cited.links([it.evidence])}</td></tr>`,
        )
        .join("")}</tbody></table></div>`,
  );
  return { id: "contradictions", title: "Where the reports disagree", html: items.join("") };
}

// ---------------------------------------------------------------------------------------------------------------
// the reports

function documentHtml(ctx: Ctx, doc: Document): string {
  const label = ctx.docs.get(doc.id)?.label ?? doc.id;
  const published = doc.published ? `${e(doc.published)} <small>(${e(publishedHow(doc.publishedFrom))})</small>` : "undated";
  const meta = [
    doc.outlet ? `<b>${e(doc.outlet)}</b>` : "<i>outlet unknown</i>",
    published,
    doc.byline ? `by ${e(doc.byline)}` : "",
    `<span class="source">${e(doc.url ?? doc.source)}</span>`,
    doc.credits.length ? `credits ${doc.credits.map(e).join(", ")}` : "",
  ].filter(Boolean);
  const removed = doc.removed.length
    ? `<details class="removed"><summary>${doc.removed.length} boilerplate block(s) removed in cleaning</summary><ul>${doc.removed
        .map((r) => `<li><small>${e(r.rule)}</small> ${e(r.text.length > 300 ? r.text.slice(0, 300) + "…" : r.text)}</li>`)
        .join("")}</ul></details>`
    : "";
  return `<article id="${docAnchor(doc.id)}"><h3><span class="label">${e(label)}</span> ${e(doc.title ?? doc.source)}</h3><p class="docmeta">${meta.join(" · ")}</p>${removed}<div class="text">${markedText(doc.text, ctx.cited.inDocument(doc.id))}</div></article>`;
}

const PUBLISHED_HOW: Record<string, string> = { metadata: "from metadata", user: "given by the user", text: "from the text", context: "from related reports", unknown: "unknown" };
const publishedHow = (from: Document["publishedFrom"]): string => PUBLISHED_HOW[from] ?? from;

/**
 * The text, escaped, with every cited span wrapped in a `<mark>` carrying its anchor. Spans nest (a mention inside a
 * cited sentence); a span that crosses the end of the one enclosing it is highlighted up to that end only, but
 * keeps its anchor where it starts, so every link still lands on its words.
 */
export function markedText(text: string, spans: { n?: number; span: Span; kind: "evidence" | "mention" }[]): string {
  const sorted = spans
    .map((c) => ({ ...c, start: clamp(c.span.start, text.length), end: clamp(Math.max(c.span.end, c.span.start), text.length) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let html = "";
  let at = 0;
  const open: { end: number }[] = [];
  const closeUpTo = (limit: number) => {
    while (open.length && open[open.length - 1].end <= limit) {
      const top = open.pop()!;
      html += e(text.slice(at, top.end)) + "</mark>";
      at = top.end;
    }
  };
  for (const s of sorted) {
    closeUpTo(s.start);
    html += e(text.slice(at, s.start));
    at = s.start;
    const end = Math.min(s.end, open.length ? open[open.length - 1].end : s.end);
    html += `<mark id="${evidenceAnchor(s.span)}" class="${s.kind}"${s.n !== undefined ? ` data-n="${s.n}"` : ""}>`;
    open.push({ end });
  }
  closeUpTo(Number.POSITIVE_INFINITY);
  return html + e(text.slice(at));
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));

// ---------------------------------------------------------------------------------------------------------------
// style and policy

const STYLE = `:root{--ink:#1d232b;--muted:#5b6570;--line:#dde2e7;--paper:#fff;--accent:#1f5f99}
*{box-sizing:border-box}html{scroll-behavior:smooth}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f4f5f7;margin:0}
header,main,footer{max-width:74rem;margin:0 auto;padding:0 1.5rem}
header{padding-top:1.5rem}.kicker{text-transform:uppercase;letter-spacing:.08em;color:var(--muted);font-size:.8rem;margin:0}
h1{margin:.2rem 0 .4rem;font-size:1.7rem;line-height:1.25}
.counts{margin:.3rem 0;color:var(--muted)}.count{margin-right:.8rem;white-space:nowrap}.count b{color:var(--ink)}
nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;padding:.5rem 0;border-bottom:1px solid var(--line)}
nav a{color:var(--accent);text-decoration:none;font-weight:600}
section{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:.6rem 1.2rem 1rem;margin:1rem 0;overflow-x:auto}
h2{font-size:1.2rem;margin:.4rem 0 .6rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
a{color:var(--accent)}small{color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr:target{background:#fff4d6}
.evs{white-space:normal;overflow-wrap:anywhere}a.ev{white-space:nowrap;font-size:.78em;text-decoration:none;margin-left:.15em;vertical-align:super}
a.mn{font-size:.85em}a.ent{color:inherit;text-decoration:underline dotted}
.timeline{list-style:none;margin:0;padding:0 0 0 .5rem;border-left:3px solid #c9d3dd}
.event{display:grid;grid-template-columns:11.5rem 1fr;gap:.8rem;padding:.45rem 0 .45rem .8rem;position:relative;border-bottom:1px solid #eef1f4}
.event::before{content:"";position:absolute;left:-.6rem;top:.85rem;width:.7rem;height:.7rem;border-radius:50%;background:var(--accent)}
.event.time-inferred::before{background:#fff;border:2px dashed var(--accent)}.event.no-time::before{background:#aab4be}
.event:target{background:#fff4d6}
.when time{font-weight:600}.time-inferred .when time{font-style:italic;font-weight:400}
.inferred,.undated{font-size:.72rem;border:1px dashed #8a96a3;border-radius:3px;padding:0 .3em;color:var(--muted)}
.type{font-weight:700;font-size:.8rem;letter-spacing:.03em;background:#e8eef5;border-radius:3px;padding:.05em .35em;margin-right:.3em}
.meta{font-size:.85rem;color:var(--muted);margin-top:.15rem}
.badge{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:3px;padding:0 .4em;color:#fff;background:#6c7783}
.c-confirmed{background:#23854a}.c-reported{background:#3b6fb0}.c-claimed{background:#b07b16}.c-disputed{background:#c2561b}.c-denied{background:#b3261e}.c-unconfirmed{background:#8a8f96}
.modality{font-size:.75rem;border:1px solid #b9c2cc;border-radius:3px;padding:0 .3em}
.m-negated,.m-hypothetical{border-color:#c2561b;color:#c2561b}.m-future,.m-planned{border-color:#3b6fb0;color:#3b6fb0}
.arrow{color:var(--muted)}q{font-style:italic}
.contradiction{border-left:4px solid #c2561b;padding-left:.8rem;margin:.6rem 0}
blockquote{margin:0 0 .2rem;color:var(--muted);font-size:.9rem}
figure.map{margin:0}figure.map svg{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:4px}
figcaption{font-size:.75rem;color:var(--muted)}.off-map{margin:.3rem 0;font-size:.9rem;color:var(--ink)}
.sea{fill:#dce9f3}.graticule{stroke:#c5d7e6;stroke-width:.6;fill:none}
.land{fill:#f3efe6;stroke:#a7a295;stroke-width:.7;fill-rule:evenodd}.land.named{fill:#eadfc2}.land.tint1{fill:#dfe6c8}.land.tint2{fill:#eed6cc}.land.tint3{fill:#dcd6ea}
.place circle{fill:#c2361b;stroke:#fff;stroke-width:1.5}.place.country circle{fill:#fff;stroke:#c2361b;stroke-width:2}
.place text{font-size:13px;font-weight:600;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.place.country text{font-style:italic;font-weight:500}
.place:hover circle{fill:#1f5f99}
.country-names text{font-size:11px;fill:#8c8677;text-transform:uppercase;letter-spacing:.08em;text-anchor:middle}
article{border-top:1px solid var(--line);padding-top:.4rem}article:first-of-type{border-top:0}
.label{background:var(--ink);color:#fff;border-radius:3px;padding:0 .35em;font-size:.8rem;margin-right:.3em}
.docmeta{font-size:.85rem;color:var(--muted);margin:.1rem 0 .4rem}.source{word-break:break-all}
.text{white-space:pre-wrap;background:#fafbfc;border:1px solid #eef1f4;padding:.8rem 1rem;border-radius:4px;font-size:.95rem}
mark{scroll-margin-top:30vh}mark.evidence{background:#fdf0b4}mark.evidence::before{content:"[" attr(data-n) "]";font-size:.7em;vertical-align:super;color:var(--muted)}
mark.mention{background:none;border-bottom:2px dotted #9bb3cc}
mark:target{background:#ffb347;outline:2px solid #e67e00;border-radius:2px}
details.removed{font-size:.85rem;color:var(--muted)}
footer{color:var(--muted);font-size:.8rem;padding:1rem 1.5rem 2rem}
@media (max-width:700px){.event{grid-template-columns:1fr;gap:.1rem}}
@media print{body{background:#fff}section{border:0}nav{display:none}}`;

/**
 * Nothing may load or run: no scripts, no frames, no fetches, no fonts, no external images; the one style sheet is
 * allowed by its hash rather than by 'unsafe-inline', so injected markup could not even restyle the page.
 */
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
