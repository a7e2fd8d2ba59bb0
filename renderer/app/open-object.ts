import { create } from 'zustand';
import { navigate } from './router';

// Which object's panel each screen has open (a user, a group, a project…), per instance.
// Cross-links between areas go through here: openObject('groups', id, 'developers') opens
// that group's panel on the groups screen. Tagged with the instance so switching instance
// never opens a panel for a name from another one.
interface OpenObject {
  instanceId: string;
  name: string;
}

interface OpenObjects {
  open: Record<string, OpenObject | undefined>;
  set: (screen: string, value: OpenObject | undefined) => void;
}

const useOpenObjects = create<OpenObjects>()((set) => ({
  open: {},
  set: (screen, value) => set((state) => ({ open: { ...state.open, [screen]: value } })),
}));

/** The name open on `screen` for this instance, and its setter. */
export function useOpenObject(screen: string, instanceId: string | undefined): [string | null, (name: string | null) => void] {
  const current = useOpenObjects((state) => state.open[screen]);
  const set = useOpenObjects((state) => state.set);
  const name = current && current.instanceId === instanceId ? current.name : null;
  return [name, (next) => set(screen, next && instanceId ? { instanceId, name: next } : undefined)];
}

/** Opens `name` on another screen and goes there; the `from` screen's panel closes. */
export function openObject(screen: string, instanceId: string, name: string, from?: string): void {
  const { set } = useOpenObjects.getState();
  if (from) set(from, undefined);
  set(screen, { instanceId, name });
  navigate(screen);
}

/**
 * Which screen opens the object a call acted on, by the call's area prefix: the activity
 * log links an entry's target through this. An area whose screen has a details panel
 * opened by name adds one line.
 */
const OBJECT_SCREENS: Record<string, string> = {
  users: 'users',
  groups: 'groups',
};

export function objectScreenOf(call: string): string | undefined {
  const prefix = call.slice(0, call.indexOf('.'));
  return Object.prototype.hasOwnProperty.call(OBJECT_SCREENS, prefix) ? OBJECT_SCREENS[prefix] : undefined;
}
