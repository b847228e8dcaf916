import type { Ref } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

export interface TextInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'search' | 'email' | 'password' | 'date';
  name?: string;
  helperText?: string;
  errorText?: string;
  placeholder?: string;
  required?: boolean;
  autoComplete?: string;
  min?: string;
  max?: string;
  /** A text area (several lines) instead of a one-line input. */
  multiline?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
  maxLength?: number;
  /** The input element (a form library focuses the first invalid field through it). */
  ref?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

/**
 * HDS's text input in hds-core's markup and styles, controlled. (hds-react's component carries a
 * tooltip and its positioning library, 10 kB compressed, which no field here uses.) The helper and
 * error texts are tied to the input for screen readers; an error marks it invalid.
 */
export function TextInput({ id, label, value, onChange, type = 'text', helperText, errorText, required, multiline, ref, ...rest }: TextInputProps) {
  const described = describedBy(id, errorText, helperText);
  return (
    <FieldFrame id={id} label={label} errorText={errorText} helperText={helperText} required={required}>
      {multiline ? (
        <textarea
          ref={ref}
          id={id}
          className="hds-text-input__input"
          value={value}
          required={required}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={described}
          onChange={(event) => onChange(event.target.value)}
          name={rest.name}
          placeholder={rest.placeholder}
          maxLength={rest.maxLength}
        />
      ) : (
        <input
          ref={ref}
          id={id}
          className="hds-text-input__input"
          type={type}
          value={value}
          required={required}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={described}
          onChange={(event) => onChange(event.target.value)}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}
