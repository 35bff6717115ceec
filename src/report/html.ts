/**
 * The briefing as one self-contained HTML file (no network, no script needed to read it). Article text is always
 * escaped, never injected as markup: a `<script>` inside a report stays visible, inert text. Every item links to
 * its evidence sentences, shown in the documents at the end with the cited sentence marked.
 */
import type { Dossier, Span } from "../types.js";
import { documentLabel, entityName } from "./common.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const spanId = (s: Span) => `ev-${s.doc}-${s.start}-${s.end}`;

export function htmlBriefing(d: Dossier): string {
  const cited = new Map<string, Span>();
  const link = (spans: Span[]) =>
    spans
      .map((s) => {
        cited.set(spanId(s), s);
        return `<a class="ev" href="#${spanId(s)}">source</a>`;
      })
      .join(" ");
  const sections: string[] = [];
  const e = escapeHtml;

  if (d.summary.length) sections.push(section("Summary", `<ul>${d.summary.map((s) => `<li>${e(s.text)} ${link(s.evidence)}</li>`).join("")}</ul>`));
  if (d.events.length) {
    const rows = [...d.events]
      .sort((a, b) => (a.time?.start ?? "9999").localeCompare(b.time?.start ?? "9999"))
      .map((ev) => `<tr><td>${e(ev.time?.start ?? "undated")}${ev.time?.inferred ? " <small>(inferred)</small>" : ""}</td><td>${e(ev.type)}</td><td>${e(ev.summary)}</td><td>${e(ev.certainty)}</td><td>${ev.independentSources}</td><td>${link(ev.evidence)}</td></tr>`);
    sections.push(section("Timeline", `<table id="timeline"><tr><th>when</th><th>type</th><th>what</th><th>certainty</th><th>outlets</th><th>evidence</th></tr>${rows.join("")}</table>`));
  }
  const actors = d.entities.filter((x) => x.type !== "other").sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 60);
  if (actors.length) {
    const rows = actors.map((x) => `<tr><td>${e(x.name)}</td><td>${e(x.type)}</td><td>${e(x.description ?? "")}</td><td>${e(x.aliases.filter((a) => a !== x.name).join(", "))}</td><td>${x.geo ? `${x.geo.lat.toFixed(2)}, ${x.geo.lon.toFixed(2)}` : ""}</td><td>${link(x.mentions.slice(0, 3))}</td></tr>`);
    sections.push(section("Actors and places", `<table><tr><th>name</th><th>type</th><th>role</th><th>also</th><th>where</th><th>mentions</th></tr>${rows.join("")}</table>`));
  }
  if (d.claims.length) {
    const items = d.claims.map((c) => {
      const via = c.via.length ? ` <span class="via">via ${c.via.map((v) => e(entityName(d, v))).join(" → ")}</span>` : "";
      return `<li><b>${e(c.speaker ? entityName(d, c.speaker) : "unattributed")}</b>${c.cue ? ` (${e(c.cue)})` : ""}${via}: ${c.direct ? "“" : ""}${e(c.content)}${c.direct ? "”" : ""} <i>${e(c.certainty)}</i> ${link([c.evidence])}</li>`;
    });
    sections.push(section("Claims", `<ul>${items.join("")}</ul>`));
  }
  if (d.contradictions.length) {
    const items = d.contradictions.map((c) => `<li><b>${e(c.about)}</b><ul>${c.items.map((it) => `<li>${e(it.value)} ${link([it.evidence])}</li>`).join("")}</ul></li>`);
    sections.push(section("Where the reports disagree", `<ul>${items.join("")}</ul>`));
  }
  sections.push(section("Reports", d.documents.map((doc) => documentHtml(doc, [...cited.values()].filter((s) => s.doc === doc.id))).join("")));

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(d.stories[0]?.title ?? "Dossier briefing")}</title>
<style>${STYLE}</style></head>
<body><header><h1>${e(d.stories[0]?.title ?? "Dossier briefing")}</h1>
<p>${d.documents.length} report(s) · ${d.entities.length} entities · ${d.events.length} events · ${d.claims.length} claims</p></header>
${sections.join("\n")}
</body></html>
`;
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

/** A document's text with every cited span marked and addressable. */
function documentHtml(doc: Dossier["documents"][number], spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = "";
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) {
      html += `<span id="${spanId(s)}"></span>`;
      continue;
    }
    html += escapeHtml(doc.text.slice(at, s.start)) + `<mark id="${spanId(s)}">${escapeHtml(doc.text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  html += escapeHtml(doc.text.slice(at));
  return `<article id="doc-${doc.id}"><h3>${escapeHtml(documentLabel(doc))}</h3><div class="text">${html}</div></article>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem 2rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.text{white-space:pre-wrap;background:#fafafa;padding:1rem;border-radius:4px}mark{background:#fff3a0}mark:target{background:#ffb347}
a.ev{font-size:.8em}.via{color:#555}`;
