// Country codes: the world atlas names countries by ISO 3166-1 numeric ids, Espial by alpha-2 codes.
import countries from "i18n-iso-countries";

/** ISO 3166-1 numeric ("702") of an alpha-2 code ("SG"), or undefined. */
export const numericOf = (alpha2: string): string | undefined => countries.alpha2ToNumeric(alpha2.toUpperCase());

/** Alpha-2 of a numeric id, or undefined. */
export const alpha2Of = (numeric: string): string | undefined => countries.numericToAlpha2(numeric);
