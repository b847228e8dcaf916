import { useParams } from 'react-router';
import { isLocale, type Locale } from './locales';

/** The language of the current address (the layout has checked it is one of fi, sv, en). */
export function useLocale(): Locale {
  const { locale } = useParams();
  return isLocale(locale) ? locale : 'fi';
}
