import { Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n/index';

interface Props {
  readonly children: ReactNode;
  /** A new key (another screen) clears the failure. */
  readonly resetKey: string;
}

/** A screen that throws shows a plain message instead of a blank page; another screen starts afresh. */
export class ErrorBoundary extends Component<Props, { failedAt: string | null }> {
  override state = { failedAt: null as string | null };

  static getDerivedStateFromError() {
    return { failedAt: '' };
  }

  override componentDidCatch() {
    this.setState({ failedAt: this.props.resetKey });
  }

  override render() {
    const { failedAt } = this.state;
    if (failedAt !== null && (failedAt === '' || failedAt === this.props.resetKey))
      return <Result status="error" title={i18next.t('crashed')} />;
    return this.props.children;
  }
}
