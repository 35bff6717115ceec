/**
 * Figures that disagree: two figures of the same kind (killed, injured, …) about the same people, as of the same
 * day (or both undated), whose ranges do not overlap, from different sentences. Each becomes a contradiction with
 * every side's evidence and claimant, so the reader sees who says what.
 */
import type { Contradiction, Quantity } from "../types.js";

/** Whom a figure counts, reduced to what identifies the group: "Russian troops" ~ "Russian soldiers". */
export function groupKey(of: string | undefined): string {
  if (!of) return "";
  const words = of.toLowerCase().match(/\p{L}+/gu) ?? [];
  const SAME: Record<string, string> = { troops: "soldier", soldiers: "soldier", servicemen: "soldier", troop: "soldier", soldier: "soldier", civilians: "civilian", civilian: "civilian", people: "people", persons: "people", children: "child", child: "child" };
  const head = words.map((w) => SAME[w]).filter(Boolean).at(-1) ?? words.at(-1) ?? "";
  const nationality = words.find((w) => /(ian|ese|ish|an|i)$/.test(w) && !SAME[w]) ?? "";
  return `${nationality}|${head}`;
}

const lowOf = (q: Quantity) => q.low ?? q.best ?? q.high;
/** A figure with only a low ("more than 4,300", "dozens") is a lower bound: open above. */
const highOf = (q: Quantity) => q.high ?? q.best ?? (q.low !== undefined ? Infinity : undefined);

function overlaps(a: Quantity, b: Quantity): boolean {
  const [al, ah, bl, bh] = [lowOf(a), highOf(a), lowOf(b), highOf(b)];
  if (al === undefined || bl === undefined) return true; // a figure without a number cannot contradict
  return al <= (bh ?? bl) && bl <= (ah ?? al);
}

export function figureContradictions(quantities: Quantity[], nextId: () => string): Contradiction[] {
  const groups = new Map<string, Quantity[]>();
  for (const q of quantities) {
    if (q.kind === "other" || !q.span) continue;
    const key = `${q.kind}|${groupKey(q.of)}|${q.asOf?.start.slice(0, 10) ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const out: Contradiction[] = [];
  for (const qs of groups.values()) {
    const distinct = qs.filter((q, i) => qs.findIndex((o) => o.span!.doc === q.span!.doc && o.span!.start === q.span!.start) === i);
    const clash = distinct.some((a, i) => distinct.slice(i + 1).some((b) => !overlaps(a, b)));
    if (!clash) continue;
    const q0 = distinct[0];
    out.push({
      id: nextId(),
      about: `${q0.of ?? "people"} ${q0.kind}${q0.asOf ? ` as of ${q0.asOf.start.slice(0, 10)}` : ""}`,
      items: distinct.map((q) => ({ value: q.text, evidence: q.span!, ...(q.claimant ? { claimant: q.claimant } : {}) })),
    });
  }
  return out;
}
