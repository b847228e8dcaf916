import { useCallback, useState } from 'react';

function read(key: string): string {
  try {
    return window.sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/**
 * A text being typed, kept in this tab (sessionStorage) as typed until `forget`, so that a reload
 * or a refusal loses nothing of it.
 */
export function useKeptText(key: string): [string, (value: string) => void, () => void] {
  const [value, setValue] = useState(() => read(key));
  const change = useCallback(
    (next: string) => {
      setValue(next);
      try {
        if (next) window.sessionStorage.setItem(key, next);
        else window.sessionStorage.removeItem(key);
      } catch {
        // Storage full or refused: the text stays in the form.
      }
    },
    [key],
  );
  const forget = useCallback(() => change(''), [change]);
  return [value, change, forget];
}
