/**
 * The caseworker's initials as typed ("j.d.v.", "J D V") made into what the settings keep ("JDV"): dots and
 * spaces go, letters become capitals. Whether the result is valid (2–5 letters) is InitialsSchema's to say.
 */
export function normaliseInitials(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s.]/gu, '').toLocaleUpperCase('nl-NL');
}
