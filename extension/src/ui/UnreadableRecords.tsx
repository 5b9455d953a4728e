import { errorText } from '../errors';
import { useLanguage } from '../i18n/context';

/**
 * Records a list could not read (the store lists them next to the good ones): how many, and for each the
 * message naming store, key and field. Nothing is dropped silently.
 */
export function UnreadableRecords(props: { errors: readonly unknown[]; heading: string; testId: string }) {
  const { lang } = useLanguage();
  if (!props.errors.length) return null;
  return (
    <div class="notice notice-warn" role="alert" data-testid={props.testId}>
      <p>{props.heading}</p>
      <ul>
        {props.errors.map((e, i) => (
          <li key={i}>{errorText(e, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
