/**
 * Free text the caseworker types into Trede — a client's nickname, the reason for an own judgement — as it
 * may be stored: trimmed, within its length, and without an identifier (src/identifiers.ts). The store checks
 * every such text on its way in with these schemas; the screens check with the same ones while the caseworker
 * types, so the message comes before the save and the text stays in the field.
 *
 * Text stored before these rules stays readable: the read schemas (src/store/schema.ts) are unchanged, so an
 * older nickname or reason never makes a client's records unreadable.
 */
import * as z from 'zod/mini';
import { TredeError } from '../errors';
import { findIdentifiers, type IdentifierKind } from '../identifiers';
import { freeTextMessages } from '../i18n/areas/free-text';
import { addMessages, t, type Lang } from '../i18n/t';
import { TEXT_LIMITS } from './schema';

export { TEXT_LIMITS };
export type FreeTextField = keyof typeof TEXT_LIMITS;

// Loaded when a text is about to be saved (the store and the nickname form import this module on demand).
addMessages(freeTextMessages);

const IDENTIFIER_ISSUE = 'identifier';

/** zod: `field`'s text as it may be stored. A text over its length is not searched for identifiers. */
export function freeTextSchema(field: FreeTextField) {
  const { min, max } = TEXT_LIMITS[field];
  return z.string().check(
    z.trim(),
    z.minLength(min),
    z.maxLength(max),
    z.check<string>((ctx) => {
      if (ctx.value.length > max) return;
      const kinds = findIdentifiers(ctx.value);
      if (kinds.length) ctx.issues.push({ code: 'custom', message: IDENTIFIER_ISSUE, input: ctx.value, params: { kinds } });
    }),
  );
}

const SCHEMAS: Record<FreeTextField, ReturnType<typeof freeTextSchema>> = {
  nickname: freeTextSchema('nickname'),
  reason: freeTextSchema('reason'),
};

/** "een BSN en een e-mailadres": the kinds in the caseworker's language. */
function foundText(kinds: readonly IdentifierKind[], lang: Lang): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(kinds.map((kind) => t(`identifier.${kind}`, lang)));
}

/** What is wrong with `text` for `field`, as a message that names it; null when it may be stored. */
export function freeTextProblem(field: FreeTextField, text: string): TredeError | null {
  const parsed = SCHEMAS[field].safeParse(text);
  if (parsed.success) return null;
  const { min, max } = TEXT_LIMITS[field];
  const name = (lang: Lang) => t(`text.field.${field}`, lang);
  const length = text.trim().length;
  const issues = parsed.error.issues;
  if (issues.some((issue) => issue.code === 'too_big')) return new TredeError('error.text.tooLong', (lang) => ({ field: name(lang), length, max }));
  const identifiers = issues.find((issue) => issue.code === 'custom' && issue.message === IDENTIFIER_ISSUE);
  if (identifiers && identifiers.code === 'custom') {
    const kinds = (identifiers.params?.kinds ?? []) as IdentifierKind[];
    return new TredeError('error.text.identifier', (lang) => ({ field: name(lang), found: foundText(kinds, lang) }));
  }
  return new TredeError('error.text.tooShort', (lang) => ({ field: name(lang), min }));
}

/** The text as it is stored (trimmed); throws the message of freeTextProblem when it may not be. */
export function checkFreeText(field: FreeTextField, text: string): string {
  const problem = freeTextProblem(field, text);
  if (problem) throw problem;
  return text.trim();
}
