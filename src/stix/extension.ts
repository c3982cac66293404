// Espial's STIX 2.1 extension (docs/stix-extension.md): one extension-definition, made by the Espial project
// identity, with a new SDO for legal and diplomatic actions (`x-espial-action`) and property extensions that
// carry what plain STIX cannot say — how sure the text is of each relationship, with its sentence; how a
// report names each actor; where each of an actor's names comes from. Ids and dates here are fixed forever:
// a new version of the extension gets a new `version` and `modified`, never a new id.
import type { StixObject } from "./objects.ts";

/** The extension-definition every Espial export uses. */
export const ESPIAL_EXTENSION_ID = "extension-definition--84fe23a0-046b-4df5-a191-c52735fb67d7";
export const ESPIAL_EXTENSION_VERSION = "1.0.0";
/** Where the extension's JSON Schema is published (the file is src/stix/espial-extension.schema.json). */
export const ESPIAL_EXTENSION_SCHEMA_URL =
  "https://github.com/espial-project/espial/blob/main/src/stix/espial-extension.schema.json";

/** The new SDO for legal and diplomatic actions. */
export const ESPIAL_ACTION_TYPE = "x-espial-action";

/** The identity of the Espial project, which defines the extension (not of any one Espial instance). */
export const ESPIAL_PROJECT_IDENTITY_ID = "identity--d1094a27-3db3-45f0-a47b-9bf4877dc1ab";

const EXTENSION_CREATED = "2026-11-24T00:00:00.000Z";

export function espialProjectIdentity(): StixObject {
  return {
    type: "identity",
    spec_version: "2.1",
    id: ESPIAL_PROJECT_IDENTITY_ID,
    created: EXTENSION_CREATED,
    modified: EXTENSION_CREATED,
    name: "Espial project",
    description: "The open-source project that defines Espial's STIX 2.1 extension.",
    identity_class: "organization",
  };
}

export function espialExtensionDefinition(): StixObject {
  return {
    type: "extension-definition",
    spec_version: "2.1",
    id: ESPIAL_EXTENSION_ID,
    created_by_ref: ESPIAL_PROJECT_IDENTITY_ID,
    created: EXTENSION_CREATED,
    modified: EXTENSION_CREATED,
    name: "Espial claims and actions",
    description:
      "A new SDO, x-espial-action, for legal and diplomatic actions (indictments, sanctions, condemnations, " +
      "warrants, arrests, advisories, takedowns) with their date, parties and modality; and property extensions " +
      "giving each relationship the sentences that state it with their certainty, status and negation, each report " +
      "the names it uses for each actor and its periods of activity, and each intrusion set the sources of its names.",
    schema: ESPIAL_EXTENSION_SCHEMA_URL,
    version: ESPIAL_EXTENSION_VERSION,
    extension_types: ["new-sdo", "property-extension"],
  };
}

/** The `extensions` entry of an object that is an Espial new SDO. */
export function newSdoExtension(): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  return { [ESPIAL_EXTENSION_ID]: { extension_type: "new-sdo" } };
}

/** The `extensions` entry carrying Espial's properties on a standard object. */
export function propertyExtension(
  properties: Readonly<Record<string, unknown>>,
): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  return { [ESPIAL_EXTENSION_ID]: { extension_type: "property-extension", ...properties } };
}

/** Espial's properties on an object, when it has them. */
export function espialProperties(object: StixObject): Readonly<Record<string, unknown>> | null {
  const ext = object.extensions?.[ESPIAL_EXTENSION_ID];
  return ext && ext["extension_type"] === "property-extension" ? ext : null;
}
