import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { bundleOf, signedText } from '../test-support/bundles';
import { ADMIN, auth, countyForEachTest } from '../test-support/county';
import { testBackends } from '../test-support/databases';

const refused = (code: string, zh: RegExp) => ({ code, messageZh: expect.stringMatching(zh) });
const NOTHING = /没有导入任何内容/;

describe.each(testBackends())('USB bundles prove their station ($name)', ({ make }) => {
  const county = countyForEachTest(make);
  const { inject, enrolledStation, mutation, push } = county;
  const village = async (recordId: string) => county.service.record('villages', recordId);
  const stationIds = async () => (await county.service.listStations()).map((s) => s.id).sort();

  it('imports a bundle signed with its station token once; the same changes again are already here', async () => {
    const a = await enrolledStation();
    const change = mutation(a.stationId, { fields: { ...mutation(a.stationId).fields, name: '甲村' } });
    change.fields.id = change.recordId;
    const text = signedText(bundleOf(a.stationId, [change]), a.token);
    expect(text).not.toContain(a.token);
    const first = await county.service.importBundle(text);
    expect(first).toMatchObject({ applied: true, origin: { via: 'signature' }, results: [{ status: 'applied' }] });
    expect(await village(change.recordId)).toMatchObject({ name: '甲村' });
    expect((await county.service.importBundle(text)).results).toEqual([{ id: change.id, status: 'duplicate' }]);
  });

  it('refuses a signed bundle changed after export (a value, or a change dropped), applying nothing', async () => {
    const a = await enrolledStation();
    const [one, two] = [mutation(a.stationId), mutation(a.stationId)];
    const text = signedText(bundleOf(a.stationId, [one, two]), a.token);
    const edited = text.replace('"幸福村"', '"假村"');
    expect(edited).not.toBe(text);
    await expect(county.service.importBundle(edited)).rejects.toMatchObject(refused('bundle.signature', NOTHING));
    const file = JSON.parse(text) as { mutations: unknown[]; changeCount: number };
    const dropped = JSON.stringify({ ...file, mutations: file.mutations.slice(1), changeCount: 1 });
    await expect(county.service.importBundle(dropped)).rejects.toMatchObject(refused('bundle.signature', NOTHING));
    expect([await village(one.recordId), await village(two.recordId)]).toEqual([null, null]);
  });

  it("refuses a hand-written unsigned file naming an enrolled station, which would change that station's record", async () => {
    const b = await enrolledStation('乙站');
    const theirs = mutation(b.stationId);
    await push(b.token, [theirs]);
    const forged = { ...theirs, id: uuidv7(), fields: { ...theirs.fields, name: '被改了' } };
    await expect(county.service.importBundle(JSON.stringify(bundleOf(b.stationId, [forged])))).rejects.toMatchObject(
      refused('bundle.unsigned', /必须带站点签名/),
    );
    expect(await village(theirs.recordId)).toMatchObject({ name: '幸福村' });
  });

  it("refuses a bundle signed with one station's token that names another station", async () => {
    const a = await enrolledStation('甲站');
    const b = await enrolledStation('乙站');
    const theirs = mutation(b.stationId);
    await push(b.token, [theirs]);
    const forged = { ...theirs, id: uuidv7(), fields: { ...theirs.fields, name: '被改了' } };
    await expect(
      county.service.importBundle(signedText(bundleOf(b.stationId, [forged]), a.token)),
    ).rejects.toMatchObject(refused('bundle.signature', /不是这个站点的电脑导出的/));
    expect(await village(theirs.recordId)).toMatchObject({ name: '幸福村' });
  });

  it("refuses, in its own station's signed bundle, every change to another station's record", async () => {
    const a = await enrolledStation('甲站');
    const b = await enrolledStation('乙站');
    const theirs = mutation(b.stationId);
    await push(b.token, [theirs]);
    const { stationId: _b, ...fields } = theirs.fields;
    const sneaky = { ...theirs, id: uuidv7(), fields: { ...fields, name: '被改了' } };
    const outcome = await county.service.importBundle(signedText(bundleOf(a.stationId, [sneaky]), a.token));
    expect(outcome.results).toMatchObject([{ status: 'rejected', code: 'scope' }]);
    expect(outcome.kinds).toMatchObject([{ table: 'villages', refused: 1, otherStations: 1 }]);
    expect(await village(theirs.recordId)).toMatchObject({ name: '幸福村' });
  });

  it('refuses a file from an unknown station, creating no station (a county office least of all) and no rules', async () => {
    const before = await stationIds();
    const office = uuidv7();
    const rule = {
      id: uuidv7(),
      table: 'ruleParameters',
      recordId: uuidv7(),
      op: 'upsert',
      hlc: mutation(office).hlc,
      fields: {},
    };
    const file = { ...bundleOf(office, [rule]), station: { name: '县人社局', areaCode: '522626' } };
    await expect(county.service.importBundle(JSON.stringify(file))).rejects.toMatchObject(
      refused('bundle.unknownStation', /没有登记的站点/),
    );
    await expect(
      county.service.importBundle(JSON.stringify(file), { code: 'AAAA-BBBB-CCCC', confirm: true }),
    ).rejects.toMatchObject(refused('bundle.badCode', NOTHING));
    expect(await stationIds()).toEqual(before);
    expect(await county.service.record('ruleParameters', rule.recordId)).toBeNull();
  });

  it("never takes a county office's rule parameters from a bundle, even one signed by the office", async () => {
    const added = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(ADMIN),
      payload: { name: '县人社局', areaCode: '522626' },
    });
    const { enrollmentCode } = added.json() as { enrollmentCode: string };
    const office = (
      await inject({ method: 'POST', url: '/api/v1/enroll', payload: { enrollmentCode, deviceName: 'PC' } })
    ).json() as { stationId: string; token: string };
    const rule = {
      id: uuidv7(),
      table: 'ruleParameters',
      recordId: uuidv7(),
      op: 'upsert',
      hlc: mutation(office.stationId).hlc,
      fields: {},
    };
    await expect(
      county.service.importBundle(signedText(bundleOf(office.stationId, [rule]), office.token)),
    ).rejects.toMatchObject(refused('bundle.countyOffice', /县级办公室/));
    expect(await county.service.record('ruleParameters', rule.recordId)).toBeNull();
  });

  it('refuses a bundle signed by a device whose token was revoked', async () => {
    const a = await enrolledStation();
    await county.service.revoke(a.stationId, null);
    const change = mutation(a.stationId);
    await expect(
      county.service.importBundle(signedText(bundleOf(a.stationId, [change]), a.token)),
    ).rejects.toMatchObject(refused('bundle.revoked', NOTHING));
    expect(await village(change.recordId)).toBeNull();
  });

  it('refuses a bundle signed with a token past its use (replaced and past the grace, or idle half a year); an import counts as use', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const signed = (stationId: string, token: string) => {
      const change = mutation(stationId);
      return { change, text: signedText(bundleOf(stationId, [change]), token) };
    };
    const a = await enrolledStation();
    county.clock.now += 31 * DAY;
    const renewed = (await push(a.token, [mutation(a.stationId)])).json() as { renewedToken?: string };
    expect(renewed.renewedToken).toEqual(expect.any(String));
    county.clock.now += 31 * DAY;
    const old = signed(a.stationId, a.token);
    await expect(county.service.importBundle(old.text)).rejects.toMatchObject(refused('bundle.tokenExpired', NOTHING));
    expect(await village(old.change.recordId)).toBeNull();
    const fresh = signed(a.stationId, renewed.renewedToken as string);
    expect(await county.service.importBundle(fresh.text)).toMatchObject({ applied: true });

    const usbOnly = await enrolledStation('只用U盘的站');
    for (const days of [100, 100]) {
      county.clock.now += days * DAY;
      expect(await county.service.importBundle(signed(usbOnly.stationId, usbOnly.token).text)).toMatchObject({
        applied: true,
      });
    }
    county.clock.now += 181 * DAY;
    await expect(county.service.importBundle(signed(usbOnly.stationId, usbOnly.token).text)).rejects.toMatchObject(
      refused('bundle.tokenExpired', /半年没有使用/),
    );
  });

  it('takes a never-online station only with its code, after showing what changes, and the code still enrols it', async () => {
    const b = await enrolledStation('乙站');
    const theirs = mutation(b.stationId);
    await push(b.token, [theirs]);
    const { stationId: entry, enrollmentCode } = await county.service.addStation({
      name: '和平村就业服务站',
      areaCode: '522626102',
    });
    const pc = uuidv7(); // the id the PC made for itself offline
    const own = [mutation(pc), mutation(pc)];
    const { stationId: _b, ...fields } = theirs.fields;
    const intrusion = { ...theirs, id: uuidv7(), fields: { ...fields, name: '被改了' } };
    const text = JSON.stringify(bundleOf(pc, [...own, intrusion]));

    await expect(county.service.importBundle(text)).rejects.toMatchObject(refused('bundle.unknownStation', NOTHING));
    const preview = await county.service.importBundle(text, { code: enrollmentCode });
    expect(preview).toMatchObject({ applied: false, origin: { via: 'code' }, stationName: '和平村就业服务站' });
    expect(preview.kinds).toEqual([
      { table: 'villages', changes: 3, applied: 2, alreadyHere: 0, held: 0, refused: 1, otherStations: 1 },
    ]);
    // Nothing of the preview was kept: the entry still has the county's id, no change was stored.
    expect(await stationIds()).toContain(entry);
    expect(await village(own[0]?.recordId ?? '')).toBeNull();

    const done = await county.service.importBundle(text, { code: enrollmentCode, confirm: true });
    expect(done).toMatchObject({ applied: true, stationId: pc });
    expect(await village(own[0]?.recordId ?? '')).toMatchObject({ stationId: pc });
    expect(await village(theirs.recordId)).toMatchObject({ name: '幸福村' });
    const enrolled = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode, deviceName: 'PC', stationId: pc },
    });
    expect(enrolled.json()).toMatchObject({ stationId: pc });
    // Enrolled now: its next file must be signed; the code is spent.
    await expect(county.service.importBundle(text, { code: enrollmentCode, confirm: true })).rejects.toMatchObject(
      refused('bundle.unsigned', NOTHING),
    );
  });
});
