import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../i18n';

// The log-in command is fetched on demand; here its fetch fails, as a chunk that cannot be read would.
vi.mock('../../db/commands/login', () => {
  throw new Error('the log-in code could not be loaded');
});

const { PinForm } = await import('./pin-form');

describe('the PIN form', () => {
  it('says so when the log-in code cannot be loaded, and can be sent again', async () => {
    const loggedIn = vi.fn();
    render(<PinForm staffId="s1" purpose="login" submitLabel="确认登录" onSuccess={loggedIn} />);
    const pin = screen.getByLabelText('登录密码');
    fireEvent.change(pin, { target: { value: '246810' } });
    fireEvent.click(screen.getByRole('button', { name: '确认登录' }));
    expect(await screen.findByText(/登录没有完成：程序的一部分没有加载出来/)).toBeTruthy();
    expect(loggedIn).not.toHaveBeenCalled();
    const button = screen.getByRole('button', { name: '确认登录' });
    expect(button.className).not.toContain('ant-btn-loading');
    expect((screen.getByLabelText('登录密码') as HTMLInputElement).disabled).toBe(false);
  });
});
