// The charts of one instance's history, in their own chunk (MUI X Charts loads only when a
// history is opened): response time over time, and the state of each service over time.
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { LineChart } from '@mui/x-charts/LineChart';
import type { InstanceHistory, ServiceTimeline } from '../../../shared/areas/fleet/model';
import { fillOf } from './fleet-style';
import { clockTime, dateTime, dayOf } from '../../components/time-format';

const SEGMENT_LABEL: Record<string, string> = {
  HEALTHY: 'Healthy',
  UNHEALTHY: 'Unhealthy',
  UNHEALTHY_PEER: 'Peer unhealthy',
  UNKNOWN: 'Unknown',
  FAILED: 'Failed',
  UNREACHABLE: 'Unreachable',
};

const when = (at: number, span: number) => (span > 2 * 86_400_000 ? dayOf(at) : clockTime(at));

export default function HistoryCharts({ history }: { history: InstanceHistory }) {
  const span = history.to - history.from;
  const points = history.points;
  return (
    <Box data-testid="fleet-charts">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Response time (ms)
      </Typography>
      {points.some((point) => point.responseMs !== undefined) ? (
        <LineChart
          height={200}
          margin={{ left: 8, right: 16, top: 16, bottom: 8 }}
          xAxis={[
            {
              data: points.map((point) => new Date(point.at)),
              scaleType: 'time',
              min: new Date(history.from),
              max: new Date(history.to),
              valueFormatter: (value: Date) => when(value.getTime(), span),
            },
          ]}
          yAxis={[{ width: 52 }]}
          series={[{ data: points.map((point) => point.responseMs ?? null), showMark: points.length < 60, label: 'Router health round trip (ms)', connectNulls: false }]}
          hideLegend
          skipAnimation
        />
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ my: 2 }}>
          No answer in this period.
        </Typography>
      )}
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 1, mb: 1 }}>
        State per service
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: '140px 1fr', rowGap: 0.75, columnGap: 1.5, alignItems: 'center' }} data-testid="service-timelines">
        {history.timelines.map((timeline) => (
          <Timeline key={timeline.serviceId} timeline={timeline} from={history.from} to={history.to} />
        ))}
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', ml: '152px', mt: 0.5 }}>
        <Typography variant="caption" color="text.secondary">
          {when(history.from, span)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          now
        </Typography>
      </Box>
    </Box>
  );
}

function Timeline({ timeline, from, to }: { timeline: ServiceTimeline; from: number; to: number }) {
  const theme = useTheme();
  const width = to - from;
  return (
    <>
      <Typography variant="body2" noWrap title={timeline.serviceId}>
        {timeline.name}
      </Typography>
      <Box
        sx={{ position: 'relative', height: 14, bgcolor: 'action.hover', borderRadius: 0.5, overflow: 'hidden' }}
        role="img"
        aria-label={`${timeline.name} over time`}
        data-testid="service-timeline"
        data-service={timeline.serviceId}
      >
        {timeline.segments.map((segment) => {
          const left = Math.max(0, (segment.from - from) / width) * 100;
          const right = Math.min(1, (segment.to - from) / width) * 100;
          if (right <= left) return null;
          return (
            <Tooltip
              key={`${segment.from}-${segment.state}`}
              title={`${SEGMENT_LABEL[segment.state] ?? segment.state}${segment.message ? `: ${segment.message}` : ''} (${dateTime(segment.from)} – ${dateTime(segment.to)})`}
              disableInteractive
            >
              <Box
                data-state={segment.state}
                // A few pixels at least, and never pushed out past the right edge (a check made a moment ago).
                sx={{
                  position: 'absolute',
                  top: 0,
                  bottom: 0,
                  left: `min(${left}%, calc(100% - 3px))`,
                  width: `max(${right - left}%, 3px)`,
                  bgcolor: fillOf(theme, segment.state),
                }}
              />
            </Tooltip>
          );
        })}
      </Box>
    </>
  );
}
