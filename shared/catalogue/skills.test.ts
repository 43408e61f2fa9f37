import { describe, expect, it } from 'vitest';
import { SKILL_CATEGORIES, SKILLS, skillByCode } from './skills';

describe('skills catalogue', () => {
  it('has about sixty skills with unique codes and names in both languages', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(55);
    expect(new Set(SKILLS.map((s) => s.code)).size).toBe(SKILLS.length);
    expect(new Set(SKILLS.map((s) => s.zh)).size).toBe(SKILLS.length);
    for (const s of SKILLS) {
      expect(s.code).toMatch(/^[a-z0-9-]+$/);
      expect(s.zh.trim()).not.toBe('');
      expect(s.en.trim()).not.toBe('');
      expect(SKILL_CATEGORIES).toContain(s.category);
    }
  });

  it('includes the skills the county asks for most', () => {
    for (const code of [
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
    ]) {
      expect(skillByCode(code), code).toBeDefined();
    }
  });
});
