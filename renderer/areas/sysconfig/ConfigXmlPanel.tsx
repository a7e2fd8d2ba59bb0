// The general configuration (artifactory.config.xml): edit in a real XML editor, see the
// problem the moment the XML stops being well-formed, diff the edit against what the
// platform holds, and save after a confirmation that names the instance (its name typed
// when it is labelled production). Main keeps the current XML as a local backup first.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { configXmlSchema } from '../../../shared/areas/sysconfig/model';
import { describeXmlProblem, xmlProblem } from '../../../shared/areas/sysconfig/xml-check';
import { useInstanceAccess } from '../../app/instance-access';
import { DiffView } from '../../components/code/DiffView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { useSaveConfigXml } from './api';
import { XmlEditor } from './XmlEditor';

interface Props {
  instance: InstanceView;
  /** What the platform holds now. */
  platformXml: string;
}

type View = 'edit' | 'diff';

export function ConfigXmlPanel({ instance, platformXml }: Props) {
  const { blockedReason } = useInstanceAccess();
  const [baseline, setBaseline] = useState(platformXml);
  const [draft, setDraft] = useState(platformXml);
  const [view, setView] = useState<View>('edit');
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveConfigXml(instance.id);

  // A new platform value (after a save, a restore or a reload) replaces an untouched draft.
  if (platformXml !== baseline) {
    setBaseline(platformXml);
    if (draft === baseline) setDraft(platformXml);
  }

  const problem = useMemo(() => xmlProblem(draft), [draft]);
  const dirty = draft !== platformXml;

  const send = async () => {
    // The same schema as the bridge, checked before anything is sent.
    const checked = configXmlSchema.safeParse(draft);
    if (!checked.success) return;
    setSaved(null);
    try {
      const result = await save.mutateAsync({ xml: checked.data });
      setConfirming(false);
      setView('edit');
      setSaved(`Saved to ${instance.name}. What it held before is kept as a local backup taken ${new Date(result.backup.takenAt).toLocaleString()}.`);
    } catch {
      // The error is shown below; the draft stays as typed.
      setConfirming(false);
    }
  };

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup size="small" exclusive value={view} onChange={(_e, next: View | null) => next && setView(next)} aria-label="Editor or diff">
          <ToggleButton value="edit">Edit</ToggleButton>
          <ToggleButton value="diff">Diff with platform</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary" data-testid="xml-state">
          {dirty ? 'Edited: not saved' : 'Same as the platform'}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button size="small" disabled={!dirty || save.isPending} onClick={() => setDraft(platformXml)}>
          Discard edits
        </Button>
        <CurlButton call="sysconfig.saveXml" input={() => ({ xml: draft })} />
        <GuardedButton variant="contained" blockedReason={blockedReason} disabled={!dirty || problem !== null || save.isPending} onClick={() => setConfirming(true)}>
          Save to platform…
        </GuardedButton>
      </Stack>

      {problem ? (
        <Alert severity="error" data-testid="xml-problem">
          The XML is not well-formed, so it cannot be saved. {describeXmlProblem(problem)}.
        </Alert>
      ) : null}
      {saved ? (
        <Alert severity="success" data-testid="xml-saved" onClose={() => setSaved(null)}>
          {saved}
        </Alert>
      ) : null}
      {save.error ? <ErrorState error={save.error} title="The configuration was not saved (your edits are kept)" /> : null}

      {/* The editor stays mounted under the diff, so its undo history survives a look at the diff. */}
      <Box sx={{ display: view === 'edit' ? 'block' : 'none' }}>
        <XmlEditor value={draft} onChange={setDraft} label="artifactory.config.xml" readOnly={Boolean(blockedReason)} />
      </Box>
      {view === 'diff' ? <DiffView oldText={platformXml} newText={draft} oldLabel={`${instance.name} (platform)`} newLabel="Your edit" /> : null}

      <ConfirmDialog
        open={confirming}
        title={`Save the configuration of ${instance.name}?`}
        confirmLabel="Save configuration"
        instance={instance}
        busy={save.isPending}
        onConfirm={() => void send()}
        onClose={() => setConfirming(false)}
        message={
          <>
            {instance.name} ({instance.baseUrl}) will run with this artifactory.config.xml as soon as it is saved. Lilypad first keeps what the platform holds now as a local
            backup, which you can restore below.
          </>
        }
      />
    </Stack>
  );
}
