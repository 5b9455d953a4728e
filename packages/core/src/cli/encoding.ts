/**
 * Trede reads UTF-8. Windows programs often save "Unicode" text as UTF-16 (Excel's "Unicode text", Notepad
 * before 2019, PowerShell's `>`), which read as UTF-8 is a string of NUL bytes and replacement characters:
 * the parser would then complain about a character nobody wrote. The first bytes tell these encodings
 * apart, with or without a byte-order mark, so the message can name the encoding instead.
 */
import type { Text } from '../i18n/text.js';

export type ForeignEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/** The encoding the first bytes of a file show, when it is one Trede does not read; null for UTF-8 or ASCII. */
export function detectForeignEncoding(head: Uint8Array): ForeignEncoding | null {
  const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
  // Byte-order marks. UTF-32LE's mark starts with UTF-16LE's, so it is tested first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  // Without a mark: JSON and CSV start with an ASCII character, which these encodings pad with NUL bytes.
  if (head.length >= 4) {
    if (a !== 0 && b === 0 && c === 0 && d === 0) return 'UTF-32LE';
    if (a === 0 && b === 0 && c === 0 && d !== 0) return 'UTF-32BE';
  }
  if (head.length >= 2) {
    if (a !== 0 && b === 0) return 'UTF-16LE';
    if (a === 0 && b !== 0) return 'UTF-16BE';
  }
  return null;
}

export function foreignEncodingText(file: string, encoding: ForeignEncoding): Text {
  return {
    nl: `${file} is gecodeerd als ${encoding}; Trede leest alleen UTF-8. Sla het bestand op als UTF-8 (in Excel: "CSV UTF-8"), of zet het om, bijvoorbeeld met: iconv -f ${encoding} -t UTF-8`,
    en: `${file} is encoded as ${encoding}; Trede reads UTF-8 only. Save the file as UTF-8 (in Excel: "CSV UTF-8"), or convert it, for example with: iconv -f ${encoding} -t UTF-8`,
  };
}
