/**
 * What the overlay's background reads from Trede's IndexedDB: the adapters, and per client reference the
 * badge text (ladder position and highest risk band of the latest screening, or "no screening yet").
 * The reference is pseudonymised at once and never kept.
 */
import type { Adapter } from '../adapters/schema';
import { t, type Lang, type MessageKey } from '../i18n/t';
import type { BadgeContent } from '../overlay/badge';
import { openStore, withOverrides, type TredeStore } from '../store/repo';
import { highestBand, intakeDate } from '../ui/results/format';
import type { OverlayData } from './overlay';

export async function badgeContent(store: TredeStore, reference: string): Promise<BadgeContent> {
  const { language: lang } = await store.getSettings();
  const latest = await store.latestIntake(await store.clientKeyFor(reference));
  if (!latest) return { tone: 'none', text: t('badge.none', lang), title: t('badge.noneTitle', lang) };
  const result = withOverrides(latest);
  const top = highestBand(result.risks?.moments ?? []);
  const position = result.ladder.position;
  const band = t(top ? (`badge.band.${top.band}` as MessageKey) : 'badge.band.none', lang);
  return {
    tone: top?.band ?? 'screened',
    text: `${position === null ? t('badge.noPosition', lang) : t('badge.position', lang, { position })} · ${band}`,
    title: t('badge.title', lang, { position: position ?? '?', band, date: intakeDate(latest) }),
  };
}

/**
 * The store, opened on first use and opened again when it was closed (the side panel upgrading the
 * database closes other connections).
 */
export function storeOverlayData(open: () => Promise<TredeStore> = () => openStore()): OverlayData {
  let store: Promise<TredeStore> | null = null;
  const withStore = async <T>(work: (s: TredeStore) => Promise<T>): Promise<T> => {
    store ??= open();
    try {
      return await work(await store);
    } catch {
      // One retry on a fresh connection (the old one may have been closed for an upgrade); a second failure is real.
      const stale = store;
      store = open();
      void stale.then((s) => s.close(), () => {});
      return work(await store);
    }
  };
  const language = (): Promise<Lang> => withStore((s) => s.getSettings()).then((s) => s.language, () => 'nl' as Lang);
  return {
    adapters: () => withStore(async (s) => (await s.listAdapters()).items.map((r): Adapter => r.adapter)),
    badge: (reference) => withStore((s) => badgeContent(s, reference)),
    unavailable: async () => {
      const lang = await language();
      return { tone: 'none', text: t('badge.unavailable', lang), title: t('badge.unavailableTitle', lang) };
    },
  };
}
