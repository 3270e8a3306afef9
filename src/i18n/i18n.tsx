import {
  createContext,
  Fragment,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { MessageKey, Messages } from './en';
import { zhCN } from './zh-cn';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';
/** Each language's name in that language, as language pickers show them. */
export const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };
export const TIME_ZONE = 'Asia/Shanghai';
const STORAGE_KEY = 'photo-review.locale';

/**
 * The default language's messages ship with the app; any other catalog is fetched once, the first
 * time it is needed (start-up in that language, or switching to it), so nobody downloads both.
 */
const catalogs: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCN };
const loaders: Record<Exclude<Locale, 'zh-CN'>, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
};

/** Makes `locale`'s messages available; resolves at once when they already are. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (catalogs[locale]) return;
  catalogs[locale] = await loaders[locale as keyof typeof loaders]();
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** One number format per language: making an Intl formatter costs far more than using one. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${locale} ${JSON.stringify(options)}` : locale;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function translate(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  // Until a catalog has arrived (the start-up awaits it; a switch waits for it) the default stands in.
  const template = (catalogs[locale] ?? zhCN)[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/**
 * A message whose values are people's text (names, notes, reasons): each value in its own <bdi>, so
 * that a right-to-left name or a stray bidi override cannot turn the sentence around it. React
 * escapes the values: markup in them shows as text.
 */
export function translateIsolated(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string>,
): ReactNode {
  const parts = (catalogs[locale] ?? zhCN)[key].split(/\{(\w+)\}/g);
  return parts.map((part, index) => {
    if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
    const value = values[part];
    return value === undefined ? `{${part}}` : <bdi key={index}>{value}</bdi>;
  });
}

/**
 * The locale to start with: `?lang=` on the address wins (and is remembered), then the saved choice,
 * then Simplified Chinese. Only the language code is stored: no personal data.
 */
export function initialLocale(search = globalThis.location?.search ?? ''): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) {
    safeStorage()?.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  return isLocale(saved) ? saved : defaultLocale;
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Like `t`, for values that are people's text: each isolated in a <bdi> (translateIsolated). */
  tIsolated: (key: MessageKey, values: Record<string, string>) => ReactNode;
  formatDateTime: (value: string | number | Date) => string;
  formatDate: (value: string | number | Date) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatBytes: (bytes: number) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    // If the catalog cannot be fetched (offline), the console stays in the language it shows.
    loadLocale(next).then(
      () => {
        safeStorage()?.setItem(STORAGE_KEY, next);
        setLocaleState(next);
      },
      () => undefined,
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const dateTime = new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const date = new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    return {
      locale,
      setLocale,
      t: (key, values) => translate(locale, key, values),
      tIsolated: (key, values) => translateIsolated(locale, key, values),
      formatDateTime: (v) => dateTime.format(new Date(v)),
      formatDate: (v) => date.format(new Date(v)),
      formatNumber: (v, options) => numberFormat(locale, options).format(v),
      formatBytes: (bytes) =>
        bytes < 1024
          ? `${numberFormat(locale).format(bytes)} B`
          : `${numberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`,
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}

export type { MessageKey } from './en';
