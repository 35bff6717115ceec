/** Copyright and rights lines: "© 2022 Reuters", "Copyright BBC 2022", "All rights reserved". */
import type { LineRule } from "./types.js";

export const copyright: LineRule = {
  name: "copyright",
  kind: "line",
  test: (line) => {
    const t = line.plain;
    if (line.words > 40) return false;
    return /^(\u00a9|\(c\)|copyright\b)/.test(t) || /\u00a9\s*(\d{4}|[\p{Lu}])/u.test(line.text) || /\ball rights reserved\b/.test(t) ||
      /^(this (material|article|story|content) may not be (published|reproduced|broadcast)|no part of this|our standards:)/.test(t);
  },
};
