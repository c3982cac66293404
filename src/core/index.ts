// The domain of Espial: reports, spans, mentions, claims, actions, periods, modality, errors.
// Pure values and closed vocabularies; imports nothing else of ours and does no I/O.
export * from "./vocabulary.ts";
export * from "./span.ts";
export * from "./report.ts";
export * from "./extraction.ts";
export * from "./errors.ts";
