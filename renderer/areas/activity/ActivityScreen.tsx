// Activity: every change Lilypad sent, as main recorded it, across instances. Filter,
// export (CSV or JSON) and open the object an entry changed.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useState } from 'react';
import type { ActivityExportFormat } from '../../../shared/areas/activity/model';
import { useInstances } from '../../app/active-instance';
import { openObject } from '../../app/open-object';
import { useUiStore } from '../../app/ui-store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { downloadText } from '../../components/files';
import { LoadingState } from '../../components/LoadingState';
import { notify } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ActivityFilters, NO_FILTERS, toFilter, type FilterValues } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import { useActivity, useActivityExport } from './api';
import type { ObjectLink } from './activity-view';

const PAGE = 100;
const MAX_SHOWN = 500;
const fmt = new Intl.NumberFormat('en-US');

export default function ActivityScreen() {
  const [values, setValues] = useState<FilterValues>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  const search = useDeferredValue(values.search);
  const filter = toFilter({ ...values, search });
  const activity = useActivity(filter, limit);
  const exporter = useActivityExport();
  const saved = useInstances().data ?? [];
  const setActive = useUiStore((s) => s.setActiveInstanceId);
  const page = activity.data;
  const filtered = Boolean(filter.instanceId || filter.call || filter.search || filter.result !== 'all');

  const onExport = (format: ActivityExportFormat) =>
    exporter.mutate(
      { ...filter, format },
      {
        onSuccess: (file) => {
          downloadText(file.fileName, file.text, file.mimeType);
          notify('info', `Exported ${fmt.format(file.count)} entr${file.count === 1 ? 'y' : 'ies'} to ${file.fileName}.`, { testId: 'activity-message' });
        },
        onError: (error) => notify('error', `The export failed: ${error.message}`, { testId: 'activity-message' }),
      },
    );

  const onOpen = (link: ObjectLink) => {
    setActive(link.instanceId);
    openObject(link.screen, link.instanceId, link.name);
  };

  const retention = page?.retention;
  return (
    <Box>
      <PageHeader
        title="Activity"
        subtitle={`Every change Lilypad sent, newest first, kept on this computer${retention ? ` for ${retention.maxAgeDays} days (at most ${fmt.format(retention.maxEntries)} entries)` : ''}. Inputs are not kept: no password or token is ever written here.`}
        actions={
          <>
            <Button onClick={() => void activity.refetch()} disabled={activity.isFetching}>
              Reload
            </Button>
            <Button startIcon={<FileDownloadOutlined />} onClick={() => onExport('csv')} disabled={exporter.isPending} data-testid="activity-export-csv">
              Export CSV
            </Button>
            <Button startIcon={<FileDownloadOutlined />} onClick={() => onExport('json')} disabled={exporter.isPending} data-testid="activity-export-json">
              Export JSON
            </Button>
          </>
        }
      />
      <ActivityFilters
        values={values}
        facets={page?.facets}
        onChange={(patch) => {
          setValues((previous) => ({ ...previous, ...patch }));
          setLimit(PAGE);
        }}
      />
      {activity.isPending && <LoadingState label="Reading the activity log…" />}
      {activity.isError && <ErrorState title="The activity log could not be read" error={activity.error} onRetry={() => void activity.refetch()} />}
      {page && page.total === 0 && (
        <EmptyState
          icon={<HistoryOutlined />}
          title={filtered ? 'Nothing matches these filters' : 'No changes yet'}
          description={filtered ? 'Clear a filter to see more.' : 'Every change Lilypad sends (creating a user, deleting a group, saving settings…) is listed here.'}
        />
      )}
      {page && page.total > 0 && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="activity-count">
            {fmt.format(Math.min(page.rows.length, page.total))} of {fmt.format(page.total)}
          </Typography>
          <ActivityTable rows={page.rows} saved={saved} onOpen={onOpen} />
          {page.total > page.rows.length && (
            <Box sx={{ mt: 1.5, display: 'flex', gap: 2, alignItems: 'center' }}>
              {limit < MAX_SHOWN ? (
                <Button onClick={() => setLimit((n) => Math.min(MAX_SHOWN, n + PAGE))}>Show {PAGE} more</Button>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  Showing the newest {fmt.format(MAX_SHOWN)}: filter, or export for every entry.
                </Typography>
              )}
            </Box>
          )}
        </>
      )}
    </Box>
  );
}
