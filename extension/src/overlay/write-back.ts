/**
 * "Insert summary": puts text into the host page's notes field the way typing would, so the page's own
 * code (plain listeners, React/Vue-controlled inputs, rich-text editors) notices. It never submits anything:
 * saving stays the caseworker's click in their own system.
 *
 * The field may sit in a same-origin frame (a selector step `iframe >>> textarea`, src/overlay/steps.ts):
 * everything here uses the field's own window (its prototypes and event classes), never this script's.
 */
import { findWriteTarget, type Miss } from './detect';

export type WriteResult = { ok: true; field: string } | { ok: false; miss: Miss; detail: string };

/** Existing text stays; the summary follows after an empty line. */
function joined(existing: string, text: string): string {
  return existing.trim() ? `${existing.replace(/\s+$/u, '')}\n\n${text}` : text;
}

/**
 * Frameworks that control an input remember the last value they set on the element itself; setting
 * `value` through the prototype's setter, as the browser does for typing, makes them see a change. The
 * prototype is the element's own (a frame has its own HTMLTextAreaElement).
 */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  let proto: object | null = Object.getPrototypeOf(element);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'value')) proto = Object.getPrototypeOf(proto);
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(element, value);
  else element.value = value;
}

/** Block elements an editor uses for its paragraphs; a new paragraph takes the kind the editor already uses. */
const PARAGRAPH_TAGS = ['p', 'div'];

/**
 * Appends the summary to a rich-text editor as paragraphs of its own: what is there keeps its nodes (bold,
 * lists, paragraphs, the editor's own attributes). Paragraphs are separated by empty lines in the summary;
 * a single line break inside one becomes <br>. Text nodes only, never HTML.
 */
function appendParagraphs(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const last = editor.lastElementChild?.localName;
  const tag = last && PARAGRAPH_TAGS.includes(last) ? last : 'p';
  // Text typed straight into the editor (no paragraph of its own) is closed off with a line break first.
  const trailing = editor.lastChild;
  if (trailing && trailing.nodeType === trailing.TEXT_NODE && trailing.textContent?.trim()) editor.append(doc.createElement('br'));
  for (const block of text.split(/\n\s*\n/u)) {
    const paragraph = doc.createElement(tag);
    block.split('\n').forEach((line, i) => {
      if (i > 0) paragraph.append(doc.createElement('br'));
      paragraph.append(doc.createTextNode(line));
    });
    editor.append(paragraph);
  }
}

export function writeBack(root: Document, selector: string, text: string): WriteResult {
  const target = findWriteTarget(root, selector);
  if (!target.ok) return target;
  const element = target.element as HTMLElement;
  element.focus({ preventScroll: false });
  const isField = element.localName === 'textarea' || element.localName === 'input';
  if (isField) {
    const field = element as HTMLInputElement | HTMLTextAreaElement;
    // A single-line input gets the summary on one line.
    const value = element.localName === 'input' ? text.replace(/\s*\n+\s*/gu, ' · ') : text;
    setNativeValue(field, joined(field.value, value));
  } else appendParagraphs(element, text);
  const view = element.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  const EventCtor = view?.Event ?? Event;
  element.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: isField ? 'insertText' : 'insertParagraph', data: isField ? text : null }));
  element.dispatchEvent(new EventCtor('change', { bubbles: true }));
  return { ok: true, field: element.localName };
}
