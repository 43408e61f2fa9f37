/**
 * The console's help: what each figure counts (docs/county-console.md, "What the figures mean", in the county
 * office's words) and how the screens work.
 */
export const helpZh = {
  title: '帮助',
  intro: '总览上的每个数字怎么算，以及各个页面能做什么。数字都按所选时间段、乡镇/区域和站点来算。',
  figuresTitle: '数字的含义',
  screensTitle: '各个页面',
  figures: {
    'seekers.registered':
      '时间段内登记的求职人员。全县范围内同一个证件号只算一人（同一个人在两个站点登记也只算一次）；已撤回同意（删除）的人员不计入。选了站点时，按该站点自己的记录算。',
    'seekers.active': '现在仍在求职（状态为“求职中”）的人员。',
    'seekers.byPriorityGroup': '时间段内登记的人员中，属于各个重点人群的人数（一个人可以属于几个人群）。',
    'referrals.made': '时间段内推荐的人次（按推荐日期）。',
    'referrals.hired': '上面这些推荐中，最后被录用的。',
    'placements.started': '时间段内开始上岗的人数（按上岗日期）。',
    'placements.retained3m': '上面这些上岗的人中，上岗满 3 个月时仍在岗的（仍在岗，或离岗日期在满 3 个月那天或以后）。',
    'jobs.open': '现在正在招聘的岗位。',
    'jobs.positions': '这些在招岗位一共要招的人数。',
    'training.enrolments': '参加培训的人次（已报名上课或已结业；排队等候和退出的不算）。',
    'training.completions': '已结业的人次。',
    'training.certificates': '结业并取得证书（有证书编号）的人次。',
    'training.subsidyEligible':
      '有补贴项目的课程中，出勤达到课程要求、可以申领培训补贴的学员（迟到算出勤，请假不算，同一节课以最后一次点名为准）。',
    'rights.openFindings':
      '未解决的用工问题，按严重程度分：每个在岗人员最近一次回访、每个在招岗位发布前检查中没通过或有提醒的项目。之后的回访通过了就算解决；同一个上岗每项只算一次；已离岗的不算。',
    'followUps.due': '在岗人员的计划回访（上岗 1 周、1 个月、3 个月），今天起 7 天内到期、还没做的。',
    'followUps.overdue': '在岗人员的计划回访已过期还没做的。',
    area: '乡镇/区域代码：站点或村的代码以它开头的记录，例如 522626101 是一个乡镇。',
  },
  screens: {
    dashboard: '总览：选时间段（默认本月）、乡镇/区域和站点，看各项数字和每月趋势图。点任何数字，进入它背后的名单。',
    stations:
      '站点：各站点最后一次上传和下载的时间、时钟偏差、软件版本、未处理的变更和本月工作量；超过 7 天没有同步的标红。县级管理员可以添加站点、生成新注册码、停用电脑。',
    ledgers:
      '台账：每本台账可以按时间段、站点、乡镇筛选，搜索，点表头排序，翻页。“导出 Excel”“导出 CSV”下载当前条件下的全部记录。证件号和电话默认只显示头尾几位；县级管理员写明原因后可以显示完整号码，每次都记入操作记录。',
    duplicates:
      '重复人员：同一个证件号在两个站点各登记了一次。县级管理员确认是同一个人（选保留哪个站点的记录）或不是同一个人。',
    reports: '月报：每月 1 日自动生成上个月的月报（Excel），在这里下载；也可以立即生成。',
    audit: '操作记录（县级管理员）：登录、导出、查看完整证件号、添加站点等操作，谁、什么时候、为什么。',
  },
} as const;
