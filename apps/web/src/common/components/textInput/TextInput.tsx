import { TextInput as HdsTextInput } from 'hds-react';
import type { ChangeEvent } from 'react';

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
  className?: string;
  min?: string;
  max?: string;
}

/** HDS's text input, controlled; an error text marks the field invalid and is tied to it for screen readers. */
export function TextInput({ onChange, errorText, ...rest }: TextInputProps) {
  return (
    <HdsTextInput
      {...rest}
      errorText={errorText}
      invalid={Boolean(errorText)}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  );
}
