import type { Ref } from 'react';
import 'hds-core/lib/components/text-input/text-input.min.css';

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
  const described = [errorText ? `${id}-error` : null, helperText ? `${id}-helper` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errorText ? 'hds-text-input hds-text-input--invalid' : 'hds-text-input'}>
      <label htmlFor={id} className="hds-text-input__label">
        {label}
        {required && <span className="hds-text-input__required">*</span>}
      </label>
      <div className="hds-text-input__input-wrapper">
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
      </div>
      {errorText && (
        <span id={`${id}-error`} className="hds-text-input__error-text">
          {errorText}
        </span>
      )}
      {helperText && (
        <span id={`${id}-helper`} className="hds-text-input__helper-text">
          {helperText}
        </span>
      )}
    </div>
  );
}
