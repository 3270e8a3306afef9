import { en } from './en';
import { initialLocale, translate } from './i18n';
import { zhCN } from './zh-cn';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has the same placeholders in Chinese and English for every key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });
  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('en', 'queue.total', { count: 12345 })).toBe('12,345 requests');
    expect(translate('zh-CN', 'claim.conflict', { holder: '张敏' })).toBe('张敏 正在审核此申请。');
  });
  it('starts in Chinese, follows ?lang= and remembers it', () => {
    localStorage.clear();
    expect(initialLocale('')).toBe('zh-CN');
    expect(initialLocale('?lang=en')).toBe('en');
    expect(initialLocale('')).toBe('en');
    expect(initialLocale('?lang=fr')).toBe('en');
    localStorage.clear();
  });
});
