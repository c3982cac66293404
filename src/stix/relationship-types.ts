// The relationship types STIX 2.1 lists for each source and target type (the specification's relationship
// summary, for the object types Espial meets), and the choice of a type for one of Espial's predicates:
// the type the specification lists for that pair, else `related-to`, which fits any pair.

/** Relationship type → the [source type, target type] pairs STIX 2.1 defines it for. */
export const SPEC_RELATIONSHIPS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  "attributed-to": [
    ["campaign", "intrusion-set"],
    ["campaign", "threat-actor"],
    ["intrusion-set", "threat-actor"],
    ["threat-actor", "identity"],
  ],
  targets: [
    ["attack-pattern", "identity"],
    ["attack-pattern", "location"],
    ["attack-pattern", "vulnerability"],
    ["campaign", "identity"],
    ["campaign", "location"],
    ["campaign", "vulnerability"],
    ["intrusion-set", "identity"],
    ["intrusion-set", "location"],
    ["intrusion-set", "vulnerability"],
    ["malware", "identity"],
    ["malware", "infrastructure"],
    ["malware", "location"],
    ["malware", "vulnerability"],
    ["threat-actor", "identity"],
    ["threat-actor", "location"],
    ["threat-actor", "vulnerability"],
    ["tool", "identity"],
    ["tool", "infrastructure"],
    ["tool", "location"],
    ["tool", "vulnerability"],
  ],
  "located-at": [
    ["identity", "location"],
    ["infrastructure", "location"],
    ["threat-actor", "location"],
  ],
  "originates-from": [
    ["campaign", "location"],
    ["intrusion-set", "location"],
    ["malware", "location"],
  ],
  impersonates: [["threat-actor", "identity"]],
  uses: [
    ["attack-pattern", "malware"],
    ["attack-pattern", "tool"],
    ["campaign", "attack-pattern"],
    ["campaign", "infrastructure"],
    ["campaign", "malware"],
    ["campaign", "tool"],
    ["intrusion-set", "attack-pattern"],
    ["intrusion-set", "infrastructure"],
    ["intrusion-set", "malware"],
    ["intrusion-set", "tool"],
    ["threat-actor", "attack-pattern"],
    ["threat-actor", "infrastructure"],
    ["threat-actor", "malware"],
    ["threat-actor", "tool"],
  ],
  "authored-by": [
    ["malware", "intrusion-set"],
    ["malware", "threat-actor"],
  ],
  indicates: [
    ["indicator", "attack-pattern"],
    ["indicator", "campaign"],
    ["indicator", "infrastructure"],
    ["indicator", "intrusion-set"],
    ["indicator", "malware"],
    ["indicator", "threat-actor"],
    ["indicator", "tool"],
  ],
  "based-on": [["indicator", "observed-data"]],
  compromises: [
    ["campaign", "infrastructure"],
    ["intrusion-set", "infrastructure"],
    ["threat-actor", "infrastructure"],
  ],
};

/** Relationship types any object may have with any other (duplicate-of and derived-from: same type only). */
const COMMON = ["related-to", "duplicate-of", "derived-from"] as const;

/** Does STIX 2.1 define this relationship type from this source type to this target type? */
export function fitsSpec(relationshipType: string, sourceType: string, targetType: string): boolean {
  if (relationshipType === "related-to") return true;
  if ((COMMON as readonly string[]).includes(relationshipType)) return sourceType === targetType;
  return (SPEC_RELATIONSHIPS[relationshipType] ?? []).some(([s, t]) => s === sourceType && t === targetType);
}

/** The type to use: the preferred one when STIX defines it for the pair, else `related-to`. */
export function relationshipTypeFor(preferred: string, sourceType: string, targetType: string): string {
  return fitsSpec(preferred, sourceType, targetType) ? preferred : "related-to";
}
