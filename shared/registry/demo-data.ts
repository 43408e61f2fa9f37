import type { Employer } from '../entities/employer';
import type { Job } from '../entities/job';
import { checkCharacter } from '../identifiers/resident-id';
import { presetGrid, withRange, EMPTY_WEEK, WEEKDAYS, type AvailabilityPreset } from '../schedule/week-grid';
import type { SeekerDraft } from './seeker-import';
import { mulberry32 } from '../random';

/**
 * A synthetic county for demonstrations and training: made-up people with valid-looking identifiers,
 * deterministic for a seed. No real person is in it.
 */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '吴',
  '周',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '罗',
  '田',
  '龙',
  '杨',
  '吴',
  '蒋',
  '姚',
];
const GIVEN = [
  '秀英',
  '桂兰',
  '玉梅',
  '红',
  '芳',
  '丽',
  '小燕',
  '海燕',
  '春花',
  '建国',
  '志强',
  '国华',
  '明',
  '伟',
  '勇',
  '军',
  '文斌',
  '德明',
  '永福',
  '金凤',
  '晓东',
  '丹',
  '婷',
  '雪梅',
];
const SKILL_POOL = [
  'sewing-machine',
  'garment-finishing',
  'food-processing',
  'ecommerce-service',
  'livestream-selling',
  'elderly-care',
  'infant-care',
  'electrician',
  'welding',
  'forklift',
  'greenhouse',
  'bamboo-weaving',
  'embroidery',
  'parcel-sorting',
  'cleaning',
  'chinese-cooking',
  'computer-basics',
  'tea-growing',
  'batik',
  'housekeeping',
];
const PRESETS: readonly AvailabilityPreset[] = ['schoolHours', 'mornings', 'weekdaysFullDay', 'afternoons', 'weekends'];

export interface DemoCounty {
  readonly seekers: readonly SeekerDraft[];
  readonly employers: readonly Omit<Employer, 'id' | 'stationId' | 'createdAt' | 'updatedAt' | 'deleted'>[];
  /** jobs refer to employers by index */
  readonly jobs: readonly (Omit<Job, 'id' | 'stationId' | 'createdAt' | 'updatedAt' | 'deleted' | 'employerId'> & {
    readonly employer: number;
  })[];
}

