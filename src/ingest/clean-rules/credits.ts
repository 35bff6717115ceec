/**
 * Credit lines: "(With inputs from ABC News and CNN.)", "Reporting by X; Editing by Y", "Additional reporting by AFP",
 * "— With files from The Canadian Press". They leave the body; the outlets they name become the report's credits.
 * People named in "Reporting by …" are journalists, not outlets, so only names that look like outlets are kept.
 */
import type { LineRule } from "./types.js";

const CREDIT_LINE = [
  /^[-–—(\[]*\s*(with )?(additional |further )?(inputs?|files|wire reports?|reporting) from\b/,
  // "Information from …" opens ordinary sentences and list items; only a bracketed or "with" form is a credit.
  /^([-–—(\[]+\s*(with )?|with )(additional |further )?(contributions?|material|information) from\b/,
  /^[-–—(\[]*\s*(additional |further )?(reporting|writing|editing|compiled|compilation|contributing|research|translation|translated|graphics|produced|edited|written|reported) (by|from)\b/,
  /^[-–—(\[]*\s*(contributing|contributors?|with reporting by)\s*:/,
  /^[-–—(\[]*\s*(this (story|article|report) (was|has been) (written|produced|updated|compiled|reported|edited) (by|with|from|in collaboration))/,
  /^[-–—(\[]*\s*\((ap|afp|reuters|pti|ians|ani|dpa|bloomberg|upi|efe)\)\s*[)\].]*$/,
  /^[-–—(\[]*\s*(source|sources|agencies|via)\s*:\s*[^.]{1,80}$/,
  /^[-–—(\[]*[^.!?]{2,120}\b(contributed|contributes) (to )?this (report|story|article)[.)\]]*$/,
  /^[-–—(\[]*[^.!?]{2,80}\b(contributed|contributes) reporting[.)\]]*$/,
];

/** Wire services and broadcasters that "Reporting by" credits name without a telling word. */
const KNOWN_OUTLETS = /^(AP|AFP|Reuters|PTI|IANS|ANI|UNI|dpa|DPA|Bloomberg|UPI|EFE|Xinhua|TASS|Tass|Interfax|Kyodo|Yonhap|ANSA|Anadolu|Agence France-Presse|Agence France Presse|Associated Press|The Associated Press|Press Trust of India|CNN|BBC|ABC|CBS|NBC|NPR|Al Jazeera|RIA Novosti|Ukrinform|Sputnik|agencies|Agencies|wires)$/;
const OUTLET_WORD = /\b(News|Press|Agency|Agencies|Times|Post|Journal|Herald|Telegraph|Tribune|Guardian|Gazette|Daily|TV|Television|Radio|Network|Media|Wire|Wires|Broadcasting|Corporation|Channel|Chronicle|Observer|Express|Mirror|Standard|Independent|Insider|Today|Magazine|Service)\b/;

const isOutletName = (name: string, fromInputs: boolean): boolean =>
  KNOWN_OUTLETS.test(name) || OUTLET_WORD.test(name) || /^[A-Z]{2,6}$/.test(name) || /\.(com|org|net|in|co\.uk)$/i.test(name) || (fromInputs && /^\p{Lu}/u.test(name));

/** The names a credit line lists after its verb: "inputs from ABC News and CNN" → ["ABC News", "CNN"]. */
function creditedNames(text: string): { names: string[]; fromInputs: boolean }[] {
  const parts: { names: string[]; fromInputs: boolean }[] = [];
  // One clause per credit: "Reporting by X; Editing by Y", "(With inputs from A.) (Additional reporting by B.)"
  for (const clause of text.split(/[;)]|\.\s|\.$/)) {
    const m = clause.match(/\b(?:from|by|contributing|contributors?|via|sources?)\b\s*:?\s*(.+)$/i);
    if (!m) continue;
    const fromInputs = /\b(inputs?|files|wire reports?|material|information|contributions?) from\b/i.test(clause) || /^\s*[-–—(\[]*\s*(source|sources|via)\s*:/i.test(clause);
    const names = m[1]!
      .split(/,|\band\b|&|\//)
      .map((n) => n.replace(/^[\s(\["'“]+|[\s)\]."'”]+$/g, "").replace(/^(the|its|other) (?=[A-Z])/i, (s) => (/^the /i.test(s) ? s : "")))
      // "Reuters staff", "AFP correspondents in Kyiv": the outlet, not its people or place.
      .map((n) => n.replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, "").replace(/\s+(staff|correspondents?|reporters?|bureau|desk|journalists)$/i, ""))
      .filter((n) => n.length > 1 && /^\p{Lu}|^[a-z]+\.(com|org)/u.test(n) && n.split(/\s+/).length <= 6);
    parts.push({ names, fromInputs });
  }
  return parts;
}

export const credits: LineRule = {
  name: "credits",
  kind: "line",
  test: (line) => line.words <= 40 && CREDIT_LINE.some((re) => re.test(line.plain)),
  credits: (line) => {
    const out: string[] = [];
    // "This story has been updated with comments from …" names sources of new material, not outlets credited.
    if (/\b(updated|corrected|edited|amended)\b/i.test(line.text) && !/\b(inputs?|files|reporting) from\b/i.test(line.text)) return out;
    for (const { names, fromInputs } of creditedNames(line.text))
      for (const n of names) if (isOutletName(n, fromInputs) && !out.includes(n)) out.push(n);
    return out;
  },
};
