import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TableTemplate } from '#shared/registry/template';
import type { Result } from '#shared/result';
import { useGuardedLeave } from '../hooks/use-leave-guard';
import { getPlatform } from '../platform/platform';
import type { CheckProgress } from '../registry/table-check';
import type { SheetRow } from '../registry/save-in-batches';
import { CheckReport } from './check-report';
import { errorText } from './forms';
import { CheckProgressCard, SaveProgressCard } from './import-progress';
import { SaveReportCard } from './save-report';
import { templateWorkbook } from './template-workbook';
import { useTableImport, type CheckedFile, type ChosenFile } from './use-table-import';

export type { CheckedFile, ChosenFile } from './use-table-import';

async function templateBase64(template: TableTemplate): Promise<string> {
  const bytes = await templateWorkbook(template);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * An import page, the same everywhere: download the template, choose the file, see every row's problems,
 * and import only after confirming. The file is read and checked in a Web Worker and saved a few thousand
 * rows at a time, each step with its progress on screen, so a large file never freezes the page.
 */
export function TableImport<T extends SheetRow>(props: {
  readonly title: string;
  readonly intro: string;
  readonly back: { readonly to: string; readonly label: string };
  readonly templateName: string;
  readonly template: TableTemplate;
  readonly fieldLabel: (field: string) => string;
  readonly check: (
    file: ChosenFile,
    progress: (progress: CheckProgress) => void,
    signal: AbortSignal,
  ) => Promise<Result<CheckedFile<T>>>;
  readonly onDone: (saved: number) => void;
  readonly texts: {
    readonly summary: (ok: number, bad: number) => string;
    readonly confirm: (count: number) => string;
  };
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const leave = useGuardedLeave();
  const { stage, choose, confirm, retry, reset } = useTableImport({ check: props.check, onDone: props.onDone });

  const download = async () => {
    const saved = await getPlatform().saveFile({
      suggestedName: props.templateName,
      content: await templateBase64(props.template),
      encoding: 'base64',
    });
    if (!saved.ok) void message.error(errorText(t, saved.error.code));
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{props.title}</Typography.Title>
        <Button onClick={() => leave(() => void navigate(props.back.to))}>{props.back.label}</Button>
      </Space>
      <Typography.Paragraph>{props.intro}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button size="large" icon={<DownloadOutlined />} onClick={() => void download()}>
          {t('seekerImport.template')}
        </Button>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          disabled={stage.step === 'saving'}
          beforeUpload={(file) => {
            void file.arrayBuffer().then((buffer) => choose({ name: file.name, bytes: new Uint8Array(buffer) }));
            return false;
          }}
        >
          <Button
            size="large"
            type="primary"
            icon={<UploadOutlined />}
            loading={stage.step === 'checking'}
            disabled={stage.step === 'saving'}
          >
            {t('seekerImport.choose')}
          </Button>
        </Upload>
      </Space>
      {stage.step === 'checking' && <CheckProgressCard source={stage.source} progress={stage.progress} />}
      {stage.step === 'saving' && <SaveProgressCard progress={stage.progress} />}
      {stage.step === 'saved' && (
        <SaveReportCard source={stage.source} report={stage.report} onRetry={retry} onClose={reset} />
      )}
      {(stage.step === 'checked' || stage.step === 'saving' || stage.step === 'saved') && (
        <CheckReport
          source={stage.source}
          checked={stage.file}
          fieldLabel={props.fieldLabel}
          texts={props.texts}
          {...(stage.step === 'checked' ? { onConfirm: confirm, onCancel: reset } : {})}
        />
      )}
    </div>
  );
}
