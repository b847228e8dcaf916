import { Button as HdsButton, ButtonVariant } from 'hds-react';
import type { ComponentProps, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'clear';
const VARIANTS: Record<Variant, ButtonVariant> = { primary: ButtonVariant.Primary, secondary: ButtonVariant.Secondary, clear: ButtonVariant.Clear };

export type ButtonProps = Omit<ComponentProps<'button'>, 'children' | 'ref'> & {
  children: string;
  variant?: Variant;
  iconStart?: ReactNode;
  fullWidth?: boolean;
};

/** HDS's button; the app picks from three variants. */
export function Button({ variant = 'primary', children, ...rest }: ButtonProps) {
  return (
    <HdsButton variant={VARIANTS[variant] as Exclude<ButtonVariant, ButtonVariant.Supplementary>} {...rest}>
      {children}
    </HdsButton>
  );
}
