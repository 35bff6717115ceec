import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
import { parseHTML } from "linkedom"; import { readFileSync } from "node:fs"; import { cleanText } from "../src/ingest/clean.js";
const BLOCK = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL", "BR", "TITLE", "BUTTON", "OPTION"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD"]);
export function visibleText(html: string, withTitle = true): string {
  const { document } = parseHTML(html);
  const out: string[] = [];
  if (withTitle) {
    const title = document.querySelector("title")?.textContent?.trim();
    if (title) out.push(title, "\n\n");
  }
  const walk = (node: Node): void => {
    if (node.nodeType === 3) { out.push((node.textContent ?? "").replace(/\s+/g, " ")); return; }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) out.push("\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push("\n");
  };
  // A fragment (Readability's expected.html) has an empty body and the fragment as its document element.
  const root = document.body?.childNodes.length ? document.body : document.documentElement;
  walk(root as unknown as Node);
  return out.join("").split("\n").map((l) => l.trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
const [id, which] = process.argv.slice(2); const t = visibleText(readFileSync(`/work/shared/data/readability-pages/${id}/${which ?? "expected"}.html`,"utf8"), which === "source"); const r = cleanText(t); if (process.env.SHOW) console.log(t.slice(0, +process.env.SHOW)); if (process.env.DUMP) require("node:fs").writeFileSync(process.env.DUMP, t); for (const x of r.removed) console.log(`[${x.rule}] ${x.text.slice(0, 300).replace(/\n/g, " ⏎ ")}`);
