/**
 * Skills common in county work, for seekers, job postings and courses. Each names the occupation of the
 * national classification (《中华人民共和国职业分类大典》2022) it belongs to, where there is one. The
 * classification's numeric codes are left empty until checked against the 2022 edition (the 2015 and 2022
 * editions renumbered many): `occupationCode: null` means "not yet verified", never "none".
 */
export const SKILL_CATEGORIES = [
  'garment',
  'food',
  'ecommerce',
  'care',
  'trades',
  'logistics',
  'agriculture',
  'crafts',
  'services',
  'office',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface Skill {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly category: SkillCategory;
  /** Occupation in the national classification, by name */
  readonly occupation: string | null;
  readonly occupationCode: string | null;
}

const s = (code: string, zh: string, en: string, category: SkillCategory, occupation: string | null = null): Skill => ({
  code,
  zh,
  en,
  category,
  occupation,
  occupationCode: null,
});

export const SKILLS: readonly Skill[] = [
  s('sewing-machine', '缝纫机操作', 'Sewing-machine operation', 'garment', '服装制作工'),
  s('garment-finishing', '服装整烫与后整', 'Garment finishing and pressing', 'garment', '服装制作工'),
  s('garment-cutting', '服装裁剪', 'Garment cutting', 'garment', '服装制版师'),
  s('knitting', '针织编织', 'Knitting', 'garment', '针织工'),
  s('shoe-making', '制鞋', 'Shoe making', 'garment', '制鞋工'),
  s('textile-qc', '纺织品检验', 'Textile inspection', 'garment', '纺织纤维检验员'),
  s('food-processing', '食品加工', 'Food processing', 'food', '食品加工工'),
  s('pastry', '中式面点', 'Chinese pastry', 'food', '中式面点师'),
  s('chinese-cooking', '中式烹调', 'Chinese cooking', 'food', '中式烹调师'),
  s('tea-processing', '茶叶加工', 'Tea processing', 'food', '茶叶加工工'),
  s('fruit-veg-packing', '果蔬分拣包装', 'Fruit and vegetable sorting and packing', 'food', null),
  s('meat-processing', '肉制品加工', 'Meat processing', 'food', '肉制品加工工'),
  s('ecommerce-service', '电商客服', 'E-commerce customer service', 'ecommerce', '互联网营销师'),
  s('livestream-selling', '直播带货', 'Livestream selling', 'ecommerce', '互联网营销师'),
  s('online-store', '网店运营', 'Online store operation', 'ecommerce', '电子商务师'),
  s('product-photo', '商品拍摄与修图', 'Product photography', 'ecommerce', null),
  s('elderly-care', '养老护理', 'Elderly care', 'care', '养老护理员'),
  s('infant-care', '育婴', 'Infant care', 'care', '育婴员'),
  s('maternity-care', '母婴护理（月嫂）', 'Maternity care', 'care', '家政服务员'),
  s('housekeeping', '家政服务', 'Housekeeping', 'care', '家政服务员'),
  s('patient-care', '医疗护理员', 'Patient care assistant', 'care', '医疗护理员'),
  s('childcare-assistant', '保育', 'Nursery assistant', 'care', '保育师'),
  s('electrician', '电工', 'Electrician', 'trades', '电工'),
  s('welding', '焊接', 'Welding', 'trades', '焊工'),
  s('bricklaying', '砌筑', 'Bricklaying', 'trades', '砌筑工'),
  s('rebar', '钢筋工', 'Rebar work', 'trades', '钢筋工'),
  s('carpentry', '木工', 'Carpentry', 'trades', '木工'),
  s('plastering', '抹灰', 'Plastering', 'trades', '抹灰工'),
  s('painting-decorating', '油漆与装饰', 'Painting and decorating', 'trades', '装饰装修工'),
  s('tiling', '铺贴瓷砖', 'Tiling', 'trades', '装饰装修工'),
  s('plumbing', '水暖安装', 'Plumbing', 'trades', '管工'),
  s('scaffolding', '架子工', 'Scaffolding', 'trades', '架子工'),
  s('machine-operation', '机床操作', 'Machine-tool operation', 'trades', '车工'),
  s('electronics-assembly', '电子装配', 'Electronics assembly', 'trades', '电子设备装接工'),
  s('appliance-repair', '家电维修', 'Appliance repair', 'trades', '家用电器产品维修工'),
  s('auto-repair', '汽车维修', 'Car repair', 'trades', '汽车维修工'),
  s('forklift', '叉车驾驶', 'Forklift driving', 'logistics', '叉车司机'),
  s('parcel-sorting', '快递分拣', 'Parcel sorting', 'logistics', '快递员'),
  s('delivery', '快递与配送', 'Delivery', 'logistics', '快递员'),
  s('warehouse', '仓库管理', 'Warehouse keeping', 'logistics', '仓储管理员'),
  s('truck-driving', '货车驾驶', 'Truck driving', 'logistics', '道路货运汽车驾驶员'),
  s('greenhouse', '大棚种植', 'Greenhouse farming', 'agriculture', '农艺工'),
  s('fruit-trees', '果树栽培', 'Fruit-tree growing', 'agriculture', '果树园艺工'),
  s('tea-growing', '茶园管理', 'Tea-garden work', 'agriculture', '茶园工'),
  s('livestock', '畜禽养殖', 'Livestock raising', 'agriculture', '家畜饲养员'),
  s('aquaculture', '水产养殖', 'Fish farming', 'agriculture', '水生动物饲养工'),
  s('mushrooms', '食用菌种植', 'Mushroom growing', 'agriculture', '食用菌生产工'),
  s('farm-machinery', '农机操作', 'Farm-machinery operation', 'agriculture', '农业机械操作员'),
  s('bamboo-weaving', '竹编', 'Bamboo weaving', 'crafts', '竹编工'),
  s('embroidery', '刺绣', 'Embroidery', 'crafts', '刺绣工'),
  s('batik', '蜡染', 'Batik', 'crafts', '手工印染工'),
  s('handicraft-assembly', '手工组装（串珠、饰品）', 'Handicraft assembly (beads, accessories)', 'crafts', null),
  s('rattan-weaving', '藤编草编', 'Rattan and straw weaving', 'crafts', '草编工'),
  s('cleaning', '保洁', 'Cleaning', 'services', '保洁员'),
  s('security-guard', '保安', 'Security guard', 'services', '保安员'),
  s('hairdressing', '美发', 'Hairdressing', 'services', '美发师'),
  s('restaurant-service', '餐厅服务', 'Restaurant service', 'services', '餐厅服务员'),
  s('hotel-service', '客房服务', 'Hotel room service', 'services', '客房服务员'),
  s('retail-sales', '营业员', 'Retail sales', 'services', '营业员'),
  s('computer-basics', '电脑基础操作', 'Computer basics', 'office', null),
  s('data-entry', '数据录入', 'Data entry', 'office', '计算机操作员'),
  s('bookkeeping', '记账出纳', 'Bookkeeping', 'office', null),
];

const BY_CODE = new Map(SKILLS.map((skill) => [skill.code, skill]));

export function skillByCode(code: string): Skill | undefined {
  return BY_CODE.get(code);
}
