/**
 * Masking of personal identifiers. The API already sends masked values; these functions define the
 * format (shared with the mock, which masks before sending) and guard anything shown from elsewhere.
 */

/** Resident ID number: first 6 (region) and last 4 characters visible, the birth date hidden. */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** Social security card number: first 2 and last 3 characters visible. */
export function maskCardNumber(cardNumber: string): string {
  const value = cardNumber.trim();
  if (value.length <= 5) return '*'.repeat(value.length);
  return value.slice(0, 2) + '*'.repeat(value.length - 5) + value.slice(-3);
}
