import 'hds-core/lib/components/checkbox/checkbox.min.css';

export interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  value?: string;
}

/** HDS's checkbox in hds-core's markup and styles, controlled (hds-react's brings a tooltip library this form does not use). */
export function Checkbox({ id, label, checked, onChange, name, value }: CheckboxProps) {
  return (
    <div className="hds-checkbox">
      <input id={id} className="hds-checkbox__input" type="checkbox" name={name} value={value} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id} className="hds-checkbox__label">
        {label}
      </label>
    </div>
  );
}
