/**
 * The shapes of the messages the background accepts, checked on arrival together with their sender
 * (src/overlay/senders.ts, src/background/overlay.ts): exactly these fields, bounded in size, or the message
 * is ignored.
 */
import * as z from 'zod/mini';
import { MAX_HREF, pageText } from '../overlay/message-schemas';

/** Content script → background. */
export const RulesRequestSchema = z.strictObject({ kind: z.literal('trede/rules'), href: z.string().check(z.maxLength(MAX_HREF)) });
export const BadgeRequestSchema = z.strictObject({ kind: z.literal('trede/badge'), reference: pageText.check(z.minLength(1)) });
export const OpenPanelSchema = z.strictObject({ kind: z.literal('trede/open-panel') });
/** Options page → background. */
export const AdaptersChangedSchema = z.strictObject({ kind: z.literal('trede/adapters-changed') });
