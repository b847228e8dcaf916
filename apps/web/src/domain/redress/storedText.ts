import { useCallback, useState } from 'react';

/**
 * A text the user types into a form that is sent once (redress grounds, an outcome's reasons),
 * kept in localStorage as typed so a reload or a closed tab loses nothing; `clear` forgets it
 * once the server has it.
 */
export function useStoredText(key: string): [string, (value: string) => void, () => void] {
  const [value, setValue] = useState(() => {
    try {
      return window.localStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  });
  const change = useCallback(
    (next: string) => {
      setValue(next);
      try {
        if (next) window.localStorage.setItem(key, next);
        else window.localStorage.removeItem(key);
      } catch {
        // A refused storage only loses the copy kept against a reload.
      }
    },
    [key],
  );
  const clear = useCallback(() => change(''), [change]);
  return [value, change, clear];
}
