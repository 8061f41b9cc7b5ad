let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/** zlib's CRC-32 (unsigned) of the UTF-8 bytes of `text`, as Ruby's `Zlib.crc32` gives it. */
export function crc32(text: string): number {
  const t = crcTable();
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = t[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
