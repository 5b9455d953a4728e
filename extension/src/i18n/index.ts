export { messages, type MessageKey } from './messages';
export { t, both, isLang, LANGS, DEFAULT_LANG, type Lang, type MessageParams } from './t';
export { LanguageProvider, useLanguage, type LanguageSetting, type LanguageContextValue } from './context';
