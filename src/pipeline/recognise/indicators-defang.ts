// Defanging: how analysts write indicators so nobody clicks them ("hxxp://evil[.]example", "1.2.3[.]4",
// "user[at]evil(.)example"), and back. Refanging undoes every common form; defanging writes the one form
// Espial shows (scheme hxxp/fxp, every dot of the host as [.], the @ as [@]).
import type { IndicatorKind } from "../../core/index.ts";

const DOT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\\\./gi;
const AT = /\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}/gi;
const COLON_SLASHES = /\[:\/\/\]|\[:\]\/\/|\(:\/\/\)/g;
const COLON = /\[:\]|\(:\)/g;
const SCHEME = /^(?:h(?:xx|\*\*)p(s?)|fxp)(?=:)/i;

/** The indicator as it is meant: every defanged form undone; `defanged` says the text used one. */
export function refang(surface: string): { readonly value: string; readonly defanged: boolean } {
  const value = surface
    .replace(COLON_SLASHES, "://")
    .replace(COLON, ":")
    .replace(DOT, ".")
    .replace(AT, "@")
    .replace(SCHEME, (m: string, s: string | undefined) => (/^f/i.test(m) ? "ftp" : `http${(s ?? "").toLowerCase()}`));
  return { value, defanged: value !== surface };
}

/** True when the text carries a defanging mark at all (a cheap pre-check before refanging). */
export function mayBeDefanged(token: string): boolean {
  return /[[({\\]|^h(?:xx|\*\*)p|^fxp/i.test(token);
}

function defangHost(host: string): string {
  return host.replace(/\./g, "[.]");
}

/**
 * The indicator written so that nobody follows it by accident, for display.
 * @example defang("http://evil.example/a.php") === "hxxp://evil[.]example/a.php"
 * @example defang("user@evil.example") === "user[@]evil[.]example"
 */
export function defang(value: string, kind?: IndicatorKind): string {
  if (kind === "md5" || kind === "sha1" || kind === "sha256" || /^[0-9a-f]{32,64}$/i.test(value)) return value;
  const url = /^(https?|ftp|sftp|wss?):\/\/([^/?#]*)(.*)$/i.exec(value);
  if (url) {
    const scheme = url[1]!.toLowerCase().replace(/^http/, "hxxp").replace(/^ftp/, "fxp").replace(/^sftp/, "sfxp");
    return `${scheme}://${defangHost(url[2]!)}${url[3]!}`;
  }
  const email = /^([^@\s]+)@(.+)$/.exec(value);
  if (email) return `${email[1]!}[@]${defangHost(email[2]!)}`;
  if (kind === "ipv6" || (value.includes(":") && !value.includes("."))) return value.replace(/:/g, "[:]");
  const slash = value.indexOf("/");
  return slash < 0 ? defangHost(value) : defangHost(value.slice(0, slash)) + value.slice(slash);
}
