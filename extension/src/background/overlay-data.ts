/**
 * What the overlay's background reads from Trede's IndexedDB: the adapters, and per client reference the
 * badge (ladder position and highest dropout chance of the latest screening, or "no screening yet").
 * The reference is pseudonymised at once and never kept. The words are core's (headline), so the badge
 * says what the panel and the case-file summary say.
 */
import { applyOverrides, headline } from '@trede/core';
import type { Adapter } from '../adapters/schema';
import { trainingBadgeMessages } from '../i18n/areas/training-badge';
import { addMessages, t, type Lang } from '../i18n/t';
import type { BadgeContent } from '../overlay/badge';
import { intakeDate } from '../store/intake-date';
import { LockedError, onLockChange } from '../store/lock';
import { openStore, type TredeStore } from '../store/repo';
import { openStoreFor } from '../training/mode';
import { readTrainingMode } from '../training/mode-switch';
import type { IntakeRecord } from '../store/schema';
import type { OverlayData } from './overlay';

addMessages(trainingBadgeMessages);

/** A statement from core as a sentence of the accessible name. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The badge for a screened client. Visible: the position and the highest dropout band with its chance.
 * The accessible name and tooltip say it in full: the dropout statement with the study group's chance, the
 * chance of work as a sentence of its own, and the screening date. The tone follows the dropout band only:
 * a low chance of work is a concern too, but in the other direction, and one colour cannot say both.
 */
export function screenedBadge(intake: IntakeRecord, lang: Lang): BadgeContent {
  const h = headline(applyOverrides(intake.result, intake.overrides), lang);
  const title = [
    t('badge.title.screening', lang, { date: intakeDate(intake), position: h.position }),
    sentence(h.dropoutFull ?? t('badge.title.noDropout', lang)),
    ...(h.work ? [sentence(h.work)] : []),
    t('badge.title.open', lang),
  ];
  return {
    tone: h.dropoutBand ?? 'screened',
    text: `${h.position} · ${h.dropout ?? t('badge.noDropout', lang)}`,
    title: title.join(' '),
  };
}

export async function badgeContent(store: TredeStore, reference: string, training = false): Promise<BadgeContent> {
  const { language: lang } = await store.getSettings();
  const latest = await store.latestIntake(await store.clientKeyFor(reference));
  const badge = latest ? screenedBadge(latest, lang) : { tone: 'none' as const, text: t('badge.none', lang), title: t('badge.noneTitle', lang) };
  // Training mode says so on the badge too, so nobody takes a fictional client's badge for real work.
  return training ? { ...badge, text: `${t('training.badge', lang)} · ${badge.text}`, title: `${t('training.badgeTitle', lang)} ${badge.title}` } : badge;
}

/** While Trede is locked the badge says only that: nothing about the client can be read. */
export function lockedBadge(lang: Lang): BadgeContent {
  return { tone: 'none', text: t('badge.locked', lang), title: t('badge.lockedTitle', lang) };
}

/**
 * The store, opened on first use and opened again when it was closed (the side panel upgrading the
 * database closes other connections), when training mode was switched (src/training/mode.ts): the
 * badge and the adapters then come from the other database, or when Trede was locked or unlocked (the data
 * key is dropped at once).
 */
export function storeOverlayData(
  open: (training: boolean) => Promise<TredeStore> = openStoreFor,
  trainingMode: () => Promise<boolean> = () => readTrainingMode().catch(() => false),
  /** The real store without the vault: what is not sealed (settings, adapters) stays readable while locked. */
  openPlain: () => Promise<TredeStore> = () => openStore(),
  watchLock: typeof onLockChange = onLockChange,
): OverlayData {
  let store: Promise<TredeStore> | null = null;
  let storeIsTraining = false;
  watchLock(() => {
    const held = store;
    store = null;
    void held?.then((s) => s.close(), () => {});
  });
  const withStore = async <T>(work: (s: TredeStore, training: boolean) => Promise<T>): Promise<T> => {
    const training = await trainingMode();
    if (store && storeIsTraining !== training) {
      const stale = store;
      store = null;
      void stale.then((s) => s.close(), () => {});
    }
    storeIsTraining = training;
    store ??= open(training);
    try {
      return await work(await store, training);
    } catch {
      // One retry on a fresh connection (the old one may have been closed for an upgrade); a second failure is real.
      const stale = store;
      store = open(training);
      void stale.then((s) => s.close(), () => {});
      return work(await store, training);
    }
  };
  const language = (): Promise<Lang> => withStore((s) => s.getSettings()).then((s) => s.language, () => 'nl' as Lang);
  // Settings and adapters are not sealed (src/store/schema.ts, SEALED_FIELDS): readable while locked.
  const unsealed = async <T>(work: (s: TredeStore) => Promise<T>): Promise<T> => {
    const plain = await openPlain();
    try {
      return await work(plain);
    } finally {
      plain.close();
    }
  };
  const adapterList = async (s: TredeStore): Promise<Adapter[]> => (await s.listAdapters()).items.map((r) => r.adapter);
  return {
    adapters: () =>
      withStore(adapterList).catch((e: unknown) => {
        if (!(e instanceof LockedError)) throw e;
        return unsealed(adapterList);
      }),
    badge: (reference) =>
      withStore((s, training) => badgeContent(s, reference, training)).catch(async (e: unknown) => {
        if (!(e instanceof LockedError)) throw e;
        return lockedBadge(await unsealed((s) => s.getSettings()).then((s) => s.language, () => 'nl' as Lang));
      }),
    unavailable: async () => {
      const lang = await language();
      return { tone: 'none', text: t('badge.unavailable', lang), title: t('badge.unavailableTitle', lang) };
    },
  };
}
