// Display names of countries from their ISO 3166-1 alpha-2 codes, in English (the browser's own tables).
const names = new Intl.DisplayNames(["en"], { type: "region" });

/** "CN" → "China"; the code itself when the browser does not know it. */
export function countryName(code: string): string {
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
