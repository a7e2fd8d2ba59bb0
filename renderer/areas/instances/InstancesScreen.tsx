import Add from '@mui/icons-material/Add';
import DnsOutlined from '@mui/icons-material/DnsOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect, useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { useActiveInstance, useInstances } from '../../app/active-instance';
import { useDuplicateInstance, useRemoveInstance } from './api';
import { navigate, useSubRoute } from '../../app/router';
import { useUiStore } from '../../app/ui-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { notify } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { InstanceCard } from './InstanceCard';
import { InstanceFormDialog } from './InstanceFormDialog';
import { SecretStorageNotice } from './SecretStorageNotice';
import { TransferButtons } from './TransferButtons';

type Editing = { mode: 'add' } | { mode: 'edit'; instance: InstanceView } | null;
type Message = { severity: 'success' | 'error' | 'info'; text: string };

const setMessage = ({ severity, text }: Message) => notify(severity, text, { testId: 'instances-message' });

export default function InstancesScreen() {
  const instances = useInstances();
  const active = useActiveInstance();
  const setActive = useUiStore((s) => s.setActiveInstanceId);
  const sub = useSubRoute();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<InstanceView | null>(null);
  const duplicate = useDuplicateInstance();
  const remove = useRemoveInstance();

  // "#/instances/new" (from the welcome screen) opens the add form once.
  useEffect(() => {
    if (sub === 'new') {
      setEditing({ mode: 'add' });
      navigate('instances');
    }
  }, [sub]);

  const list = instances.data ?? [];
  const addButton = (
    <Button variant="contained" startIcon={<Add />} onClick={() => setEditing({ mode: 'add' })}>
      Add instance
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Instances"
        subtitle="The JFrog Platform instances Lilypad manages. Passwords and tokens stay in the main process and are never shown."
        actions={
          <>
            <TransferButtons hasInstances={list.length > 0} onMessage={setMessage} />
            {addButton}
          </>
        }
      />
      <SecretStorageNotice />
      {instances.isPending && <LoadingState label="Loading instances…" />}
      {instances.isError && <ErrorState title="Could not load instances" error={instances.error} onRetry={() => void instances.refetch()} />}
      {instances.isSuccess && list.length === 0 && (
        <EmptyState
          icon={<DnsOutlined />}
          title="No instances yet"
          description="Add your first JFrog Platform instance, or import a file exported from another Lilypad."
          action={addButton}
        />
      )}
      <Stack spacing={1.5}>
        {list.map((instance) => (
          <InstanceCard
            key={instance.id}
            instance={instance}
            active={instance.id === active?.id}
            onActivate={() => setActive(instance.id)}
            onEdit={() => setEditing({ mode: 'edit', instance })}
            onDuplicate={() =>
              duplicate.mutate(
                { id: instance.id },
                {
                  onSuccess: (copy) => setMessage({ severity: 'success', text: `Created ${copy.name}.${copy.hasSecret ? ' Its credential was copied too.' : ''}` }),
                  onError: (error) => setMessage({ severity: 'error', text: `Could not duplicate ${instance.name}: ${error.message}` }),
                },
              )
            }
            onRemove={() => setRemoving(instance)}
          />
        ))}
      </Stack>

      {editing && (
        <InstanceFormDialog
          instance={editing.mode === 'edit' ? editing.instance : undefined}
          onClose={() => setEditing(null)}
          onSaved={(saved, isNew) => {
            setEditing(null);
            if (isNew) setActive(saved.id);
            setMessage({ severity: 'success', text: isNew ? `Added ${saved.name}.` : `Saved ${saved.name}.` });
          }}
        />
      )}
      <ConfirmDialog
        open={Boolean(removing)}
        title={`Remove ${removing?.name ?? ''}?`}
        message={
          <>
            Lilypad forgets <strong>{removing?.name}</strong> ({removing?.baseUrl}) and its stored credential. Nothing changes on the platform itself.
          </>
        }
        confirmLabel="Remove"
        destructive
        instance={removing ?? undefined}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          if (!target) return;
          remove.mutate(
            { id: target.id },
            {
              onSuccess: () => {
                setRemoving(null);
                setMessage({ severity: 'success', text: `Removed ${target.name}.` });
              },
              onError: (error) => setMessage({ severity: 'error', text: `Could not remove ${target.name}: ${error.message}` }),
            },
          );
        }}
      />
    </>
  );
}
