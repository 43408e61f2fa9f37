// IndexedDB for Dexie under Node/jsdom.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lacks matchMedia, which Ant Design's responsive components ask for.
if (typeof window !== 'undefined' && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// findBy… and waitFor give up after one second by default: too short for a render that waits on IndexedDB or a
// PIN hash while another test run shares the machine's two cores. They still fail if the text never comes.
configure({ asyncUtilTimeout: 10_000 });

// Vitest runs without globals, so Testing Library's automatic clean-up is not registered: unmount here,
// before jsdom is torn down, so no React work is left running against a missing window.

afterEach(() => {
  cleanup();
});
