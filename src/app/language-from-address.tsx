import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { isLocale, useI18n } from '@/i18n/i18n';

/**
 * `?lang=en` / `?lang=zh-CN` on any address, also when it is reached by a link inside the console
 * (the start-up locale reads it once, in initialLocale). Only a link followed to a new `lang`
 * switches: a language picked in the top bar is not undone by a `lang` still in the address, nor by
 * going back (Back or Forward) to a page whose address had one.
 */
export function LanguageFromAddress() {
  const asked = new URLSearchParams(useLocation().search).get('lang');
  const traversed = useNavigationType() === 'POP';
  const { setLocale } = useI18n();
  const applied = useRef(asked);
  useEffect(() => {
    if (asked === applied.current) return;
    applied.current = asked;
    if (isLocale(asked) && !traversed) setLocale(asked);
  }, [asked, traversed, setLocale]);
  return null;
}
