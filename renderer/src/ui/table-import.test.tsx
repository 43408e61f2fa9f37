import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { SEEKER_TEMPLATE } from '#shared/registry/seeker-import';
import { ok, type Result } from '#shared/result';
import { saveInBatches } from '../registry/save-in-batches';
import { useLeaveGuardStore } from '../state/leave-guard';
import { TableImport } from './table-import';
import '../i18n';

type Row = { readonly row: number; readonly id: string };

describe('an import page while it saves', () => {
  it('shows the saving progress and asks before leaving until every row is in', async () => {
    let finish: (r: Result<{ added: number; already: number }>) => void = () => undefined;
    const saveBatch = vi.fn(
      () => new Promise<Result<{ added: number; already: number }>>((resolve) => (finish = resolve)),
    );
    const onDone = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <MemoryRouter>
        <AntApp>
          <TableImport<Row>
            title="导入"
            intro=""
            back={{ to: '/', label: '返回' }}
            templateName="t.xlsx"
            template={SEEKER_TEMPLATE}
            fieldLabel={(f) => f}
            texts={{ summary: (n) => `${n} 人可以导入`, confirm: (n) => `确认导入 ${n} 人` }}
            check={(_file, progress) => {
              progress({ phase: 'checking', checked: 3, total: 3 });
              return Promise.resolve(
                ok({
                  rows: [2, 3, 4].map((row) => ({ row, id: `id-${row}` })),
                  errors: [],
                  save: (rows, options, signal) =>
                    saveInBatches(rows, saveBatch, { ...options, shouldStop: () => signal.aborted }),
                }),
              );
            }}
            onDone={onDone}
          />
        </AntApp>
      </MemoryRouter>,
    );
    const input = container.querySelector('input[type=file]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    await user.upload(input, new File(['a,b\n1,2\n'], '求职者.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: '确认导入 3 人' }));

    expect(await screen.findByText('已导入 0 / 3 行')).toBeTruthy();
    expect(useLeaveGuardStore.getState().unsaved).toContain('正在导入：已导入 0 / 3 行。现在离开');
    finish(ok({ added: 3, already: 0 }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(3));
    expect(saveBatch).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(useLeaveGuardStore.getState().unsaved).toBeNull());
  });
});
