/**
 * zlib's CRC-32 (unsigned) of the UTF-8 bytes of `text`, as Ruby's `Zlib.crc32` gives it.
 * Bit by bit rather than with a lookup table: it only ever sees a flag name and an actor id.
 */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
