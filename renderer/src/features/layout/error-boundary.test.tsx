import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('boom');
}

describe('<ErrorBoundary />', () => {
  it('replaces a broken screen with a plain message and a way home, instead of a blank window', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary resetKey="/x">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText('这个页面出了问题')).toBeTruthy();
    expect(screen.getByRole('button', { name: /首\s?页/ })).toBeTruthy();
    vi.restoreAllMocks();
  });
});
