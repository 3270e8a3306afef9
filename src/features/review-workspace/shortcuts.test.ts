import { isInDialog, isTypingTarget, shortcutFor } from './shortcuts';

const press = (key: string, target: EventTarget | null = document.body, modifiers = {}) =>
  shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, target, ...modifiers });

describe('workspace shortcuts', () => {
  it('maps the documented keys', () => {
    expect(press('1')).toEqual({ type: 'toggleCheck', check: 'background' });
    expect(press('4')).toEqual({ type: 'toggleCheck', check: 'noOrnaments' });
    expect(press('a')).toEqual({ type: 'approve' });
    expect(press('A')).toEqual({ type: 'approve' });
    expect(press('r')).toEqual({ type: 'reject' });
    expect(press('s')).toEqual({ type: 'skip' });
    expect(press('m')).toEqual({ type: 'cycleMode' });
    expect(press('+')).toEqual({ type: 'zoomIn' });
    expect(press('=')).toEqual({ type: 'zoomIn' });
    expect(press('-')).toEqual({ type: 'zoomOut' });
    expect(press('0')).toEqual({ type: 'fit' });
    expect(press('z')).toEqual({ type: 'actualSize' });
    expect(press('Z')).toEqual({ type: 'actualSize' });
    expect(press('?')).toEqual({ type: 'help' });
    expect(press('x')).toBeNull();
  });

  it('never fires while the reviewer types in a field', () => {
    const textarea = document.createElement('textarea');
    const input = document.createElement('input');
    document.body.append(textarea, input);
    expect(press('a', textarea)).toBeNull();
    expect(press('1', input)).toBeNull();
    textarea.remove();
    input.remove();
  });

  it('still fires from a focused checkbox or button', () => {
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    const button = document.createElement('button');
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(press('a', button)).toEqual({ type: 'approve' });
  });

  it('ignores held keys and input-method composition', () => {
    expect(press('2', document.body, { repeat: true })).toBeNull();
    expect(press('a', document.body, { isComposing: true })).toBeNull();
    expect(press('u')).toEqual({ type: 'undo' });
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(press('r', document.body, { ctrlKey: true })).toBeNull();
    expect(press('a', document.body, { metaKey: true })).toBeNull();
  });

  it('never fires from inside a dialog, nor behind an open modal', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    // A button in a dialog the page does not track (the ID-number reveal): A must not approve under it.
    expect(press('a', button)).toBeNull();
    expect(press('r', button)).toBeNull();
    // Focus fallen back on the page while the dialog is modal is still behind it.
    expect(press('a', document.body)).toEqual({ type: 'approve' });
    dialog.setAttribute('aria-modal', 'true');
    expect(isInDialog(document.body)).toBe(true);
    expect(press('a', document.body)).toBeNull();
    dialog.remove();
    expect(press('a', document.body)).toEqual({ type: 'approve' });
  });
});
