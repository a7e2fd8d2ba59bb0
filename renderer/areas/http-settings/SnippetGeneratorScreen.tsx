// Offline NGINX/Apache snippets: no instance needed, nothing leaves the machine.
import FileOpenOutlined from '@mui/icons-material/FileOpenOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Alert, Box, Button } from '@mui/material';
import { useRef, useState } from 'react';
import { downloadText } from '../../components/files';
import { JsonFileInput } from '../../components/JsonFileInput';
import { PageHeader } from '../../components/PageHeader';
import { defaultForm, formFromSettings } from './form/form-model';
import { ProblemList } from './form/ProblemList';
import { SnippetForm } from './form/SnippetForm';
import { SnippetPreview } from './form/SnippetPreview';
import { TwoColumns } from './form/TwoColumns';
import { useSnippetForm } from './form/use-snippet-form';
import { parseSettingsFile, readFileText } from './settings-file';

export default function SnippetGeneratorScreen() {
  const form = useSnippetForm(defaultForm);
  const fileInput = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const load = async (file: File) => {
    const loaded = parseSettingsFile(await readFileText(file));
    if (!loaded.ok) {
      setNote({ severity: 'error', text: `${file.name}: ${loaded.message}` });
      return;
    }
    // Repositories and nodes are not part of the webServer JSON: keep the ones typed unless the file has them.
    const next = formFromSettings(loaded.settings, loaded.dockerRepos ?? [], loaded.haNodes ?? []);
    form.reset(loaded.dockerRepos ? next : { ...next, repos: form.form.repos, ha: form.form.ha, nodes: form.form.nodes });
    setNote({ severity: 'success', text: `Loaded ${file.name}.` });
  };

  const save = () => {
    // The server name makes a handy file name; anything odd in it becomes '-'.
    const stem = (form.form.settings.serverName ?? '')
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '');
    const name = `${stem || 'webServer'}.json`;
    downloadText(name, `${JSON.stringify(form.output.input.settings, null, 2)}\n`, 'application/json');
    setNote({ severity: 'success', text: `Saved the settings as ${name}.` });
  };

  return (
    <Box>
      <PageHeader
        title="Snippet generator"
        subtitle="Write NGINX or Apache configuration for a self-hosted JFrog Platform, with no instance and no network. The settings file is the platform's webServer JSON."
        actions={
          <>
            <Button variant="outlined" startIcon={<FileOpenOutlined />} onClick={() => fileInput.current?.click()}>
              Load settings…
            </Button>
            <Button variant="outlined" startIcon={<SaveAltOutlined />} onClick={save}>
              Save settings
            </Button>
            <JsonFileInput inputRef={fileInput} testId="settings-file-input" onFile={(file) => void load(file)} />
          </>
        }
      />
      {note && (
        <Alert severity={note.severity} variant="outlined" sx={{ mb: 2 }} onClose={() => setNote(null)} role="status">
          {note.text}
        </Alert>
      )}
      <TwoColumns
        left={
          <>
            <ProblemList problems={form.problems} />
            <SnippetForm api={form} problems={form.problems} />
          </>
        }
        right={<SnippetPreview generated={form.generated} fileStem={form.form.settings.serverName || 'artifactory'} />}
      />
    </Box>
  );
}
