// A corpus of hostile inputs, made in the test (nothing big is committed): each entry says what a correct
// reading of it is — stored, or rejected with a given code — so the CLI and API tests hold both to it.
import type { ErrorCode } from "../src/core/index.ts";

export interface HostileInput {
  readonly name: string;
  readonly bytes: () => Uint8Array;
  /** `stored`: read into a report; an error code: refused with it; `any`: any clear outcome, never a crash. */
  readonly expect: "stored" | ErrorCode | "any";
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const MIB = 1024 * 1024;

/** Bytes from a seeded generator: reproducible "random" binary. */
function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** Text of `bytes` bytes, made of ordinary lines. */
export function bigText(bytes: number): Uint8Array {
  const line = utf8("A line of a very long and very dull report about nothing in particular at all.\n");
  const block = new Uint8Array(64 * 1024);
  for (let i = 0; i < block.length; i += line.length)
    block.set(line.subarray(0, Math.min(line.length, block.length - i)), i);
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i += block.length) out.set(block.subarray(0, Math.min(block.length, bytes - i)), i);
  return out;
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>Desk</title>
<item><title>Laughs</title><description>&lol9;</description></item></channel></rss>`;

function stixObjects(count: number): Uint8Array {
  // The same object repeated: the reader counts objects before it looks at ids.
  const object = '{"type":"x-note","id":"x-note--0e0c7a5e-3d53-4b8f-9d11-2b7a1d0c0009"}';
  return utf8(
    `{"type":"bundle","id":"bundle--0e0c7a5e-3d53-4b8f-9d11-2b7a1d0c0001","objects":[${`${object},`.repeat(count - 1)}${object}]}`,
  );
}

function stixDeep(depth: number): Uint8Array {
  const open = '{"a":'.repeat(depth);
  return utf8(
    `{"type":"bundle","id":"bundle--0e0c7a5e-3d53-4b8f-9d11-2b7a1d0c0002","objects":[{"type":"note","id":"note--0e0c7a5e-3d53-4b8f-9d11-2b7a1d0c0003","x":${open}1${"}".repeat(depth)}}]}`,
  );
}

const hugeNumbers = `{"type":"bundle","id":"bundle--0e0c7a5e-3d53-4b8f-9d11-2b7a1d0c0004","objects":[{"type":"intrusion-set","spec_version":"2.1","id":"intrusion-set--0e0c7a5e-3d53-4b8f-9d11-2b7a1d0c0005","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"APT28","x_big":1e400,"x_long":${"9".repeat(20_000)},"x_tiny":-1e-400}]}`;

/** Non-English reports: each names an actor in Latin script inside another script. */
export const NON_ENGLISH: readonly { readonly name: string; readonly text: string }[] = [
  {
    name: "russian.txt",
    text: "Хакеры атаковали министерство\n\nПо данным исследователей, группа APT28 проникла в сети министерства обороны в марте 2023 года.\n",
  },
  {
    name: "chinese.txt",
    text: "黑客组织攻击政府机构\n\n研究人员称，APT28 组织在2023年3月入侵了多个政府部门的网络。\n",
  },
  {
    name: "arabic.txt",
    text: "هجوم إلكتروني على وزارة\n\nقال باحثون إن مجموعة APT28 اخترقت شبكات وزارة الخارجية في مارس 2023.\n",
  },
];

/** The corpus; the 100 MB text is made only when asked for. */
export function hostileInputs(): HostileInput[] {
  const nested = `<html><body>${"<div>".repeat(100_000)}<p>APT28 was named in a hostile page.</p>${"</div>".repeat(100_000)}</body></html>`;
  return [
    { name: "empty.txt", bytes: () => new Uint8Array(0), expect: "empty-input" },
    { name: "blob.bin", bytes: () => seededBytes(64 * 1024, 7), expect: "binary-input" },
    {
      name: "invalid-utf8.txt",
      bytes: () => new Uint8Array([...utf8("Start "), ...seededBytes(4096, 3).map((b) => 0x80 | (b & 0x3f))]),
      expect: "binary-input",
    },
    { name: "nul.txt", bytes: () => utf8("APT28 report\u0000with a NUL byte inside\u0000.\n"), expect: "binary-input" },
    { name: "huge.txt", bytes: () => bigText(100 * MIB), expect: "too-large" },
    { name: "nested.html", bytes: () => utf8(nested), expect: "stored" },
    { name: "laughs.xml", bytes: () => utf8(billionLaughs), expect: "unsupported" },
    { name: "million.json", bytes: () => stixObjects(1_000_000), expect: "too-large" },
    { name: "deep.json", bytes: () => stixDeep(1_000), expect: "too-large" },
    { name: "numbers.json", bytes: () => utf8(hugeNumbers), expect: "any" },
    ...NON_ENGLISH.map((r) => ({ name: r.name, bytes: () => utf8(r.text), expect: "stored" as const })),
  ];
}
