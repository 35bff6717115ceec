/**
 * The output model `dossier/1`: the one schema every stage writes into, the CLI prints and the benchmarks read.
 * TypeScript types are inferred from it (src/types.ts) and `dossier schema` prints the JSON Schema generated from it.
 * Offsets are UTF-16 character offsets into `Document.text` (the cleaned body), half-open [start, end).
 */
import { z } from "zod";

export const SpanSchema = z
  .object({
    doc: z.string().describe("document id"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe("a half-open [start, end) range of UTF-16 offsets into Document.text");

export const PrecisionSchema = z.enum(["minute", "hour", "day", "week", "month", "year"]);

export const TimeValueSchema = z.object({
  start: z.string().describe("ISO 8601 date or instant; a duration's ISO 8601 value (P4D); a set's TIMEX3 value (XXXX-WXX-1)"),
  end: z.string().optional().describe("end of an interval, where the text gives one"),
  precision: PrecisionSchema,
  text: z.string().describe("the expression as written"),
  timex: z.string().optional().describe("TimeML value where precision cannot say it: 1989-Q3, 199, PRESENT_REF, 1998-10-XX"),
  inferred: z.boolean().describe("true when carried over from elsewhere (report date, earlier sentence, another report)"),
});

export const TimeKindSchema = z.enum(["date", "time", "duration", "set"]);
export const TimeMentionSchema = z.object({ span: SpanSchema, value: TimeValueSchema, kind: TimeKindSchema });

export const PublishedFromSchema = z.enum(["metadata", "user", "text", "context", "unknown"]);

export const DocumentSchema = z.object({
  id: z.string(),
  source: z.string().describe("path or URL as given"),
  title: z.string().optional(),
  outlet: z.string().optional().describe("from metadata or the text"),
  published: z.string().optional().describe("ISO date or instant"),
  publishedFrom: PublishedFromSchema,
  language: z.string().describe("ISO 639-1"),
  text: z.string().describe("cleaned body; for plain text the headline stays as the first line"),
  byline: z.string().optional(),
  url: z.string().optional().describe("canonical URL, where the input gives one"),
  removed: z.array(z.object({ text: z.string(), rule: z.string() })).describe("what cleaning took out, and the rule that did it"),
  credits: z.array(z.string()).describe('outlets the report credits: "(With inputs from ABC News and CNN.)"'),
});

export const EntityTypeSchema = z.enum(["person", "organization", "location", "group", "weapon", "other"]);

export const GeoSchema = z.object({
  lat: z.number(),
  lon: z.number(),
  country: z.string().optional().describe("ISO 3166-1 alpha-2"),
  geonameId: z.number().int().optional(),
  precision: z.enum(["point", "city", "region", "country"]),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string().describe("canonical name"),
  type: EntityTypeSchema,
  aliases: z.array(z.string()).describe("every surface form met"),
  mentions: z.array(SpanSchema),
  description: z.string().optional().describe("role as stated"),
  reasons: z.array(z.string()).describe("why mentions were merged into this entity"),
  geo: GeoSchema.optional(),
  unnamed: z.boolean().optional().describe("known only by descriptions and pronouns (\"a 43-year-old woman\", \"the driver\"): never named in any report"),
});

export const PloverTypeSchema = z.enum([
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]);
export const EventTypeSchema = z.union([PloverTypeSchema, z.enum(["DISASTER", "ACCIDENT"])]);
export const CertaintySchema = z.enum(["confirmed", "reported", "claimed", "disputed", "denied"]);
export const ModalitySchema = z.enum(["asserted", "negated", "hypothetical", "future", "planned"]);

export const QuantitySchema = z.object({
  kind: z.enum(["killed", "injured", "captured", "missing", "displaced", "other"]),
  text: z.string(),
  low: z.number().optional(),
  best: z.number().optional(),
  high: z.number().optional(),
  of: z.string().optional().describe("whom the figure counts"),
  claimant: z.string().optional().describe("entity id of who gives the figure"),
  asOf: TimeValueSchema.optional(),
  confirmed: z.boolean(),
  span: SpanSchema.optional().describe("where the figure is written"),
});

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  mode: z.string().optional(),
  summary: z.string(),
  modality: ModalitySchema,
  time: TimeValueSchema.optional(),
  places: z.array(z.object({ entity: z.string(), role: z.enum(["origin", "target", "venue", "area"]) })),
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  quantities: z.array(QuantitySchema),
  triggers: z.array(SpanSchema),
  evidence: z.array(SpanSchema),
  sources: z.array(z.string()),
  independentSources: z.number().int(),
  certainty: CertaintySchema,
  reasons: z.array(z.string()),
});

export const ClaimSchema = z.object({
  id: z.string(),
  speaker: z.string().optional(),
  cue: z.string(),
  content: z.string(),
  direct: z.boolean(),
  via: z.array(z.string()).describe("channel and relays, nearest first, as entity ids"),
  evidence: SpanSchema,
  spans: z.object({ speaker: SpanSchema.optional(), cue: SpanSchema.optional(), content: SpanSchema }),
  certainty: CertaintySchema,
  time: TimeValueSchema.optional(),
  quantities: z.array(QuantitySchema).optional(),
  events: z.array(z.string()),
});

export const StorySchema = z.object({
  id: z.string(),
  title: z.string(),
  documents: z.array(z.string()),
  events: z.array(z.string()),
});

export const ContradictionSchema = z.object({
  id: z.string(),
  about: z.string(),
  items: z.array(z.object({ value: z.string(), evidence: SpanSchema, claimant: z.string().optional() })),
});

export const CitedSchema = z.object({ text: z.string(), evidence: z.array(SpanSchema) });

export const DossierSchema = z
  .object({
    schema: z.literal("dossier/1"),
    documents: z.array(DocumentSchema),
    entities: z.array(EntitySchema),
    events: z.array(EventSchema),
    claims: z.array(ClaimSchema),
    stories: z.array(StorySchema),
    contradictions: z.array(ContradictionSchema),
    summary: z.array(CitedSchema).describe("multi-document summary, every sentence cited"),
    times: z.array(TimeMentionSchema).describe("every time expression found"),
  })
  .describe("dossier/1: a sourced, cross-checked record of a set of news reports");

/** The JSON Schema of `dossier/1`, generated from the zod schema (what `dossier schema` prints). */
export function dossierJsonSchema(): unknown {
  return z.toJSONSchema(DossierSchema, { target: "draft-2020-12" });
}
