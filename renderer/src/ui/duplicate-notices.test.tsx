import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DuplicateNotice } from '#shared/sync/wire';
import { getDb } from '../db/db';
import { SYNC_META } from '../db/sync-meta';
import { seekerInput } from '../test-support/inputs';
import { DuplicateNoticeAlerts, DuplicateNoticesCard } from './duplicate-notices';
import '../i18n';

const person = seekerInput();
const notice: DuplicateNotice = {
  kind: 'duplicate-person',
  id: 'pair-1',
  recordId: person.id,
  otherStation: { id: 'station-b', name: '和平村就业服务站', areaCode: '522626102' },
  idNumberMasked: '1101**********002X',
  foundAt: Date.UTC(2026, 10, 30, 20),
};

function PersonPage() {
  const { id } = useParams();
  return <p>person page {id}</p>;
}

describe('duplicate-person notices from the county', () => {
  it('show on 同步 and on the person’s page, in Chinese, masked, naming the other station and what to do', async () => {
    const db = getDb();
    await db.seekers.put({ ...person, stationId: 's', createdAt: 1, updatedAt: 'x', deleted: false, searchKeys: [] });
    await db.meta.put({ key: SYNC_META.notices, value: JSON.stringify([notice]) });
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/sync']}>
        <Routes>
          <Route
            path="/sync"
            element={
              <>
                <DuplicateNoticesCard />
                <DuplicateNoticeAlerts seekerId={person.id} />
                <DuplicateNoticeAlerts seekerId="someone-else" />
              </>
            }
          />
          <Route path="/seekers/:id" element={<PersonPage />} />
        </Routes>
      </MemoryRouter>,
    );

    const card = await screen.findByTestId('duplicate-notices');
    expect(within(card).getByText('县里发现的重复登记')).toBeTruthy();
    expect(within(card).getByText('李秀英')).toBeTruthy();
    expect(within(card).getByText('1101**********002X')).toBeTruthy();
    expect(within(card).getByText('和平村就业服务站（522626102）')).toBeTruthy();
    // found at 04:00 on 1 December in China
    expect(within(card).getByText('2026-12-01')).toBeTruthy();
    expect(card.textContent).not.toContain(person.idNumber ?? '');

    const alerts = screen.getAllByTestId('duplicate-notice');
    expect(alerts).toHaveLength(1);
    const alert = alerts[0] as HTMLElement;
    expect(alert.textContent).toContain('县里发现：和平村就业服务站也登记了这个身份证号');
    expect(alert.textContent).toContain('1101**********002X');
    expect(alert.textContent).toContain('请打电话和该站核对');

    await user.click(within(card).getByRole('button', { name: '查看此人' }));
    expect(await screen.findByText(`person page ${person.id}`)).toBeTruthy();
  });
});
