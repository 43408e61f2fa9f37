import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { onDemand } from './on-demand';

function Greeting({ name }: { readonly name: string }) {
  return <h2>您好，{name}</h2>;
}

const inFrame = (node: React.ReactNode) => <Suspense fallback={<p>正在加载…</p>}>{node}</Suspense>;

describe('screens loaded on demand', () => {
  it('code not fetched yet: "loading" shows until it comes, then the screen', async () => {
    const load = vi.fn(async () => Greeting);
    const { Component } = onDemand(load);
    render(inFrame(<Component name="王芳" />));
    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(await screen.findByText('您好，王芳')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('code fetched ahead: the screen is in the very first drawing, with no "loading" at all', async () => {
    const load = vi.fn(async () => Greeting);
    const { Component, preload } = onDemand(load);
    await preload();
    render(inFrame(<Component name="王芳" />));
    // no waiting: the first commit already holds the screen
    expect(screen.getByText('您好，王芳')).toBeTruthy();
    expect(screen.queryByText('正在加载…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a fetch ahead that failed is tried again by the next one', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const { Component, preload } = onDemand<{ name: string }>(load);
    await expect(preload()).rejects.toThrow('offline');
    await preload();
    render(inFrame(<Component name="李秀英" />));
    expect(screen.getByText('您好，李秀英')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
