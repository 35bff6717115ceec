/**
 * The Markdown briefing: documents, then whatever the later stages produced (stories, timeline of events, actors,
 * claims with their relay chains, figures, disagreements, the cited summary). Every item cites the sentences that
 * support it as footnotes quoting the sentence, so a reader can check each fact against its source.
 */
import type { Dossier } from "../types.js";
import { Citations, describeDocument, entityName, formatWhen, speakerLabel } from "./common.js";

export function markdownBriefing(d: Dossier): string {
  const cite = new Citations(d);
  const out: string[] = [];
  out.push(`# Dossier: ${d.stories[0]?.title ?? "briefing"}`, "");
  out.push(`${d.documents.length} report(s), ${d.entities.length} entities, ${d.events.length} events, ${d.claims.length} claims, ${d.times.length} time expressions.`, "");

  if (d.summary.length) {
    out.push("## Summary", "");
    for (const s of d.summary) out.push(`- ${md(s.text)} ${cite.refs(s.evidence)}`);
    out.push("");
  }

  out.push("## Reports", "");
  for (const doc of d.documents) out.push(`- ${describeDocument(doc, md)}`);
  out.push("");

  if (d.stories.length > 1 || (d.stories[0]?.documents.length ?? 0) > 1) {
    out.push("## Stories", "");
    const titleOf = new Map(d.documents.map((x) => [x.id, x.title ?? x.source]));
    for (const s of d.stories) out.push(`- **${md(s.title)}**: ${s.documents.map((id) => md(titleOf.get(id) ?? id)).join("; ")}`);
    out.push("");
  }

  if (d.events.length) {
    out.push("## Timeline", "");
    const events = [...d.events].sort((a, b) => (a.time?.start ?? "9999").localeCompare(b.time?.start ?? "9999"));
    for (const e of events) {
      const when = e.time ? `${formatWhen(e.time)}${e.time.inferred ? " (inferred)" : ""}` : "undated";
      out.push(`- **${when}** ${e.type}${e.mode ? `/${e.mode}` : ""}: ${md(e.summary)} — ${e.certainty}, ${e.independentSources} independent source(s)${e.modality !== "asserted" ? `, ${e.modality}` : ""} ${cite.refs(e.evidence)}`);
    }
    out.push("");
  }

  const actors = d.entities.filter((e) => e.type !== "other" && !e.unnamed).sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 40);
  if (actors.length) {
    out.push("## Actors and places", "");
    out.push("| name | type | role | reports | mentions | where |", "|---|---|---|---|---|---|");
    for (const e of actors) {
      const docs = new Set(e.mentions.map((m) => m.doc)).size;
      const where = e.geo ? `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}${e.geo.country ? ` (${e.geo.country})` : ""}` : "";
      const also = e.aliases.filter((a) => a !== e.name);
      out.push(`| ${md(e.name)}${also.length ? ` (also ${also.map(md).join(", ")})` : ""} | ${e.type} | ${md(e.description ?? "")} | ${docs} | ${e.mentions.length} | ${where} |`);
    }
    out.push("");
  }

  if (d.claims.length) {
    out.push("## Claims", "");
    for (const c of d.claims) {
      const who = speakerLabel(d, c).name;
      const via = c.via.length ? ` via ${c.via.map((v) => entityName(d, v)).join(" → ")}` : "";
      const content = c.direct ? `“${md(c.content)}”` : md(c.content);
      out.push(`- **${md(who)}**${c.cue ? ` (${md(c.cue)})` : ""}${via}: ${content} — ${c.certainty} ${cite.refs([c.evidence])}`);
    }
    out.push("");
  }

  const figures = [...d.events.flatMap((e) => e.quantities), ...d.claims.flatMap((c) => c.quantities ?? [])];
  if (figures.length) {
    out.push("## Figures", "");
    for (const q of figures) {
      const range = [q.low !== undefined ? `low ${q.low}` : "", q.best !== undefined ? `best ${q.best}` : "", q.high !== undefined ? `high ${q.high}` : ""].filter(Boolean).join(", ");
      out.push(`- ${q.kind}: ${md(q.text)}${q.of ? ` ${md(q.of)}` : ""} (${range || "no number"})${q.claimant ? `, according to ${md(entityName(d, q.claimant))}` : ""}${q.asOf ? `, as of ${q.asOf.start.slice(0, 10)}` : ""} — ${q.confirmed ? "confirmed" : "unconfirmed"}${q.span ? " " + cite.refs([q.span]) : ""}`);
    }
    out.push("");
  }

  if (d.contradictions.length) {
    out.push("## Where the reports disagree", "");
    for (const c of d.contradictions) {
      out.push(`- **${md(c.about)}**`);
      for (const it of c.items) out.push(`  - ${md(it.value)}${it.claimant ? ` (${md(entityName(d, it.claimant))})` : ""} ${cite.refs([it.evidence])}`);
    }
    out.push("");
  }

  const notes = cite.list();
  if (notes.length) {
    out.push("## Sources", "");
    for (const n of notes) out.push(`[^${n.n}]: “${md(n.sentence)}” — ${md(n.docLabel)}`);
    out.push("");
  }
  return out.join("\n");
}

/** Markdown-safe text: article text never injects markup into the briefing. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, "\\$1").replace(/\s+/g, " ").trim();
}

