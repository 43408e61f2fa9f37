import { CHILD_LABOUR_CHECKS } from './checks/child-labour';
import { CONTRACT_CHECKS } from './checks/contracts';
import { DISCRIMINATION_CHECKS, FORCED_LABOUR_CHECKS } from './checks/discrimination-forced';
import { HEALTH_SAFETY_CHECKS } from './checks/health-safety';
import { INSURANCE_RETIREMENT_CHECKS } from './checks/insurance-retirement';
import { MINIMUM_WAGE_CHECKS } from './checks/minimum-wage';
import { WAGE_PAYMENT_CHECKS } from './checks/wage-payment';
import { WORKING_TIME_CHECKS } from './checks/working-time';
import { CLUSTERS, type Check, type ClusterId, type Text } from './types';

/** Every check, in display order. */
export const CHECKS: readonly Check[] = [
  ...CHILD_LABOUR_CHECKS,
  ...DISCRIMINATION_CHECKS,
  ...FORCED_LABOUR_CHECKS,
  ...MINIMUM_WAGE_CHECKS,
  ...WAGE_PAYMENT_CHECKS,
  ...CONTRACT_CHECKS,
  ...INSURANCE_RETIREMENT_CHECKS,
  ...WORKING_TIME_CHECKS,
  ...HEALTH_SAFETY_CHECKS,
];

export const CLUSTER_LABELS: Readonly<Record<ClusterId, Text>> = {
  'child-labour': { zh: '童工', en: 'Child labour' },
  discrimination: { zh: '歧视', en: 'Discrimination' },
  'forced-labour': { zh: '强迫劳动', en: 'Forced labour' },
  'freedom-of-association': { zh: '结社自由', en: 'Freedom of association' },
  compensation: { zh: '工资报酬', en: 'Compensation' },
  'contracts-and-hr': { zh: '劳动合同与人事', en: 'Contracts and human resources' },
  'occupational-safety-and-health': { zh: '职业安全卫生', en: 'Occupational safety and health' },
  'working-time': { zh: '工作时间', en: 'Working time' },
};

export const POINT_LABELS: Readonly<Record<string, Text>> = {
  'minimum-age': { zh: '最低就业年龄', en: 'Minimum age' },
  'young-workers': { zh: '未成年工', en: 'Young workers' },
  'home-based-work': { zh: '居家计件', en: 'Home-based work' },
  recruitment: { zh: '招聘', en: 'Recruitment' },
  coercion: { zh: '强迫与扣押', en: 'Coercion' },
  'minimum-wage': { zh: '最低工资', en: 'Minimum wage' },
  payment: { zh: '工资支付', en: 'Payment of wages' },
  'overtime-pay': { zh: '加班工资', en: 'Overtime pay' },
  'written-contract': { zh: '书面劳动合同', en: 'Written contract' },
  probation: { zh: '试用期', en: 'Probation' },
  'social-insurance': { zh: '社会保险', en: 'Social insurance' },
  retirement: { zh: '退休年龄', en: 'Retirement age' },
  'regular-hours-and-overtime': { zh: '工时与加班', en: 'Regular hours and overtime' },
  rest: { zh: '休息日', en: 'Rest days' },
  'part-time': { zh: '非全日制用工', en: 'Part-time work' },
  'work-injury': { zh: '工伤', en: 'Work injury' },
  'women-workers': { zh: '女职工保护', en: 'Women workers' },
};

export interface PointNode {
  readonly id: string;
  readonly label: Text;
  readonly checks: readonly Check[];
}

export interface ClusterNode {
  readonly id: ClusterId;
  readonly label: Text;
  readonly points: readonly PointNode[];
}

/**
 * The table as cluster → compliance point → check (after ILO Better Work's CAT). Freedom of association has
 * no checks yet: the reference gives none for it.
 */
export function ruleTree(checks: readonly Check[] = CHECKS): readonly ClusterNode[] {
  return CLUSTERS.map((id) => {
    const inCluster = checks.filter((c) => c.cluster === id);
    const pointIds = [...new Set(inCluster.map((c) => c.point))];
    return {
      id,
      label: CLUSTER_LABELS[id],
      points: pointIds.map((p) => ({
        id: p,
        label: POINT_LABELS[p] ?? { zh: p, en: p },
        checks: inCluster.filter((c) => c.point === p),
      })),
    };
  });
}
