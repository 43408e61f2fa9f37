import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../../i18n';

interface State {
  readonly failed: boolean;
}

/**
 * A screen that breaks must not leave a blank window: show what happened in plain words and a way back.
 * Data is safe: every write is a transaction that either landed or did not.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode; readonly resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override componentDidUpdate(previous: { readonly resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="warning"
        title={i18next.t('errors.screen.title')}
        subTitle={i18next.t('errors.screen.detail')}
        extra={
          <Button type="primary" size="large" onClick={() => window.location.assign('#/')}>
            {i18next.t('nav.home')}
          </Button>
        }
      />
    );
  }
}
