/**
 * What a zip archive (a .docx) holds, read from its central directory without inflating
 * anything, and a bounded check that each entry inflates to no more than it declares.
 *
 * mammoth inflates the parts it reads in memory, all at once: a 615 KB .docx whose XML inflates
 * to 200 MB took the whole process down. The declared sizes bound what an honest archive
 * inflates to; the check bounds a lying one, since zlib stops at `maxOutputLength`.
 */

import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; mammoth's zip library knows no other. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** An archive that cannot be read; messages are worded like mammoth's zip library's own. */
export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";

  constructor(detail: string) {
    super(detail.startsWith("Corrupted zip") ? detail : `Corrupted zip: ${detail}`);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN_32 = 0xffffffff;

/** The entries of the central directory, in order; ZipFormatError when it cannot be read. */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === UNKNOWN_32 || directorySize === UNKNOWN_32) {
    throw new ZipFormatError("ZIP64 archives are not read");
  }
  if (directoryOffset + directorySize > end) throw new ZipFormatError("central directory out of bounds");

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipFormatError("central directory entry out of bounds");
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipFormatError("central directory entry out of bounds");
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const sizes = zip64Sizes(bytes, at + 46 + nameLength, extraLength, {
      uncompressedSize: bytes.readUInt32LE(at + 24),
      compressedSize: bytes.readUInt32LE(at + 20),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    entries.push({ name, method: bytes.readUInt16LE(at + 10), ...sizes });
    at = next;
  }
  return entries;
}

/**
 * The entry's data inflated, or undefined when it inflates to more than it declares (zlib stops
 * there, so a lying entry never costs more than its declared size). Unknown methods give
 * undefined too: nothing here can bound them.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data.length === entry.uncompressedSize ? data : undefined;
  if (entry.method !== 8) return undefined;
  try {
    // One byte more than declared, so that "exactly as declared" and "more" can be told apart.
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) + 1 });
    return inflated.length <= entry.uncompressedSize ? inflated : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return undefined;
    throw new ZipFormatError(`${entry.name} does not inflate (${(error as Error).message})`);
  }
}

function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipFormatError(`${entry.name}: local header out of bounds`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`${entry.name}: data out of bounds`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let at = bytes.length - END_RECORD_BYTES; at >= lowest; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError("Corrupted zip: can't find end of central directory");
}

type Sizes = Pick<ZipEntry, "uncompressedSize" | "compressedSize" | "localHeaderOffset">;

/** Sizes that do not fit 32 bits are in the ZIP64 extra field, in this order, only those that do not. */
function zip64Sizes(bytes: Buffer, extraStart: number, extraLength: number, sizes: Sizes): Sizes {
  const fields = (["uncompressedSize", "compressedSize", "localHeaderOffset"] as const).filter((key) => sizes[key] === UNKNOWN_32);
  if (fields.length === 0) return sizes;
  const result: { -readonly [K in keyof Sizes]: number } = { ...sizes };
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      fields.forEach((key, index) => {
        const offset = at + 4 + index * 8;
        if (offset + 8 > at + 4 + length) throw new ZipFormatError("truncated ZIP64 extra field");
        result[key] = Number(bytes.readBigUInt64LE(offset));
      });
      return result;
    }
    at += 4 + length;
  }
  throw new ZipFormatError("sizes over 4 GB without a ZIP64 extra field");
}
