// The circle of trust of every saved instance as a small graph: an arrow from an instance
// to each platform it federates to, labelled with the entities. Targets that are not
// saved instances are listed under the graph.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { TrustGraph } from './trust-graph';
import { circleLayout } from './trust-graph';

const WIDTH = 640;
const HEIGHT = 300;
const RADIUS = 34;

export function TrustGraphView({ graph }: { graph: TrustGraph }) {
  const theme = useTheme();
  const positions = circleLayout(graph.nodes.length, WIDTH, HEIGHT);
  const at = new Map(graph.nodes.map((node, i) => [node.id, positions[i]]));
  const inner = graph.edges.filter((edge) => edge.to !== undefined);
  const outside = graph.edges.filter((edge) => edge.to === undefined);
  const ink = theme.palette.text.primary;
  return (
    <Box>
      <Box
        component="svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="Circle of trust of the saved instances"
        data-testid="trust-graph"
        sx={{ width: '100%', maxWidth: WIDTH, border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        <defs>
          <marker id="trust-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={theme.palette.primary.main} />
          </marker>
        </defs>
        {inner.map((edge) => {
          const a = at.get(edge.from);
          const b = at.get(edge.to ?? '');
          if (!a || !b) return null;
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const length = Math.hypot(dx, dy) || 1;
          const ux = dx / length;
          const uy = dy / length;
          // Offset sideways so two instances federating to each other show two arrows.
          const ox = -uy * 6;
          const oy = ux * 6;
          const x1 = a.x + ux * RADIUS + ox;
          const y1 = a.y + uy * RADIUS + oy;
          const x2 = b.x - ux * RADIUS + ox;
          const y2 = b.y - uy * RADIUS + oy;
          const from = graph.nodes.find((n) => n.id === edge.from)?.name ?? '';
          const to = graph.nodes.find((n) => n.id === edge.to)?.name ?? '';
          return (
            <g key={`${edge.from}-${edge.targetName}`} data-testid="trust-edge" data-from={from} data-to={to}>
              <title>{`${from} → ${to}: ${edge.entities.join(', ')}${edge.active ? '' : ' (inactive)'}`}</title>
              <line
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                stroke={theme.palette.primary.main}
                strokeWidth={2}
                strokeDasharray={edge.active ? undefined : '4 4'}
                markerEnd="url(#trust-arrow)"
              />
              <text x={(x1 + x2) / 2 + ox * 2} y={(y1 + y2) / 2 + oy * 2} fontSize={11} textAnchor="middle" fill={theme.palette.text.secondary}>
                {edge.entities.join(', ')}
              </text>
            </g>
          );
        })}
        {graph.nodes.map((node, i) => (
          <g key={node.id} data-testid="trust-node" data-name={node.name}>
            <circle
              cx={positions[i].x}
              cy={positions[i].y}
              r={RADIUS}
              fill={theme.palette.background.paper}
              stroke={node.state === 'failed' ? theme.palette.error.main : ink}
              strokeWidth={1.5}
            />
            <text x={positions[i].x} y={positions[i].y + 4} fontSize={12} textAnchor="middle" fill={ink}>
              {node.name.length > 12 ? `${node.name.slice(0, 11)}…` : node.name}
            </text>
            {node.state === 'failed' ? (
              <text x={positions[i].x} y={positions[i].y + RADIUS + 14} fontSize={10} textAnchor="middle" fill={theme.palette.error.main}>
                not readable
              </text>
            ) : null}
          </g>
        ))}
      </Box>
      {outside.length ? (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Federation targets that are not saved instances:
          </Typography>
          {outside.map((edge) => (
            <Typography key={`${edge.from}-${edge.targetName}`} variant="body2" data-testid="trust-outside">
              {graph.nodes.find((n) => n.id === edge.from)?.name} → {edge.targetName} ({edge.url}): {edge.entities.join(', ')}
            </Typography>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
