import { expect, test, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { encodeHlc } from '#shared/sync/hlc';
import { CountyProcess } from './county-process';
import { postJson } from './post-json';
import { SHOTS, onFreshStation, settle } from './helpers';

/**
 * A person registered here is also registered at another station: the county finds it, and staff see it on 同步
 * and on the person's page, in Chinese, masked, with the other station and what to do.
 */
const LI_ID = (() => {
  const first17 = '52262619880512002';
  return first17 + checkCharacter(first17);
})();
const county = new CountyProcess();
let page: Page;
onFreshStation((p) => (page = p));
test.afterAll(() => county.stop());

/** Another station, enrolled and pushing one person with the same ID number, as its app would. */
async function otherStationRegisters(idNumber: string) {
  const code = county.addStation('和平村就业服务站', '522626102');
  const enrolled = (await postJson(`${county.url}/api/v1/enroll`, { enrollmentCode: code, deviceName: 'pc-b' }))
    .json as { stationId: string; token: string };
  const id = uuidv7();
  const pushed = await postJson(
    `${county.url}/api/v1/sync/push`,
    {
      schemaVersion: 1,
      mutations: [
        {
          id: uuidv7(),
          table: 'seekers',
          recordId: id,
          op: 'upsert',
          hlc: encodeHlc({ ms: Date.now(), counter: 0, node: 'pcb' }),
          fields: {
            id,
            stationId: enrolled.stationId,
            name: '李秀',
            idNumber,
            consent: { date: '2026-11-20', matching: true, county: true, recordedBy: 'b', withdrawnOn: null },
          },
        },
      ],
    },
    { authorization: `Bearer ${enrolled.token}` },
  );
  expect(pushed.ok).toBe(true);
}

test('the county’s duplicate-person notice shows on 同步 and on the person’s page', async () => {
  await county.start();
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: '登记求职者' }).click();
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
  await expect(page.getByText('不同意时，县里只收到不记名的统计信息')).toBeVisible();
  await page.getByLabel('姓名').fill('李秀英');
  await page.getByLabel('身份证号').fill(LI_ID);
  await page.getByLabel('手机或电话').fill('13800138000');
  await page.getByLabel('姓名').click();
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByLabel('本人同意把资料报送县里（用于统计和补贴）').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 李秀英 的资料。')).toBeVisible();

  await otherStationRegisters(LI_ID);
  const code = county.addStation('幸福村就业服务站', '522626101');
  await page.getByRole('menuitem', { name: '同步' }).click();
  await page.getByLabel('县服务器地址').fill(`127.0.0.1:${county.port}`);
  await page.getByLabel('注册码').fill(code);
  await page.getByRole('button', { name: '注册本站' }).click();
  await expect(page.getByText('已连上县服务器')).toBeVisible({ timeout: 20_000 });

  const card = page.getByTestId('duplicate-notices');
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(card.getByText('县里发现的重复登记')).toBeVisible();
  const row = card.locator('.ant-table-row').filter({ hasText: '李秀英' });
  await expect(row).toContainText(`5226**********${LI_ID.slice(-4)}`);
  await expect(row).toContainText('和平村就业服务站（522626102）');
  await expect(row).toContainText('打电话和对方站核对');
  await expect(page.getByText(LI_ID)).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/sync-duplicate-notices.png`, fullPage: true });

  await row.getByRole('button', { name: '查看此人' }).click();
  const alert = page.getByTestId('duplicate-notice');
  await expect(alert).toContainText('县里发现：和平村就业服务站也登记了这个身份证号');
  await expect(alert).toContainText(`5226**********${LI_ID.slice(-4)}`);
  await expect(alert).toContainText('请打电话和该站核对是不是同一个人');
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/seeker-duplicate-notice.png` });
});
