import {
  AuditOutlined,
  BarChartOutlined,
  CloudServerOutlined,
  FileExcelOutlined,
  QuestionCircleOutlined,
  TableOutlined,
  UsergroupDeleteOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ConsoleRole } from '../api/types';
import { MENU_LEDGERS } from '../ledgers/ledger-list';

type Item = Required<MenuProps>['items'][number];

/** The left menu: the screens, the ledgers under 台账, and the audit log for county admins only. */
export function menuItems(t: TFunction, role: ConsoleRole): Item[] {
  return [
    { key: '/', icon: <BarChartOutlined />, label: t('nav.dashboard') },
    { key: '/stations', icon: <CloudServerOutlined />, label: t('nav.stations') },
    {
      key: 'ledgers',
      icon: <TableOutlined />,
      label: t('nav.ledgers'),
      children: MENU_LEDGERS.map((name) => ({ key: `/ledgers/${name}`, label: t(`ledgers.titles.${name}`) })),
    },
    { key: '/duplicates', icon: <UsergroupDeleteOutlined />, label: t('nav.duplicates') },
    { key: '/reports', icon: <FileExcelOutlined />, label: t('nav.reports') },
    ...(role === 'county-admin' ? [{ key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') }] : []),
    { key: '/help', icon: <QuestionCircleOutlined />, label: t('nav.help') },
  ];
}

/** The menu entry a path belongs to. */
export function selectedKey(pathname: string): string {
  const ledger = /^\/ledgers\/[^/]+/.exec(pathname);
  if (ledger) return ledger[0];
  const first = /^\/[^/]*/.exec(pathname)?.[0] ?? '/';
  return first === '' ? '/' : first;
}
