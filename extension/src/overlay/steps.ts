/**
 * Selectors that step into open shadow roots and same-origin frames (adapter format `trede.adapter/2`).
 *
 * A selector is one or more CSS selectors joined by `>>>`: each step is looked up inside what the step
 * before it found — the element's open shadow root when it has one, else the document of a frame (iframe
 * or frame) whose page is on the same origin. `werkplein-kop >>> .klantnummer` is the number inside a web
 * component's shadow root; `iframe#rapport >>> textarea` the notes field inside a report frame. A closed
 * shadow root or a frame of another origin cannot be entered: the step finds nothing. `>>>` is not valid
 * CSS, so a selector without it means what it always meant; inside quotes or brackets it is left alone.
 */

export const STEP = '>>>';

/** The steps of a selector, trimmed; `>>>` inside quotes, brackets or parentheses does not split. */
export function selectorSteps(selector: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && selector.startsWith(STEP, i)) {
      steps.push(selector.slice(start, i).trim());
      start = i + STEP.length;
      i = start - 1;
    }
  }
  steps.push(selector.slice(start).trim());
  return steps;
}

/** Where the next step looks inside `element`: its open shadow root or a same-origin frame's document. */
export function insideOf(element: Element): ParentNode | null {
  if (element.shadowRoot) return element.shadowRoot;
  const tag = element.tagName.toLowerCase();
  if (tag !== 'iframe' && tag !== 'frame') return null;
  try {
    // Null for a frame of another origin (and throws in some browsers): nothing to enter.
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * The first element a stepped selector finds, null when a step finds nothing (or cannot be entered), or
 * 'invalid' when a step is not a valid CSS selector (an empty step included).
 */
export function queryStepped(root: ParentNode, selector: string): Element | null | 'invalid' {
  const steps = selectorSteps(selector);
  let scope: ParentNode | null = root;
  let found: Element | null = null;
  for (const [i, step] of steps.entries()) {
    if (!step) return 'invalid';
    if (!scope) return null;
    try {
      found = scope.querySelector(step);
    } catch {
      return 'invalid';
    }
    if (!found) {
      // Later steps must still be valid CSS, so a typo is reported as such even while the page is loading.
      return steps.slice(i + 1).every(isCssSelector) ? null : 'invalid';
    }
    scope = i < steps.length - 1 ? insideOf(found) : null;
  }
  return found;
}

function isCssSelector(step: string): boolean {
  if (!step) return false;
  try {
    // A fragment is a document-independent place to compile a selector without matching anything.
    (globalThis.document?.createDocumentFragment() ?? null)?.querySelector(step);
    return true;
  } catch {
    return false;
  }
}

/** Whether every step of a selector is valid CSS (the options page and import check adapters with it). */
export function isSteppedSelector(selector: string): boolean {
  return selectorSteps(selector).every(isCssSelector);
}

/**
 * The shadow roots and frame documents a stepped selector enters on the way to its element (as far as it
 * gets): the content script watches them too, since changes inside them do not reach an observer of the
 * page's own document.
 */
export function enteredRoots(root: ParentNode, selector: string): ParentNode[] {
  const steps = selectorSteps(selector);
  const entered: ParentNode[] = [];
  let scope: ParentNode | null = root;
  for (const step of steps.slice(0, -1)) {
    let found: Element | null;
    try {
      found = scope.querySelector(step);
    } catch {
      return entered;
    }
    scope = found ? insideOf(found) : null;
    if (!scope) return entered;
    entered.push(scope);
  }
  return entered;
}
