import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_LANG, t as translate, type Lang, type MessageKey, type MessageParams } from './t';

/** Where the language setting lives; the side panel passes the store (settings.language). */
export interface LanguageSetting {
  load(): Promise<Lang>;
  save(lang: Lang): Promise<void>;
}

export interface LanguageContextValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** Set when the stored setting could not be read or written (the UI keeps working in Dutch). */
  error: unknown;
}

const LanguageContext = createContext<LanguageContextValue>({
  lang: DEFAULT_LANG,
  setLang: () => {},
  t: (key, params) => translate(key, DEFAULT_LANG, params),
  error: null,
});

export function LanguageProvider(props: { setting?: LanguageSetting; initial?: Lang; children: ComponentChildren }) {
  const { setting } = props;
  const [lang, setLangState] = useState<Lang>(props.initial ?? DEFAULT_LANG);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!setting) return;
    let live = true;
    setting.load().then(
      (stored) => live && setLangState(stored),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [setting]);

  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      setting?.save(next).catch((e: unknown) => setError(e));
    },
    [setting],
  );

  const value = useMemo<LanguageContextValue>(
    () => ({ lang, setLang, t: (key, params) => translate(key, lang, params), error }),
    [lang, setLang, error],
  );
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

/** The current language, a setter that persists it, and t() bound to it. */
export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}
