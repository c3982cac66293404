// The collections of Espial's API root: all knowledge, one per TLP ceiling (everything marked at that level or
// less restrictive), each read-only and served from the published STIX versions; and the inbox, where
// clients POST envelopes (kept as sent, and merged into Espial's knowledge).
import { v5 as uuidv5 } from "uuid";
import type { StixVersionCollection } from "../../store/stix-versions.ts";
import { STIX_MEDIA_TYPE } from "./media.ts";

const NAMESPACE = "4c0a2a1e-6f0b-4c43-9d55-2f2b1a7c9e10";
const TLP_ORDER = ["clear", "green", "amber", "amber+strict", "red"] as const;

export interface TaxiiCollection {
  readonly id: string;
  readonly alias: string;
  readonly title: string;
  readonly description: string;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  /** Where its objects are kept. */
  readonly source: StixVersionCollection;
  /** The TLP levels of the objects it serves. */
  readonly tlps: readonly string[];
}

const upTo = (level: (typeof TLP_ORDER)[number]) => TLP_ORDER.slice(0, TLP_ORDER.indexOf(level) + 1);

function collection(alias: string, fields: Omit<TaxiiCollection, "id" | "alias">): TaxiiCollection {
  return { id: uuidv5(`espial-taxii|${alias}`, NAMESPACE), alias, ...fields };
}

const ceiling = (level: "clear" | "green" | "amber" | "amber+strict") =>
  collection(`tlp-${level.replace("+", "-")}`, {
    title: `Espial up to TLP:${level.toUpperCase()}`,
    description: `Espial's knowledge marked TLP:${level.toUpperCase()} or less restrictive: what may be shared at that level.`,
    canRead: true,
    canWrite: false,
    source: "espial",
    tlps: upTo(level),
  });

/** Every collection, in the order they are listed. */
export const TAXII_COLLECTIONS: readonly TaxiiCollection[] = [
  collection("all", {
    title: "Espial: all knowledge",
    description:
      "Every STIX object Espial made from its reports and imports (threat actors, sponsors, victims, legal and diplomatic actions, reports), with every version.",
    canRead: true,
    canWrite: false,
    source: "espial",
    tlps: TLP_ORDER,
  }),
  ceiling("clear"),
  ceiling("green"),
  ceiling("amber"),
  ceiling("amber+strict"),
  collection("inbox", {
    title: "Espial inbox",
    description:
      "POST STIX 2.1 envelopes here (needs a token): objects are kept as sent and their reports and actors merged into Espial's knowledge.",
    canRead: true,
    canWrite: true,
    source: "inbox",
    tlps: TLP_ORDER,
  }),
];

/** A collection by its id or alias. */
export function findCollection(idOrAlias: string): TaxiiCollection | undefined {
  const wanted = idOrAlias.toLowerCase();
  return TAXII_COLLECTIONS.find((c) => c.id === wanted || c.alias === wanted);
}

/** The collection resource (spec §5.2). */
export function presentCollection(c: TaxiiCollection) {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    alias: c.alias,
    can_read: c.canRead,
    can_write: c.canWrite,
    media_types: [STIX_MEDIA_TYPE],
  };
}
