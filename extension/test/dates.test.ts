import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, formatWhen } from '../src/ui/dates';

describe('dates (one formatter for every screen)', () => {
  it('long and short styles in both languages; a calendar date never moves to another day', () => {
    expect(formatDate('2026-11-02', 'nl')).toBe('2 november 2026');
    expect(formatDate('2026-11-02', 'en')).toBe('2 November 2026');
    expect(formatDate('2026-11-02', 'nl', 'short')).toBe('2 nov 2026');
    expect(formatDate('2026-01-01', 'nl', 'short')).toBe('1 jan 2026');
  });

  it('a timestamp: the day in long style, day and time in short style', () => {
    const iso = '2026-11-23T13:05:00.000Z';
    expect(formatDate(iso, 'nl')).toMatch(/^23 november 2026$/);
    expect(formatDate(iso, 'nl', 'short')).toContain('23 nov 2026');
    expect(formatDate(iso, 'nl', 'short')).toContain(formatTime(iso, 'nl'));
    expect(formatWhen(iso, 'en')).toBe(`23 November 2026, ${formatTime(iso, 'en')}`);
  });

  it('nothing shows as a dash, something unreadable as it was given', () => {
    expect(formatDate(null, 'nl')).toBe('—');
    expect(formatDate('binnenkort', 'nl')).toBe('binnenkort');
    expect(formatTime('later', 'en')).toBe('later');
  });
});
