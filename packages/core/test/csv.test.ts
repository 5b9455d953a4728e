import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvHeaderCheck, detectDelimiter, readCsvRecords, type CsvOptions, type CsvRecord } from '../src/cli/csv.js';
import { readLines, type Line } from '../src/cli/lines.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Lines of the text, delivered in the given chunks (strings or bytes). */
function lines(...chunks: (string | Buffer)[]): Promise<Line[]> {
  return collect(readLines(Readable.from(chunks)));
}

function csv(text: string, opts?: CsvOptions): Promise<CsvRecord[]> {
  return collect(readCsvRecords(readLines(Readable.from([text])), opts));
}

function rec(lineNumber: number, ...fields: string[]): CsvRecord {
  return { kind: 'record', fields, lineNumber };
}

describe('readLines', () => {
  it('keeps a line of exactly maxLength and reports a longer one by its length, also split over chunks and with \\r\\n', async () => {
    const read = (chunks: string[]) => collect(readLines(Readable.from(chunks), { maxLength: 5 }));
    expect(await read(['12345\n123456\nok\n'])).toEqual([
      { line: '12345', lineNumber: 1 },
      { line: '', lineNumber: 2, tooLong: 6 },
      { line: 'ok', lineNumber: 3 },
    ]);
    expect(await read(['12', '345\r', '\n12', '34', '567', '89\r\nok'])).toEqual([
      { line: '12345', lineNumber: 1 },
      { line: '', lineNumber: 2, tooLong: 9 },
      { line: 'ok', lineNumber: 3 },
    ]);
    expect(await read(['ok\n1234567890'])).toEqual([
      { line: 'ok', lineNumber: 1 },
      { line: '', lineNumber: 2, tooLong: 10 },
    ]);
  });

  it('awaits beforeRead before pulling each chunk, so finished lines can be written before more input is read', async () => {
    const events: string[] = [];
    async function* source() {
      for (const chunk of ['a\nb', '\nc\n']) {
        events.push(`read ${JSON.stringify(chunk)}`);
        yield chunk;
      }
    }
    for await (const l of readLines(source(), { beforeRead: () => void events.push('flush') })) events.push(`line ${l.line}`);
    expect(events).toEqual(['flush', 'read "a\\nb"', 'line a', 'flush', 'read "\\nc\\n"', 'line b', 'line c', 'flush']);
  });

  it('splits on \\n and \\r\\n, with a final line without newline', async () => {
    expect(await lines('a\r\nb\n\nc')).toEqual([
      { line: 'a', lineNumber: 1 },
      { line: 'b', lineNumber: 2 },
      { line: '', lineNumber: 3 },
      { line: 'c', lineNumber: 4 },
    ]);
  });

  it('adds no empty line after a final newline, and none for empty input', async () => {
    expect(await lines('a\n')).toEqual([{ line: 'a', lineNumber: 1 }]);
    expect(await lines('a\r\n\r\n')).toEqual([
      { line: 'a', lineNumber: 1 },
      { line: '', lineNumber: 2 },
    ]);
    expect(await lines('')).toEqual([]);
    expect(await lines()).toEqual([]);
  });

  it('handles \\r\\n split across chunks and keeps a lone \\r', async () => {
    expect(await lines('a\r', '\nb', '\r', '\n', 'c\rd\n', 'e\r')).toEqual([
      { line: 'a', lineNumber: 1 },
      { line: 'b', lineNumber: 2 },
      { line: 'c\rd', lineNumber: 3 },
      { line: 'e\r', lineNumber: 4 },
    ]);
  });

  it('drops a byte-order mark at the start only, also when split over byte chunks', async () => {
    const bytes = Buffer.from('\uFEFFid;naam\n\uFEFFx\n', 'utf8');
    expect(await lines(bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2))).toEqual([
      { line: 'id;naam', lineNumber: 1 },
      { line: '\uFEFFx', lineNumber: 2 },
    ]);
    expect(await lines('\uFEFF')).toEqual([]);
  });

  it('decodes multi-byte UTF-8 characters split between chunks', async () => {
    const bytes = Buffer.from('één 😀\nß', 'utf8');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(await lines(...chunks)).toEqual([
      { line: 'één 😀', lineNumber: 1 },
      { line: 'ß', lineNumber: 2 },
    ]);
  });

  it('assembles a very long line from many chunks', async () => {
    const piece = 'x'.repeat(1000);
    const chunks = Array.from({ length: 2000 }, () => piece);
    const result = await lines('first\n', ...chunks, '\nlast');
    expect(result.map((l) => [l.lineNumber, l.line.length])).toEqual([
      [1, 5],
      [2, 2_000_000],
      [3, 4],
    ]);
  });
});

