import '@testing-library/jest-dom/vitest';
import { loadLocale } from '@/i18n/i18n';

// The app fetches a non-default catalog before it renders in that language; tests render English
// at once, so it is loaded up front.
await loadLocale('en');
