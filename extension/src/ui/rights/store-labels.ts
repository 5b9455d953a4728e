/** How the rights screens name a client store and list counts ("Intakes: 3; Outcomes: 1"). */
import type { ClientCounts } from '../../store/client-rights';
import { t, type Lang, type MessageKey } from '../../i18n/t';
import '../../i18n/rights-texts';

export function storeLabel(store: string, lang: Lang): string {
  const key = `rights.store.${store}` as MessageKey;
  const text = t(key, lang);
  return text === key ? t('rights.store.other', lang, { store }) : text;
}

/** The stores with something in them, in table order. */
export function heldRows(counts: ClientCounts): [string, number][] {
  return Object.entries(counts).filter(([, count]) => count > 0);
}

export function countList(counts: ClientCounts, lang: Lang): string {
  const rows = heldRows(counts);
  return rows.length ? rows.map(([store, count]) => t('rights.countLine', lang, { what: storeLabel(store, lang), count })).join('; ') : t('record.nothing', lang);
}
