import { createCache, StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import { Button, Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { keptStyleCache } from './kept-styles';

type StyleCache = ReturnType<typeof createCache>;

/** The generated style text of every component kind the cache holds, by its cache key. */
function styles(cache: StyleCache): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, [, value]] of cache.cache) if (key.startsWith('style%')) out.set(key, value);
  return out;
}

function screenWith(cache: StyleCache, withForm: boolean) {
  return (
    <StyleProvider cache={cache}>
      <Button>保存</Button>
      {withForm ? <Input placeholder="姓名" /> : null}
    </StyleProvider>
  );
}

describe('kept Ant Design styles', () => {
  it("Ant Design's own cache forgets a component kind's style when its last user leaves the screen", () => {
    const cache = createCache();
    const view = render(screenWith(cache, true));
    const inputKeys = [...styles(cache).keys()].filter((key) => key.includes('Input'));
    expect(inputKeys.length).toBeGreaterThan(0);
    view.rerender(screenWith(cache, false));
    for (const key of inputKeys) expect(cache.opGet(key)).toBeNull();
  });

  it('keeps the style when its last user leaves, and the next screen takes the same one without building it again', () => {
    const cache = keptStyleCache();
    const view = render(screenWith(cache, true));
    const first = styles(cache);
    const inputKeys = [...first.keys()].filter((key) => key.includes('Input'));
    expect(inputKeys.length).toBeGreaterThan(0);

    view.rerender(screenWith(cache, false));
    for (const key of inputKeys) {
      const entry = cache.opGet(key);
      expect(entry?.[0]).toBe(0);
      expect(entry?.[1]).toBe(first.get(key));
    }

    view.rerender(screenWith(cache, true));
    for (const key of inputKeys) {
      const entry = cache.opGet(key);
      expect(entry?.[0]).toBeGreaterThan(0);
      // The very same value: the style was not generated again.
      expect(entry?.[1]).toBe(first.get(key));
    }
    // And the page still has the input's style.
    const [, styleId] = first.get(inputKeys[0]!) as [string, string];
    expect(document.head.querySelector(`style[data-css-hash="${styleId}"]`)).not.toBeNull();
  });

  it("keeps only generated CSS: a theme's tokens and CSS variables go when nothing uses them, as Ant Design does", () => {
    const cache = keptStyleCache();
    const view = render(screenWith(cache, true));
    const kinds = () => new Set([...cache.cache.keys()].map((key) => key.split('%')[0]));
    expect(kinds()).toEqual(new Set(['style', 'token', 'cssVar']));
    view.unmount();
    expect(kinds()).toEqual(new Set(['style']));
  });

  it('still lets a component kind that is on screen count its users up and down', () => {
    const cache = keptStyleCache();
    const view = render(
      <StyleProvider cache={cache}>
        <Button>一</Button>
        <Button>二</Button>
      </StyleProvider>,
    );
    const buttonKey = [...styles(cache).keys()].find((key) => key.includes('Button'))!;
    const both = cache.opGet(buttonKey)![0];
    view.rerender(
      <StyleProvider cache={cache}>
        <Button>一</Button>
      </StyleProvider>,
    );
    expect(cache.opGet(buttonKey)![0]).toBe(both - 1);
  });
});
