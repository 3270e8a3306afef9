import {
  formatPhotoCheckMessage,
  photoCheckMessagesEn,
  photoCheckMessagesZhCN,
  type PhotoCheckMessageKey,
} from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pre-check messages', () => {
  it('has the same placeholders in Chinese and English for every key', () => {
    for (const key of Object.keys(photoCheckMessagesEn) as PhotoCheckMessageKey[]) {
      expect(placeholders(photoCheckMessagesZhCN[key]), key).toEqual(placeholders(photoCheckMessagesEn[key]));
    }
  });

  it('fills numbers for the locale', () => {
    const message = { key: 'precheck.background.okWhite', params: { share: 97 } } as const;
    expect(formatPhotoCheckMessage(message, 'en')).toBe('Background 97 % near-white, plain and even');
    expect(formatPhotoCheckMessage(message, 'zh-CN')).toBe('背景 97% 接近白色，纯净均匀');
    expect(
      formatPhotoCheckMessage({ key: 'precheck.sharpness.blurred', params: { blur: 3.1, limit: 1.9 } }, 'en'),
    ).toBe('Edges spread about 3.1 px, above 1.9 px: likely out of focus');
  });
});
