import { Checkbox as HdsCheckbox } from 'hds-react';

export interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  value?: string;
}

/** HDS's checkbox, controlled. */
export function Checkbox({ onChange, ...rest }: CheckboxProps) {
  return <HdsCheckbox {...rest} onChange={(event) => onChange(event.target.checked)} />;
}
