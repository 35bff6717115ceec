/** The types of the output contract, inferred from the one zod schema, plus the internal shapes stages pass along. */
import type { z } from "zod";
import type * as S from "./model/schema.js";

export type Span = z.infer<typeof S.SpanSchema>;
export type Precision = z.infer<typeof S.PrecisionSchema>;
export type TimeValue = z.infer<typeof S.TimeValueSchema>;
export type TimeKind = z.infer<typeof S.TimeKindSchema>;
export type TimeMention = z.infer<typeof S.TimeMentionSchema>;
export type PublishedFrom = z.infer<typeof S.PublishedFromSchema>;
export type Document = z.infer<typeof S.DocumentSchema>;
export type EntityType = z.infer<typeof S.EntityTypeSchema>;
export type Geo = z.infer<typeof S.GeoSchema>;
export type Entity = z.infer<typeof S.EntitySchema>;
export type PloverType = z.infer<typeof S.PloverTypeSchema>;
export type EventType = z.infer<typeof S.EventTypeSchema>;
export type Certainty = z.infer<typeof S.CertaintySchema>;
export type Modality = z.infer<typeof S.ModalitySchema>;
export type Quantity = z.infer<typeof S.QuantitySchema>;
export type Event = z.infer<typeof S.EventSchema>;
export type Claim = z.infer<typeof S.ClaimSchema>;
export type Story = z.infer<typeof S.StorySchema>;
export type Contradiction = z.infer<typeof S.ContradictionSchema>;
export type Cited = z.infer<typeof S.CitedSchema>;
export type Dossier = z.infer<typeof S.DossierSchema>;

/** A sentence of a document: offsets into Document.text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/** A token: offsets into Document.text, and the index of its sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** A named-entity mention found in one document, before cross-document resolution. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Role as stated near the mention ("Defence Minister", "an aide to Putin"); titles are not part of `text`. */
  description?: string;
  /** For a pronoun or a description ("he", "the driver"): the earlier mention in the same document it refers to. */
  refersTo?: { start: number; end: number };
  /** Set on descriptions ("the driver") and pronouns ("she"); a name has none. */
  kind?: "description" | "pronoun";
  /** For a description: its head noun in the singular ("robber" for "the robbers"). */
  head?: string;
  /** For a description or pronoun: it stands for several people ("the robbers", "they"). */
  plural?: boolean;
  /** For a description: introduced with "a", "an", "another", "one", "some": a first mention. */
  indefinite?: boolean;
}

/** One document with the per-document analyses the cross-document stages read. */
export interface AnalysedDocument {
  doc: Document;
  sentences: Sentence[];
  tokens: Token[];
  mentions: EntityMention[];
  times: TimeMention[];
  /** The report's date was taken from its story: its relative times are guesses (inferred), not statements. */
  datedFromStory?: boolean;
}
