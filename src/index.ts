/** Dossier as a library: `analyze(inputs, options)` and the `Store`; the CLI and the server are thin shells over these. */
export { analyze, analyzeDocuments, type AnalyzeOptions, type DocumentsResult } from "./analyze.js";
export { buildDossier } from "./resolve/dossier.js";
export { Store } from "./store/index.js";
export { DossierSchema, dossierJsonSchema } from "./model/schema.js";
export { markdownBriefing } from "./report/markdown.js";
export { htmlBriefing } from "./report/html.js";
export type { AnalyzeInput, ReportInput, InputFailure } from "./ingest/read.js";
export type * from "./types.js";
