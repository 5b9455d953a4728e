import { useLanguage } from '../i18n/context';
import { LANGS } from '../i18n/t';

/** NL / EN; the choice is the stored setting the side panel uses too. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useLanguage();
  return (
    <fieldset class="lang-switch">
      <legend class="sr-only">{t('language.label')}</legend>
      {LANGS.map((code) => (
        <button
          type="button"
          key={code}
          lang={code}
          aria-pressed={lang === code}
          title={t(`language.${code}`)}
          data-testid={`lang-${code}`}
          onClick={() => setLang(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
