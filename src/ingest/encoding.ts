/**
 * Character encodings, detected rather than assumed: a byte-order mark, then valid UTF-8, then what the caller or
 * the markup declares, then statistics (chardet). Decoding is TextDecoder's (Node ships full ICU), so every
 * WHATWG encoding label works. Errors are short phrases; the caller prefixes the file name.
 */
import { createRequire } from "node:module";

// chardet is only needed for text that is neither valid UTF-8 nor declared: load it then, not at start-up.
const require = createRequire(import.meta.url);
const chardet = () => require("chardet") as typeof import("chardet");

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used: "utf-8", "utf-16le", "windows-1251", … */
  encoding: string;
}

export interface DecodeOptions {
  /** An encoding the transport declares (an HTTP charset, a JSONL field); weaker than a BOM or valid UTF-8. */
  declared?: string;
}

/** How many leading bytes the sniffers look at; enough for any <head>, cheap on big files. */
const SNIFF_BYTES = 16 * 1024;

/** Decodes a file's bytes to text, choosing the encoding from the bytes themselves. Throws on empty, binary or undecodable input. */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new Error("empty file");
  const decoded = decodeWithoutChecks(bytes, opts);
  if (decoded.text.trim() === "") throw new Error("empty file");
  if (replacementShare(decoded.text) > 0.02) throw new Error(`cannot decode as text (${decoded.encoding} leaves undecodable bytes)`);
  return decoded;
}

function decodeWithoutChecks(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const bom = encodingFromBom(bytes);
  if (bom) return decodeAs(bytes.subarray(bom.length), bom.encoding);

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(bytes, utf16);

  const binary = binaryKind(bytes);
  if (binary) throw new Error(`binary file, not text (${binary})`);

  if (isAscii(bytes)) {
    // Pure 7-bit text is the same in every ASCII-compatible encoding; a declaration only matters for the
    // escape-based ones (ISO-2022-JP), which are 7-bit too.
    const declared = supportedEncoding(opts.declared) ?? supportedEncoding(declaredInMarkup(bytes));
    if (declared && /^iso-2022/.test(declared)) return decodeAs(bytes, declared);
    return decodeAs(bytes, "utf-8");
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };

  // Not UTF-8, so a declaration of UTF-8 is wrong (a common server misconfiguration): only other labels count.
  for (const label of [opts.declared, declaredInMarkup(bytes)]) {
    const enc = supportedEncoding(label);
    if (enc && enc !== "utf-8" && !enc.startsWith("utf-16")) return decodeAs(bytes, enc);
  }
  return decodeAs(bytes, guessEncoding(bytes));
}

/** The byte-order marks: they win over any declaration (as in the HTML standard). */
export function encodingFromBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0 && bytes.length >= 4) throw new Error("cannot decode as text (UTF-32 is not supported)");
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM shows itself by NUL bytes on one side of every pair of ASCII characters; binary files
 * have NULs too, but scattered on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.4 * pairs && evenNul < 0.02 * pairs) return "utf-16le";
  if (evenNul > 0.4 * pairs && oddNul < 0.02 * pairs) return "utf-16be";
  return undefined;
}

/** File signatures of formats people drop into a folder of reports by mistake. */
const MAGIC: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["ZIP archive or Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["old Office document", [0xd0, 0xcf, 0x11, 0xe0]],
  ["executable", [0x7f, 0x45, 0x4c, 0x46]],
];

/** Why these bytes are not text, or undefined when they may be: a known signature, NUL bytes, or many control characters. */
function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return "contains NUL bytes";
    // Tab, line feed, form feed, carriage return and escape (ISO-2022) occur in text; other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls > Math.max(2, n * 0.01) ? "too many control characters" : undefined;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The WHATWG name for a label TextDecoder understands, or undefined ("latin1" → "windows-1252", as browsers do). */
export function supportedEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The encoding markup declares in its first bytes: `<meta charset>`, `<meta http-equiv="Content-Type"
 * content="…; charset=…">`, or `<?xml … encoding="…"?>`. Read as Latin-1, which maps bytes to characters one to one.
 */
export function declaredInMarkup(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES)));
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/**
 * chardet's statistical guess among single- and multi-byte legacy encodings. It can answer "ASCII" or
 * "UTF-8" for bytes we already know are neither; those guesses and encodings TextDecoder lacks are skipped.
 * Windows-1252 is the fallback, as in browsers: it decodes every byte.
 */
function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.length > 64 * 1024 ? bytes.subarray(0, 64 * 1024) : bytes;
  for (const match of chardet().analyse(sample)) {
    if (/^(ascii|utf-8|utf-16|utf-32)/i.test(match.name)) continue;
    const enc = supportedEncoding(match.name);
    if (enc) return enc;
  }
  return "windows-1252";
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const text = decoder.decode(bytes);
  return { text: decoder.encoding === "windows-1252" ? windows1252Punctuation(text) : text, encoding: decoder.encoding };
}

/**
 * Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1, leaving bytes 0x80–0x9F as C1 control characters
 * where Windows-1252 has curly quotes, dashes, € and the like. This maps them as the WHATWG table does (the five
 * bytes Windows-1252 leaves undefined stay as they are).
 */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
function windows1252Punctuation(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

function replacementShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad / text.length;
}
