import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import Button from '@mui/material/Button';
import { useRef } from 'react';
import { useExportInstances, useImportInstances } from './api';
import { downloadText, readFileText } from '../../components/files';
import { JsonFileInput } from '../../components/JsonFileInput';

interface Props {
  hasInstances: boolean;
  onMessage: (message: { severity: 'success' | 'error' | 'info'; text: string }) => void;
}

/** Export the profiles (never secrets) as JSON, or import such a file. */
export function TransferButtons({ hasInstances, onMessage }: Props) {
  const exporter = useExportInstances();
  const importer = useImportInstances();
  const input = useRef<HTMLInputElement>(null);

  const onExport = () =>
    exporter.mutate(
      {},
      {
        onSuccess: ({ json }) => {
          downloadText(`lilypad-instances-${new Date().toISOString().slice(0, 10)}.json`, json, 'application/json');
          onMessage({ severity: 'info', text: 'Exported the instances. The file holds no password or token: add those after importing.' });
        },
        onError: (error) => onMessage({ severity: 'error', text: `Export failed: ${error.message}` }),
      },
    );

  const onImport = async (file: File) => {
    const json = await readFileText(file);
    importer.mutate(
      { json },
      {
        onSuccess: ({ imported, skipped }) =>
          onMessage({
            severity: imported > 0 ? 'success' : 'info',
            text: `Imported ${imported} instance${imported === 1 ? '' : 's'}${skipped.length ? `; skipped ${skipped.length}: ${skipped.join('; ')}` : ''}.${imported > 0 ? ' Add their credentials by editing them.' : ''}`,
          }),
        onError: (error) => onMessage({ severity: 'error', text: `Import failed: ${error.message}` }),
      },
    );
  };

  return (
    <>
      <Button startIcon={<FileUploadOutlined />} onClick={() => input.current?.click()} disabled={importer.isPending}>
        Import
      </Button>
      <Button startIcon={<FileDownloadOutlined />} onClick={onExport} disabled={!hasInstances || exporter.isPending}>
        Export
      </Button>
      <JsonFileInput inputRef={input} testId="import-file-input" onFile={(file) => void onImport(file)} />
    </>
  );
}
