import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBytes } from "./encoding.js";

/** Bytes of `text` in a single-byte legacy encoding, built from TextDecoder's own table of that encoding. */
function legacyBytes(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  // Node 20's TextDecoder lacks Windows-1252's 0x80–0x9F (it decodes them as Latin-1 controls): the ones used here.
  if (decoder.encoding === "windows-1252") for (const [c, b] of Object.entries({ "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "€": 0x80 })) byteOf.set(c, b);
  return Uint8Array.from([...text].map((c) => {
    const b = byteOf.get(c);
    if (b === undefined) throw new Error(`${c} is not in ${encoding}`);
    return b;
  }));
}

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

const RUSSIAN = "Переговоры делегаций России и Украины пройдут в понедельник на белорусской границе, сообщили в администрации президента.";
const CURLY = "“We will meet at the border,” the minister said — and the talks’ venue was agreed on Sunday.";

test("reads a UTF-16 little-endian file by its byte-order mark", () => {
  const got = decodeBytes(utf16("Talks in Gomel — Monday", "le", true));
  assert.equal(got.text, "Talks in Gomel — Monday");
  assert.equal(got.encoding, "utf-16le");
});

test("reads a UTF-16 big-endian file by its byte-order mark", () => {
  const got = decodeBytes(utf16("Переговоры в Гомеле", "be", true));
  assert.equal(got.text, "Переговоры в Гомеле");
  assert.equal(got.encoding, "utf-16be");
});

test("recognises UTF-16 without a byte-order mark by its NUL pattern", () => {
  assert.equal(decodeBytes(utf16("Missiles were launched from Belarus on Sunday.", "le", false)).text, "Missiles were launched from Belarus on Sunday.");
});

test("drops a UTF-8 byte-order mark", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Kyiv")]);
  assert.deepEqual(decodeBytes(bytes), { text: "Kyiv", encoding: "utf-8" });
});

test("detects Windows-1251 Cyrillic without any declaration", () => {
  const got = decodeBytes(legacyBytes(RUSSIAN, "windows-1251"));
  assert.equal(got.encoding, "windows-1251");
  assert.equal(got.text, RUSSIAN);
});

test("detects Windows-1252 curly quotes and dashes", () => {
  const got = decodeBytes(legacyBytes(CURLY, "windows-1252"));
  assert.equal(got.encoding, "windows-1252");
  assert.equal(got.text, CURLY);
});

test("reads Latin-1 accented text as Windows-1252, as browsers do", () => {
  const text = "Le ministre a déclaré que les négociations à Genève étaient très importantes pour l'été.";
  assert.equal(decodeBytes(legacyBytes(text, "windows-1252")).text, text);
});

test("follows a <meta charset> declaration when the bytes are not UTF-8", () => {
  // KOI8-R is easily mistaken for other Cyrillic encodings; the page says what it is.
  const page = `<html><head><meta charset="koi8-r"><title>Новости</title></head><body><p>${RUSSIAN}</p></body></html>`;
  const got = decodeBytes(legacyBytes(page, "koi8-r"));
  assert.equal(got.encoding, "koi8-r");
  assert.ok(got.text.includes(RUSSIAN));
});

test("follows a <meta http-equiv content-type> declaration", () => {
  const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>Гомель</body></html>`;
  assert.ok(decodeBytes(legacyBytes(page, "windows-1251")).text.includes("Гомель"));
});

test("follows an XML declaration's encoding", () => {
  const feed = `<?xml version="1.0" encoding="ISO-8859-5"?><rss><channel><title>Вести</title></channel></rss>`;
  const got = decodeBytes(legacyBytes(feed, "iso-8859-5"));
  assert.equal(got.encoding, "iso-8859-5");
  assert.ok(got.text.includes("Вести"));
});

test("trusts valid UTF-8 over a wrong declaration", () => {
  const page = `<meta charset="windows-1251"><p>Зеленский — “talks”</p>`;
  assert.deepEqual(decodeBytes(new TextEncoder().encode(page)), { text: page, encoding: "utf-8" });
});

test("ignores a UTF-8 declaration on bytes that are not UTF-8", () => {
  const page = `<meta charset="utf-8"><p>${CURLY}</p>`;
  assert.equal(decodeBytes(legacyBytes(page, "windows-1252")).text, page);
});

test("uses the encoding the caller declares when the bytes are not UTF-8", () => {
  assert.equal(decodeBytes(legacyBytes("Гомель", "windows-1251"), { declared: "cp1251" }).text, "Гомель");
});

test("rejects a binary file", () => {
  assert.throws(() => decodeBytes(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x10, 0x00, 0x41, 0x42, 0x00, 0x99])), /^Error: binary file, not text/);
  assert.throws(() => decodeBytes(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj")), /binary file, not text \(PDF\)/);
});

test("rejects an empty file and a file of only whitespace", () => {
  assert.throws(() => decodeBytes(new Uint8Array()), /^Error: empty file$/);
  assert.throws(() => decodeBytes(new TextEncoder().encode(" \n\t\r\n")), /^Error: empty file$/);
});

test("rejects bytes that decode only to replacement characters", () => {
  // Unpaired UTF-16 surrogates after a BOM decode to U+FFFD throughout.
  const bytes = Uint8Array.from([0xff, 0xfe, ...Array.from({ length: 40 }, (_, i) => (i % 2 ? 0xdc : 0x00))]);
  assert.throws(() => decodeBytes(bytes), /^Error: cannot decode as text/);
});
