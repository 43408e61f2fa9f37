import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { SKILLS } from '#shared/catalogue/skills';
import { SKILL_LEVELS } from '#shared/entities/common';

/** Skills with levels, chosen from the catalogue (searchable by Chinese name). */
export function SkillList() {
  const { t, i18n } = useTranslation();
  const label = (s: (typeof SKILLS)[number]) => (i18n.language === 'en' ? s.en : s.zh);
  return (
    <Form.List name="skills">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'code']} rules={[{ required: true, message: t('errors.required') }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: 260 }}
                  placeholder={t('seekers.skill')}
                  aria-label={t('seekers.skill')}
                  options={SKILLS.map((s) => ({ value: s.code, label: label(s) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'level']} initialValue="skilled">
                <Select
                  style={{ width: 140 }}
                  aria-label={t('seekers.level')}
                  options={SKILL_LEVELS.map((l) => ({ value: l, label: t(`options.level.${l}`) }))}
                />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ level: 'skilled' })}>
            {t('seekers.addSkill')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