export function demoCounty(
  villageCodes: readonly string[],
  count: number,
  today: string,
  recordedBy: string,
  seed = 522626,
): DemoCounty {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const villages = villageCodes.length > 0 ? villageCodes : ['522626101201'];
  const seekers: SeekerDraft[] = [];
  for (let i = 0; i < count; i += 1) {
    const female = rnd() < 0.6;
    const year = 1965 + Math.floor(rnd() * 40);
    const birthDate = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const sequence =
      String(i % 1000)
        .padStart(3, '0')
        .slice(0, 2) + String((i % 5) * 2 + (female ? 0 : 1));
    const first17 = `522626${birthDate.replaceAll('-', '')}${sequence}`;
    const preset = pick(PRESETS);
    const schoolRun = female && preset === 'schoolHours' && rnd() < 0.7;
    seekers.push({
      name: pick(SURNAMES) + pick(GIVEN),
      sex: female ? 'female' : 'male',
      birthDate,
      idNumber: first17 + checkCharacter(first17),
      phone: `1${pick(['38', '39', '58', '87', '77'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
      villageCode: pick(villages),
      education: pick(['primary', 'junior', 'junior', 'senior', 'vocational'] as const),
      literacy: pick(['basic', 'fluent', 'fluent'] as const),
      skills: [...new Set([pick(SKILL_POOL), pick(SKILL_POOL)])]
        .slice(0, 1 + Math.floor(rnd() * 2))
        .map((code) => ({ code, level: pick(['beginner', 'skilled', 'expert'] as const) })),
      certificates: [],
      availability: presetGrid(preset),
      careDuties: schoolRun
        ? [{ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from: '15:30', to: '16:30', note: '' }]
        : [],
      physical: {
        standingHoursMax: year < 1972 ? 2 : null,
        liftKgMax: year < 1972 ? 10 : null,
        eyesight: 'good',
        hands: 'full',
      },
      commute: { maxMinutes: pick([20, 30, 45, 60]), mode: pick(['walk', 'ebike', 'motorcycle', 'bus'] as const) },
      homeBasedWanted: female && rnd() < 0.3,
      payFloor: rnd() < 0.6 ? { amount: pick([1800, 2000, 2500, 3000]), per: 'month' } : null,
      groups: [
        ...(schoolRun ? (['single-parent'] as const) : []),
        ...(year <= 1976 ? (['age-50-plus'] as const) : []),
        ...(rnd() < 0.15 ? (['poverty-relief'] as const) : []),
      ],
      pregnant: false,
      consent: { date: today, matching: true, county: rnd() < 0.9, recordedBy, withdrawnOn: null },
      status: 'active',
      notes: '',
    });
  }
  const employers: DemoCounty['employers'] = [
    {
      name: '思旸镇帮扶车间',
      kind: 'assistance-workshop',
      creditCode: null,
      villageCode: pick(villages),
      address: '镇政府旁',
      contactName: '陈主任',
      contactPhone: '13985550101',
    },
    {
      name: '水尾社区微工厂',
      kind: 'micro-factory',
      creditCode: null,
      villageCode: pick(villages),
      address: '社区服务中心二楼',
      contactName: '杨经理',
      contactPhone: '13985550102',
    },
    {
      name: '天马茶叶专业合作社',
      kind: 'cooperative',
      creditCode: null,
      villageCode: pick(villages),
      address: '茶园路 8 号',
      contactName: '龙社长',
      contactPhone: '13985550103',
    },
    {
      name: '岑巩县顺达物流有限公司',
      kind: 'enterprise',
      creditCode: null,
      villageCode: pick(villages),
      address: '工业园区',
      contactName: '刘主管',
      contactPhone: '13985550104',
    },
    {
      name: '客楼镇竹编家庭作坊',
      kind: 'household-workshop',
      creditCode: null,
      villageCode: pick(villages),
      address: '',
      contactName: '吴师傅',
      contactPhone: '13985550105',
    },
  ];
  const shortDay = withRange(EMPTY_WEEK, WEEKDAYS, 18, 30, true); // 09:00–15:00
  const longDay = withRange(EMPTY_WEEK, WEEKDAYS, 16, 34, true); // 08:00–17:00
  const base = {
    workplace: 'on-site' as const,
    literacyNeeded: 'none' as const,
    socialInsurance: true,
    startDate: today,
    endDate: null,
    status: 'open' as const,
    description: '',
  };
  const jobs: DemoCounty['jobs'] = [
    {
      ...base,
      employer: 0,
      title: '缝纫工（上学时间班）',
      occupation: '服装制作工',
      skills: [{ code: 'sewing-machine', level: 'beginner' }],
      schedule: { kind: 'grid', grid: shortDay },
      physical: { standingHours: 1, liftKg: 5, fineEyesight: true, bothHands: true },
      pay: { kind: 'piece', amount: 0.5, piecesPerHour: 40 },
      contractKind: 'labour',
      positions: 12,
    },
    {
      ...base,
      employer: 0,
      title: '缝纫工（全天班）',
      occupation: '服装制作工',
      skills: [{ code: 'sewing-machine', level: 'skilled' }],
      schedule: { kind: 'grid', grid: longDay },
      physical: { standingHours: 1, liftKg: 5, fineEyesight: true, bothHands: true },
      pay: { kind: 'monthly', amount: 3200 },
      contractKind: 'labour',
      positions: 8,
    },
    {
      ...base,
      employer: 1,
      title: '电商客服',
      occupation: '互联网营销师',
      skills: [
        { code: 'ecommerce-service', level: 'beginner' },
        { code: 'computer-basics', level: 'skilled' },
      ],
      schedule: { kind: 'flexible' },
      workplace: 'home-based',
      literacyNeeded: 'fluent',
      physical: { standingHours: 0, liftKg: 0, fineEyesight: false, bothHands: true },
      pay: { kind: 'hourly', amount: 20 },
      contractKind: 'part-time',
      positions: 5,
    },
    {
      ...base,
      employer: 2,
      title: '采茶工',
      occupation: '茶园工',
      skills: [{ code: 'tea-growing', level: 'beginner' }],
      schedule: { kind: 'grid', grid: presetGrid('mornings') },
      physical: { standingHours: 4, liftKg: 10, fineEyesight: false, bothHands: true },
      pay: { kind: 'daily', amount: 120 },
      contractKind: 'labour-service',
      socialInsurance: false,
      positions: 30,
    },
    {
      ...base,
      employer: 3,
      title: '快递分拣员',
      occupation: '快递员',
      skills: [{ code: 'parcel-sorting', level: 'beginner' }],
      schedule: { kind: 'grid', grid: longDay },
      physical: { standingHours: 8, liftKg: 20, fineEyesight: false, bothHands: true },
      pay: { kind: 'monthly', amount: 3500 },
      contractKind: 'labour',
      positions: 6,
    },
    {
      ...base,
      employer: 4,
      title: '竹编工（在家做）',
      occupation: '竹编工',
      skills: [{ code: 'bamboo-weaving', level: 'skilled' }],
      schedule: { kind: 'flexible' },
      workplace: 'home-based',
      physical: { standingHours: 0, liftKg: 2, fineEyesight: true, bothHands: true },
      pay: { kind: 'piece', amount: 8, piecesPerHour: 2.5 },
      contractKind: 'none',
      socialInsurance: false,
      positions: 10,
    },
  ];
  return { seekers, employers, jobs };
}
