// The fictional clients of Werkplein Demo agree with the personas of @trede/core and keep the
// client-number rules the BSN tests rely on. (No browser needed.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './browser.js';

interface Client {
  clientNumber: string;
  personaId: string | null;
  bsnTestCase?: boolean;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  children: number;
  youngestChildAge: number | null;
  lastJobEnded: string | null;
  benefitSince: string;
  lastContact: string;
  notes: { date: string; author: string; text: string }[];
}
interface Persona {
  id: string;
  name: string;
  intake: { date: string; answers: Record<string, unknown> };
}

const clients = (JSON.parse(readFileSync(join(REPO_ROOT, 'extension/demo/clients.json'), 'utf8')) as { clients: Client[] }).clients;
const personas = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/core/examples/personas.json'), 'utf8')) as Persona[];

/** The BSN "elfproef": 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11. */
function passesElevenTest(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]);
  return (sum - Number(s[8])) % 11 === 0;
}

function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('Werkplein Demo clients.json', () => {
  it('has one client per persona, with the persona first name', () => {
    for (const p of personas) {
      const c = clients.find((x) => x.personaId === p.id);
      expect(c, p.id).toBeDefined();
      expect(c!.firstName).toBe(p.name);
    }
    expect(clients.length).toBeGreaterThanOrEqual(8);
  });

  it('has unique 9-digit client numbers that fail the eleven test, except the one BSN test case', () => {
    expect(new Set(clients.map((c) => c.clientNumber)).size).toBe(clients.length);
    const bsnLike = clients.filter((c) => passesElevenTest(c.clientNumber));
    expect(bsnLike.map((c) => c.clientNumber)).toEqual(clients.filter((c) => c.bsnTestCase).map((c) => c.clientNumber));
    expect(bsnLike).toHaveLength(1);
    for (const c of clients) expect(c.clientNumber).toMatch(/^\d{9}$/);
  });

  it('matches each persona: age at the intake date, children, years since the last job', () => {
    for (const p of personas) {
      const c = clients.find((x) => x.personaId === p.id)!;
      const a = p.intake.answers;
      expect(ageOn(c.dateOfBirth, p.intake.date), p.id).toBe(a['bg.age']);
      expect(c.children > 0, p.id).toBe(a['bg.children']);
      if (a['bg.youngestChildAge'] !== undefined) expect(c.youngestChildAge, p.id).toBe(a['bg.youngestChildAge']);
      if (a['bg.yearsSinceLastJob'] === undefined) expect(c.lastJobEnded, p.id).toBeNull();
      else expect(ageOn(c.lastJobEnded!, p.intake.date), p.id).toBe(a['bg.yearsSinceLastJob']);
    }
  });

  it('uses ISO dates and has no markup in any text', () => {
    for (const c of clients) {
      for (const d of [c.dateOfBirth, c.benefitSince, c.lastContact, ...c.notes.map((n) => n.date)]) expect(d).toMatch(isoDate);
      if (c.lastJobEnded !== null) expect(c.lastJobEnded).toMatch(isoDate);
      for (const t of [c.firstName, c.lastName, ...c.notes.flatMap((n) => [n.author, n.text])]) expect(t).not.toMatch(/[<>]/);
    }
  });
});
