/**
 * Bytes to text for the text formats. Liaison statements reach us pasted from mail clients and
 * saved by Word on Windows, so besides UTF-8 we meet UTF-16 with a BOM and Windows-1252 "smart
 * quotes"; we accept those rather than reject a document over its encoding.
 */

/** Windows-1252 code points for bytes 0x80-0x9F; undefined bytes keep their Latin-1 value. */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** How much of the file is sampled to decide whether it is binary. */
const SAMPLE_BYTES = 8192;
/** Share of control bytes above which a file is not text; real text has next to none. */
const MAX_CONTROL_SHARE = 0.05;

export type BinaryVerdict = { binary: false } | { binary: true; reason: string };

/** A file is binary when it has NUL bytes (that text never has) or is mostly control bytes. */
export function sniffBinary(bytes: Uint8Array): BinaryVerdict {
  if (hasUtf16Bom(bytes)) return { binary: false };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return { binary: true, reason: "contains NUL bytes" };
    if (isControlByte(byte)) control += 1;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    return { binary: true, reason: "mostly non-text bytes" };
  }
  return { binary: false };
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    // Node's TextDecoder("windows-1252") decodes as Latin-1, which would turn smart quotes into
    // C1 control characters; hence the explicit table.
    return decodeWindows1252(body);
  }
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    const code = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
    text += String.fromCharCode(code);
  }
  return text;
}

/**
 * Line endings to "\n", BOM and zero-width characters removed, form feeds (page breaks in
 * RFC-style text) to line breaks, so that readers only deal with one kind of line.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|\u2028|\u2029|\f/g, "\n")
    // Zero-width characters one by one (a class of them reads as a joined sequence to linters).
    .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, "");
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function isControlByte(byte: number): boolean {
  // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
  return (byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(byte)) || byte === 0x7f;
}
