/**
 * Adapters for the Werkplein Demo (extension/demo), shipped so a trainer can show the overlay without
 * writing one. Both variants run on one origin; `paths` tells them apart. The demo server listens on
 * 127.0.0.1:5178 by default — on another port, change the origin after adding the preset.
 */
import { ADAPTER_FORMAT, type Adapter } from './schema';

export const DEMO_ORIGIN = 'http://127.0.0.1:5178';

/** The classic multi-page variant: a table with ids; dates in <time datetime>. */
const multiPage: Adapter = {
  format: ADAPTER_FORMAT,
  id: 'werkplein-demo',
  name: 'Werkplein Demo',
  origin: DEMO_ORIGIN,
  paths: '^/(?!spa(/|$))',
  clientPages: '^/(klant|vijandig)\\.html',
  reference: { element: { selector: '#klantnummer', pattern: '(\\d{6,12})' } },
  prefill: [
    { item: 'bg.age', convert: 'age-from-date', selector: '#geboortedatum time', attribute: 'datetime' },
    { item: 'bg.children', convert: 'count-to-yes-no', selector: '#aantal-kinderen' },
    { item: 'bg.youngestChildAge', convert: 'number', selector: '#aantal-kinderen', pattern: 'jongste (\\d+)' },
    { item: 'bg.yearsSinceLastJob', convert: 'years-since-date', selector: '#laatste-baan time', attribute: 'datetime' },
    { item: 'bg.benefitMonths', convert: 'months-since-date', selector: '#uitkering-sinds time', attribute: 'datetime' },
  ],
  writeBack: { selector: 'textarea#notities' },
};

/** The single-page variant: the URL changes first, the dossier follows; fields carry data-veld. */
const singlePage: Adapter = {
  format: ADAPTER_FORMAT,
  id: 'werkplein-demo-app',
  name: 'Werkplein Demo (app)',
  origin: DEMO_ORIGIN,
  paths: '^/spa(/|$)',
  clientPages: '^/spa/klant/',
  reference: {
    url: { pattern: '^/spa/klant/([^/?#]+)' },
    element: { selector: '#view[data-status="klaar"] [data-veld="klantnummer"]' },
  },
  prefill: [
    { item: 'bg.age', convert: 'age-from-date', selector: '[data-veld="geboortedatum"] time', attribute: 'datetime' },
    { item: 'bg.children', convert: 'count-to-yes-no', selector: '[data-veld="kinderen"]' },
    { item: 'bg.youngestChildAge', convert: 'number', selector: '[data-veld="kinderen"]', pattern: 'jongste (\\d+)' },
    { item: 'bg.yearsSinceLastJob', convert: 'years-since-date', selector: '[data-veld="laatste-werk"] time', attribute: 'datetime' },
    { item: 'bg.benefitMonths', convert: 'months-since-date', selector: '[data-veld="uitkering-sinds"] time', attribute: 'datetime' },
  ],
  writeBack: { selector: 'textarea[data-veld="aantekening"]' },
};

export const PRESETS: readonly Adapter[] = [multiPage, singlePage];

/** A preset moved to another origin (the demo on another port, a test server). */
export function presetAt(id: string, origin: string): Adapter {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return { ...structuredClone(preset), origin };
}
