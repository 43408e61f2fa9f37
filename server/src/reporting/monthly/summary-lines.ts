import type { SummaryFigures } from '../ledger-source';
import { beijingText } from '../exports/cells';

const SEVERITY_ZH: Record<string, string> = { critical: '严重', high: '高', medium: '中', low: '低' };

const GROUP_ZH: Record<string, string> = {
  'single-parent': '单亲家庭',
  'age-50-plus': '50 岁以上',
  disability: '残疾人',
  'poverty-relief': '脱贫户/监测户',
  returnee: '返乡人员',
  'low-income': '低收入家庭',
  'long-unemployed': '长期失业',
};

/** The dashboard's figures as the report's 总览 sheet says them: a Chinese label and a number (or text). */
export function summaryLines(s: SummaryFigures): [string, string | number][] {
  const lines: [string, string | number][] = [
    ['统计期间', `${s.period.from} 至 ${s.period.to}`],
    ['登记求职人数（全县按身份证号去重）', s.seekers.registered],
    ...Object.entries(s.seekers.byPriorityGroup).map(([group, n]): [string, number] => [
      `  其中重点群体：${GROUP_ZH[group] ?? group}`,
      n,
    ]),
    ['在册求职人数', s.seekers.active],
    ['推荐人次', s.referrals.made],
    ['推荐成功上岗', s.referrals.hired],
    ['上岗人数', s.placements.started],
    ['其中满 3 个月仍在岗', s.placements.retained3m],
    ['在招岗位', s.jobs.open],
    ['在招岗位人数', s.jobs.positions],
    ['培训报名', s.training.enrolments],
    ['培训结业', s.training.completions],
    ['取得证书', s.training.certificates],
    ['符合培训补贴条件', s.training.subsidyEligible],
    ...Object.entries(s.rights.openFindings).map(([severity, n]): [string, number] => [
      `未解决用工问题（${SEVERITY_ZH[severity] ?? severity}）`,
      n,
    ]),
    ['应回访', s.followUps.due],
    ['逾期未回访', s.followUps.overdue],
  ];
  for (const station of s.stations)
    lines.push([
      `站点：${station.name}`,
      station.lastPushAt === null ? '从未上传' : `最后上传 ${beijingText(station.lastPushAt)}`,
    ]);
  return lines;
}
