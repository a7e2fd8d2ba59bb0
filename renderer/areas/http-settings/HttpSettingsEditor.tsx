// The loaded HTTP settings of one instance: edit, preview, compare and save.
import { useMemo, useState } from 'react';
import { webServerBody, type DockerRepo, type WebServerSettings } from '../../../shared/areas/http-settings/model';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { usePlatformSnippet, useSaveHttpSettings } from './api';
import { ReadOnlyNotice, isReadOnly } from '../../components/ReadOnlyNotice';
import { formFromSettings } from './form/form-model';
import { ProblemList } from './form/ProblemList';
import { settingsChanges } from './form/settings-diff';
import { SnippetForm } from './form/SnippetForm';
import { SnippetPreview } from './form/SnippetPreview';
import { TwoColumns } from './form/TwoColumns';
import { useSnippetForm } from './form/use-snippet-form';
import { SaveBar } from './SaveBar';
import { SaveConfirmDialog } from './SaveConfirmDialog';

interface Props {
  instance: InstanceView;
  /** The settings as last read from the platform: the baseline for "what changes". */
  settings: WebServerSettings;
  dockerRepos: DockerRepo[];
}

export function HttpSettingsEditor({ instance, settings, dockerRepos }: Props) {
  const form = useSnippetForm(() => formFromSettings(settings, dockerRepos));
  const platformSnippet = usePlatformSnippet(instance.id);
  const save = useSaveHttpSettings(instance.id);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);

  // What Save sends: the request body itself, so "what changes" never lists an offline-only field.
  const outgoing = useMemo(() => webServerBody(form.output.input.settings), [form.output]);
  const changes = useMemo(() => settingsChanges(settings, outgoing), [settings, outgoing]);
  const disabledReason = isReadOnly(instance)
    ? `${instance.name} is read-only in Lilypad: saving is disabled.`
    : form.problems.length > 0
      ? 'Fix the problems above to save.'
      : changes.length === 0
        ? 'No changes to save.'
        : null;

  const confirm = async () => {
    try {
      await save.save(outgoing);
      setSaved(true);
    } catch {
      // save.error holds it; the form keeps what the user typed.
      setSaved(false);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <>
      <ReadOnlyNotice instance={instance} />
      <TwoColumns
        left={
          <>
            <ProblemList problems={form.problems} />
            <SnippetForm api={form} problems={form.problems} />
            <SaveBar
              disabledReason={disabledReason}
              busy={save.isPending}
              error={save.error}
              saved={saved && changes.length === 0}
              onSave={() => {
                save.reset();
                setConfirming(true);
              }}
            />
          </>
        }
        right={
          <SnippetPreview
            generated={form.generated}
            fileStem={form.form.settings.serverName || instance.name}
            platform={{
              loading: platformSnippet.isLoading,
              error: platformSnippet.error,
              text: platformSnippet.data?.text,
              note: "What the platform generates from its saved settings, with the repository ports it holds. Ports edited here shape the offline snippets only; Save keeps the platform's.",
            }}
          />
        }
      />
      <SaveConfirmDialog open={confirming} instance={instance} changes={changes} busy={save.isPending} onConfirm={() => void confirm()} onClose={() => setConfirming(false)} />
    </>
  );
}
