import { strToU8 } from 'fflate';

/**
 * A zip written as a stream with every entry's sizes and CRC in its local
 * header, never in a data descriptor after its data: a streaming reader
 * then skips an entry by its size, and an attached Word file (a zip itself,
 * stored as it is) cannot be taken for entries of the file. fflate's
 * streaming writer always writes descriptors, which its own streaming
 * reader finds by looking for signatures in the data.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as zip has it, carried on from `crc` over more bytes (0 to begin). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

/** Beyond this, a zip needs ZIP64, which this writer does not write. */
const MAX_OFFSET = 0xffffffff;
/** Names in UTF-8 (general purpose bit 11). */
const UTF8_NAMES = 0x0800;

interface Written {
  name: Uint8Array;
  method: 0 | 8;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** A DOS date and time: zip's own. */
function dosTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly write: (chunk: Uint8Array) => Promise<void>,
    at: Date,
  ) {
    this.stamp = dosTime(at);
  }

  /**
   * An entry whose data follows as `data` yields it: `method` 8 for data
   * deflated already, 0 for data stored; `crc` and `size` are the
   * uncompressed bytes', `compressed` the length of what `data` yields.
   */
  async add(
    name: string,
    entry: { method: 0 | 8; crc: number; size: number; compressed: number },
    data: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  ): Promise<void> {
    const written: Written = { name: strToU8(name), ...entry, offset: this.offset };
    if (this.offset + 30 + written.name.length + entry.compressed > MAX_OFFSET)
      throw new RangeError('A .fieldbook file is at most 4 GiB');
    const header = new Uint8Array(30 + written.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, UTF8_NAMES, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, this.stamp.time, true);
    view.setUint16(12, this.stamp.date, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.compressed, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, written.name.length, true);
    header.set(written.name, 30);
    await this.out(header);
    let sent = 0;
    for await (const chunk of data) {
      sent += chunk.length;
      await this.out(chunk);
    }
    if (sent !== entry.compressed) throw new Error(`${name}: ${sent} bytes written, ${entry.compressed} announced`);
    this.entries.push(written);
  }

  /** The central directory and its end: the zip is whole. */
  async end(): Promise<void> {
    const start = this.offset;
    if (start + this.entries.reduce((sum, entry) => sum + 46 + entry.name.length, 22) > MAX_OFFSET)
      throw new RangeError('A .fieldbook file is at most 4 GiB');
    for (const entry of this.entries) {
      const record = new Uint8Array(46 + entry.name.length);
      const view = new DataView(record.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, UTF8_NAMES, true);
      view.setUint16(10, entry.method, true);
      view.setUint16(12, this.stamp.time, true);
      view.setUint16(14, this.stamp.date, true);
      view.setUint32(16, entry.crc, true);
      view.setUint32(20, entry.compressed, true);
      view.setUint32(24, entry.size, true);
      view.setUint16(28, entry.name.length, true);
      view.setUint32(42, entry.offset, true);
      record.set(entry.name, 46);
      await this.out(record);
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.entries.length, true);
    view.setUint16(10, this.entries.length, true);
    view.setUint32(12, this.offset - start, true);
    view.setUint32(16, start, true);
    await this.out(end);
  }

  private async out(chunk: Uint8Array): Promise<void> {
    this.offset += chunk.length;
    await this.write(chunk);
  }
}
