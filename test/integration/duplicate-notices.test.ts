import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { saveSeeker, withdrawConsent } from '#renderer/db/commands/seekers';
import { parseNotices } from '#renderer/db/notice-queries';
import { SYNC_META } from '#renderer/db/sync-meta';
import { seekerInput } from '#renderer/test-support/inputs';
import { describeWithCounty, must, station, type TestStation } from './harness';
import { newTap, tappedSync } from './wire-tap';

const ID = '11010519491231002X';
const stored = async (s: TestStation) => parseNotices((await s.env.db.meta.get(SYNC_META.notices))?.value);

describeWithCounty('the county tells stations of duplicate people on pull', (county) => {
  it('each station hears of its own person, the other station by name and the ID number masked; nothing more', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva', undefined, '522626101');
    const b = await station(county, '和平村就业服务站', 'devb', undefined, '522626102');
    const hers = seekerInput();
    const his = seekerInput({ name: '李秀', phone: '13900000000' });
    must(await saveSeeker(a.env, a.actor, hers));
    must(await saveSeeker(b.env, b.actor, his));
    await a.sync();
    expect(await stored(a)).toEqual([]);

    const tap = newTap();
    await tappedSync(b, tap);
    const pulled = tap.received.filter((r) => r.includes('"notices"')).join('\n');
    expect(pulled).toContain('1101**********002X');
    expect(pulled).not.toContain(ID);
    expect(pulled).not.toContain('李秀英');
    expect(pulled).not.toContain(hers.id);
    expect(await stored(b)).toEqual([
      expect.objectContaining({
        kind: 'duplicate-person',
        recordId: his.id,
        otherStation: { id: a.stationId, name: '幸福村就业服务站', areaCode: '522626101' },
        idNumberMasked: '1101**********002X',
      }),
    ]);
    await a.sync();
    expect(await stored(a)).toEqual([
      expect.objectContaining({
        recordId: hers.id,
        otherStation: { id: b.stationId, name: '和平村就业服务站', areaCode: '522626102' },
      }),
    ]);

    // Once she withdraws, the pair is gone, and so is the notice at both stations.
    must(await withdrawConsent(a.env, a.actor, hers.id));
    await a.sync();
    await b.sync();
    expect(await stored(a)).toEqual([]);
    expect(await stored(b)).toEqual([]);
  });
});
