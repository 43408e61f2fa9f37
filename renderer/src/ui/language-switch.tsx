import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';

/** 中文 / English, remembered on this PC. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('common.language')}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(value) => void setLanguage(value)}
      options={[
        { value: 'zh-CN', label: t('common.chinese') },
        { value: 'en', label: t('common.english') },
      ]}
    />
  );
}
