import { maskCardNumber, maskIdNumber } from './mask';

describe('masking identifiers', () => {
  it('keeps the first six and last four characters of an ID number', () => {
    expect(maskIdNumber('31011519850203123X')).toBe('310115********123X');
  });
  it('trims spaces before masking', () => {
    expect(maskIdNumber(' 310115198502031234 ')).toBe('310115********1234');
  });
  it('hides a value too short to mask partly', () => {
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskCardNumber('M1234')).toBe('*****');
  });
  it('keeps the first two and last three characters of a card number', () => {
    expect(maskCardNumber('M12345678')).toBe('M1****678');
  });
});
