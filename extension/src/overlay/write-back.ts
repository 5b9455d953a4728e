/**
 * "Insert summary": puts text into the host page's notes field the way typing would, so the page's own
 * code (plain listeners, React/Vue-controlled inputs) notices. It never submits anything: saving stays the
 * caseworker's click in their own system.
 */
import { findWriteTarget, type Miss } from './detect';

export type WriteResult = { ok: true; field: string } | { ok: false; miss: Miss; detail: string };

/** Existing text stays; the summary follows after an empty line. */
function joined(existing: string, text: string): string {
  return existing.trim() ? `${existing.replace(/\s+$/u, '')}\n\n${text}` : text;
}

/**
 * Frameworks that control an input remember the last value they set on the element itself; setting
 * `value` through the prototype's setter, as the browser does for typing, makes them see a change.
 */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

export function writeBack(root: Document, selector: string, text: string): WriteResult {
  const target = findWriteTarget(root, selector);
  if (!target.ok) return target;
  const element = target.element as HTMLElement;
  element.focus({ preventScroll: false });
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    // A single-line input gets the summary on one line.
    const value = element instanceof HTMLInputElement ? text.replace(/\s*\n+\s*/gu, ' · ') : text;
    setNativeValue(element, joined(element.value, value));
  } else {
    // contenteditable: text nodes only, never HTML.
    const lines = joined(element.textContent ?? '', text).split('\n');
    element.replaceChildren(...lines.flatMap((line, i) => (i === 0 ? [line] : [element.ownerDocument.createElement('br'), line])));
  }
  const view = element.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  const EventCtor = view?.Event ?? Event;
  element.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text }));
  element.dispatchEvent(new EventCtor('change', { bubbles: true }));
  return { ok: true, field: element.tagName.toLowerCase() };
}
