import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './app';
import { getDb } from './db/db';
import './i18n';

// Component test of the whole shell in jsdom: first run → log-in → home, with the real command layer
// on fake IndexedDB.
describe('<App />', () => {
  // Types into Ant Design forms in jsdom and hashes a PIN twice (PBKDF2, 600,000 iterations): the longest test of
  // the project; with another test run on the same two cores it takes several times as long as alone.
  it(
    'walks a new station from first run to the home screen, refusing bad input on the way',
    { timeout: 120_000 },
    async () => {
      const user = userEvent.setup();
      render(<App />);

      expect(await screen.findByText('第一次使用：建立服务站')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: '建立服务站' }));
      await waitFor(() => expect(screen.getAllByText('请填写名称或姓名。')).toHaveLength(2));
      expect(await getDb().stations.count()).toBe(0);

      await user.type(screen.getByLabelText('服务站名称'), '幸福村就业服务站');
      await user.type(screen.getByLabelText('行政区划代码'), '52262');
      await user.type(screen.getByLabelText('姓名'), '王芳');
      await user.type(screen.getByLabelText('登录密码（6 到 12 位数字）'), '12345a');
      await user.click(screen.getByRole('button', { name: '建立服务站' }));
      expect(await screen.findByText('行政区划代码应是 6 位、9 位或 12 位数字。')).toBeTruthy();
      expect(await screen.findByText('密码只能是数字。')).toBeTruthy();
      expect(await getDb().stations.count()).toBe(0);

      await user.type(screen.getByLabelText('行政区划代码'), '6');
      await user.clear(screen.getByLabelText('登录密码（6 到 12 位数字）'));
      await user.type(screen.getByLabelText('登录密码（6 到 12 位数字）'), '246810');
      await user.type(screen.getByLabelText('再输入一次登录密码'), '246810');
      await user.click(screen.getByRole('button', { name: '建立服务站' }));

      expect(await screen.findByText('请选择您的名字', {}, { timeout: 10_000 })).toBeTruthy();
      const station = await getDb().stations.toCollection().first();
      expect(station).toMatchObject({ name: '幸福村就业服务站', areaCode: '522626' });

      await user.click(await screen.findByRole('button', { name: /王芳/ }));
      await user.type(screen.getByLabelText('登录密码'), '246810');
      await user.click(screen.getByRole('button', { name: '登录' }));
      await waitFor(() => expect(screen.getByRole('heading', { name: '您好，王芳' })).toBeTruthy(), {
        timeout: 10_000,
      });
      const menu = screen.getByRole('menu');
      expect(within(menu).getByText('人员管理')).toBeTruthy();
      expect(within(menu).getByText('操作日志')).toBeTruthy();
    },
  );
});
