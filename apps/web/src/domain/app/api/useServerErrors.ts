import { useCallback } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from './fieldErrors';

/**
 * Puts the API's field problems of a failed submit at their fields (in the page's language) and
 * focuses the first; answers whether any field was named (else the form shows the problem as a
 * whole).
 */
export function useServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): boolean => {
      const found = fieldErrorsOf(error, fields);
      found.forEach(({ field, key }, index) => setError(field, { type: 'server', message: t(key, { defaultValue: t('fieldErrors.generic') }) }, { shouldFocus: index === 0 }));
      return found.length > 0;
    },
    [setError, t, fields],
  );
}