describe('readCsvRecords', () => {
  it('reads plain comma-separated records with their line numbers', async () => {
    expect(await csv('id,a,b\nr1,1,2\n\nr2,,\n')).toEqual([
      rec(1, 'id', 'a', 'b'),
      rec(2, 'r1', '1', '2'),
      rec(4, 'r2', '', ''),
    ]);
  });

  it('handles quoting: delimiters, doubled quotes, empty quoted fields', async () => {
    expect(await csv('a,b,c,d\n"x,y","say ""hi""","",plain\n""""," , ",z"q,\n')).toEqual([
      rec(1, 'a', 'b', 'c', 'd'),
      rec(2, 'x,y', 'say "hi"', '', 'plain'),
      rec(3, '"', ' , ', 'z"q', ''),
    ]);
  });

  it('strips \\r\\n line ends', async () => {
    expect(await csv('a;b\r\n1;"2"\r\n3;4\r\n')).toEqual([rec(1, 'a', 'b'), rec(2, '1', '2'), rec(3, '3', '4')]);
  });

  it('joins quoted fields over several lines, numbering records by their first line', async () => {
    const text = 'id,opmerking,score\r\n1,"regel een\r\nregel twee",5\r\n2,"a\n\n""b""\n",6\n\n3,x,7';
    expect(await csv(text)).toEqual([
      rec(1, 'id', 'opmerking', 'score'),
      rec(2, '1', 'regel een\nregel twee', '5'),
      rec(4, '2', 'a\n\n"b"\n', '6'),
      rec(9, '3', 'x', '7'),
    ]);
  });

  it('detects ";" from the header, and uses "," otherwise', async () => {
    expect(await csv('\nnaam;score;opmerking\nJan;7,5;"a;b"')).toEqual([
      rec(2, 'naam', 'score', 'opmerking'),
      rec(3, 'Jan', '7,5', 'a;b'),
    ]);
    expect(await csv('a,b\n1;2,3')).toEqual([rec(1, 'a', 'b'), rec(2, '1;2', '3')]);
    expect(detectDelimiter('a;b;c,d')).toBe(';');
    expect(detectDelimiter('a;b,c')).toBe(',');
    expect(detectDelimiter('"x;y;z",a,b')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('uses a given delimiter', async () => {
    expect(await csv('a\tb;c\n"1\t2"\t3', { delimiter: '\t' })).toEqual([rec(1, 'a', 'b;c'), rec(2, '1\t2', '3')]);
    expect(await csv('a;b,c', { delimiter: ',' })).toEqual([rec(1, 'a;b', 'c')]);
  });

  it('rejects a delimiter that is not one ordinary character', async () => {
    await expect(csv('a', { delimiter: ';;' })).rejects.toThrow(RangeError);
    await expect(csv('a', { delimiter: '"' })).rejects.toThrow(RangeError);
  });

  it('reports an unterminated quote at the end as an error record and reads the lines after it again', async () => {
    expect(await csv('id,tekst\n1,"open\n2,dicht\n3,ook')).toEqual([
      rec(1, 'id', 'tekst'),
      {
        kind: 'error',
        lineNumber: 2,
        error: {
          nl: 'aanhalingsteken op regel 2, kolom 3 wordt niet gesloten: einde van de invoer bereikt',
          en: 'quote opened on line 2, column 3 is not closed: reached the end of the input',
        },
      },
      rec(3, '2', 'dicht'),
      rec(4, '3', 'ook'),
    ]);
  });

  it('reports text after a closing quote and continues with the next line', async () => {
    expect(await csv('a;b\n"x"y;2\n3;4')).toEqual([
      rec(1, 'a', 'b'),
      {
        kind: 'error',
        lineNumber: 2,
        error: {
          nl: 'onverwachte tekst na het sluitende aanhalingsteken op regel 2, kolom 4: verwacht ";" of het einde van de regel',
          en: 'unexpected text after the closing quote on line 2, column 4: expected ";" or the end of the line',
        },
      },
      rec(3, '3', '4'),
    ]);
  });

  it('gives up on an open quote after maxRecordLines lines', async () => {
    expect(await csv('h\n"x\n1\n2\n3', { maxRecordLines: 3 })).toEqual([
      rec(1, 'h'),
      {
        kind: 'error',
        lineNumber: 2,
        error: {
          nl: 'aanhalingsteken op regel 2, kolom 1 is na 3 regels nog niet gesloten',
          en: 'quote opened on line 2, column 1 is still not closed after 3 lines',
        },
      },
      rec(3, '1'),
      rec(4, '2'),
      rec(5, '3'),
    ]);
  });

  it('recovers from a stray quote found again while re-reading lines', async () => {
    expect(await csv('h,i\n1,"a\n2,"b\n3,c')).toEqual([
      rec(1, 'h', 'i'),
      expect.objectContaining({ kind: 'error', lineNumber: 2 }),
      expect.objectContaining({ kind: 'error', lineNumber: 3 }),
      rec(4, '3', 'c'),
    ]);
  });

  it('works on line iterables that are not streams', async () => {
    async function* source() {
      yield { line: 'a,b', lineNumber: 10 };
      yield { line: '"1', lineNumber: 11 };
      yield { line: '",2', lineNumber: 12 };
    }
    expect(await collect(readCsvRecords(source()))).toEqual([rec(10, 'a', 'b'), rec(11, '1\n', '2')]);
  });
});

describe('csvHeaderCheck', () => {
  it('accepts a good header', () => {
    expect(csvHeaderCheck(['id', 'bc.stress', 'bc.plan'])).toEqual([]);
  });

  it('reports empty and duplicate names with their column numbers', () => {
    expect(csvHeaderCheck(['id', '', 'bc.stress', ' id ', 'bc.stress', '  ', 'id', 'ID'])).toEqual([
      { nl: 'kolom 2 heeft geen naam', en: 'column 2 has no name' },
      {
        nl: 'kolomnaam "id" staat zowel in kolom 1 als in kolom 4',
        en: 'column name "id" is used for both column 1 and column 4',
      },
      {
        nl: 'kolomnaam "bc.stress" staat zowel in kolom 3 als in kolom 5',
        en: 'column name "bc.stress" is used for both column 3 and column 5',
      },
      { nl: 'kolom 6 heeft geen naam', en: 'column 6 has no name' },
      {
        nl: 'kolomnaam "id" staat zowel in kolom 1 als in kolom 7',
        en: 'column name "id" is used for both column 1 and column 7',
      },
    ]);
  });
});
