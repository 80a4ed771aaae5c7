// Reads a zip archive as Static Web Apps' deployment service does: the central directory, entries stored or
// deflated, CRC-32 checked. No zip64, no encryption: a package that needs either is refused, as over the size limits.
import { crc32, inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

/** The files of a zip archive by path (folders dropped, `\` read as `/`). */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) throw new ZipError('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50)
      throw new ZipError(`entry ${i}: bad central directory header`);
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressed = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const flags = zip.readUInt16LE(offset + 8);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip
      .toString(flags & 0x800 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength)
      .replace(/\\/g, '/');
    offset += 46 + nameLength + extraLength + commentLength;
    if (compressed === 0xffffffff || size === 0xffffffff)
      throw new ZipError(`${name}: zip64 entries are not supported`);
    if (flags & 0x1) throw new ZipError(`${name}: encrypted entries are not supported`);
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new ZipError(`${name}: bad local header`);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    const content = method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : undefined;
    if (!content) throw new ZipError(`${name}: compression method ${method} is not supported`);
    if (content.length !== size || crc32(content) !== crc)
      throw new ZipError(`${name}: CRC or size mismatch`);
    const path = name.replace(/^\.?\//, '');
    if (path.split('/').includes('..')) throw new ZipError(`${name}: a path outside the site`);
    files.set(path, content);
  }
  return files;
}
