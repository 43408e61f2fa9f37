import { Input } from 'antd';
import type { ComponentProps } from 'react';

/** A large numeric PIN field; digits only, masked. */
export function PinInput(props: ComponentProps<typeof Input.Password>) {
  return (
    <Input.Password
      inputMode="numeric"
      autoComplete="off"
      maxLength={12}
      size="large"
      style={{ fontSize: 22, letterSpacing: 6 }}
      {...props}
    />
  );
}
