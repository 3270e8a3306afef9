import type { CheckName } from '@/api/generated/zod';
import { checkNames } from './review-draft';

export type ShortcutAction =
  | { type: 'toggleCheck'; check: CheckName }
  | { type: 'approve' }
  | { type: 'reject' }
  | { type: 'skip' }
  | { type: 'cycleMode' }
  | { type: 'zoomIn' }
  | { type: 'zoomOut' }
  | { type: 'fit' }
  | { type: 'actualSize' }
  | { type: 'undo' }
  | { type: 'help' };

/** The keys, as shown to the reviewer in the help dialog and on the buttons. */
export const shortcutKeys = {
  checks: ['1', '2', '3', '4'],
  approve: 'A',
  reject: 'R',
  skip: 'S',
  cycleMode: 'M',
  zoomIn: '+',
  zoomOut: '-',
  fit: '0',
  /** Actual pixels, as photo tools use Z for 1:1 (1 is the first check here). */
  actualSize: 'Z',
  /** Handled by the photo stage itself (use-pan-zoom.ts) while it has focus. */
  pan: '← ↑ → ↓',
  undo: 'U',
  help: '?',
} as const;

interface KeyLike {
  key: string;
  /** Held keys repeat: a held 2 must not flip a check back and forth. */
  repeat?: boolean;
  /** Typing through an input method (pinyin) composes characters: never shortcuts. */
  isComposing?: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** True where a key press is the user typing: never steal those keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  // Lists and menus (a language picker, a select's options) use letters to move: leave them alone.
  if (element.closest('[role="listbox"], [role="menu"], [role="combobox"]')) return true;
  const editable = element.closest('input, textarea, select, [contenteditable="true"], [role="textbox"]');
  if (!editable) return false;
  // Checkboxes, radios and buttons take no text: shortcuts still work from them.
  const type = (editable as HTMLInputElement).type;
  return !(editable.tagName === 'INPUT' && ['checkbox', 'radio', 'button', 'submit', 'range'].includes(type));
}

const dialogSelector = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * True where a key press belongs to a dialog, or lands behind an open modal (focus on the page's body
 * after a click on its backdrop): the page's shortcuts must not act under it. This covers every
 * dialog, also those the page does not track (the ID-number reveal, re-review, the app's own).
 */
export function isInDialog(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.closest(dialogSelector)) return true;
  const doc = element.ownerDocument;
  return (
    (element === doc.body || element === doc.documentElement) &&
    doc.querySelector('[aria-modal="true"]') !== null
  );
}

/** Maps a key press to a workspace action, or null when it is not a shortcut here. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.isComposing) return null;
  if (isTypingTarget(event.target) || isInDialog(event.target)) return null;
  const index = ['1', '2', '3', '4'].indexOf(event.key);
  if (index >= 0) return { type: 'toggleCheck', check: checkNames[index] as CheckName };
  switch (event.key.toLowerCase()) {
    case 'a':
      return { type: 'approve' };
    case 'r':
      return { type: 'reject' };
    case 's':
      return { type: 'skip' };
    case 'u':
      return { type: 'undo' };
    case 'm':
      return { type: 'cycleMode' };
    case '+':
    case '=':
      return { type: 'zoomIn' };
    case '-':
    case '_':
      return { type: 'zoomOut' };
    case '0':
      return { type: 'fit' };
    case 'z':
      return { type: 'actualSize' };
    case '?':
      return { type: 'help' };
    default:
      return null;
  }
}
