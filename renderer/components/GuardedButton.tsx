import Button, { type ButtonProps } from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';

/** A button for a change to the platform: disabled with the reason on hover when blocked. */
export function GuardedButton({ blockedReason, disabled, ...props }: ButtonProps & { blockedReason?: string }) {
  const button = <Button {...props} disabled={disabled || Boolean(blockedReason)} />;
  if (!blockedReason) return button;
  return (
    <Tooltip title={blockedReason}>
      {/* A disabled button fires no events: the span carries the tooltip. */}
      <span data-blocked-reason={blockedReason}>{button}</span>
    </Tooltip>
  );
}
