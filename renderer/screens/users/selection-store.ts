import { create } from 'zustand';

// Which user or group panel is open, per instance. UI state shared by both screens so a
// group's member list can open a user and a user's groups can open a group. Tagged with
// the instance so switching instance never opens a panel for a name from another one.
interface Panel {
  instanceId: string;
  name: string;
}

interface OpenPanels {
  user: Panel | null;
  group: Panel | null;
  setOpenUser: (panel: Panel | null) => void;
  setOpenGroup: (panel: Panel | null) => void;
}

export const useOpenPanels = create<OpenPanels>()((set) => ({
  user: null,
  group: null,
  setOpenUser: (user) => set({ user }),
  setOpenGroup: (group) => set({ group }),
}));

/** The open panels of one instance, with setters that take a plain name. */
export function usePanelsOf(instanceId: string | undefined) {
  const { user, group, setOpenUser, setOpenGroup } = useOpenPanels();
  const tag = (name: string | null) => (name && instanceId ? { instanceId, name } : null);
  return {
    openUser: user && user.instanceId === instanceId ? user.name : null,
    openGroup: group && group.instanceId === instanceId ? group.name : null,
    setOpenUser: (name: string | null) => setOpenUser(tag(name)),
    setOpenGroup: (name: string | null) => setOpenGroup(tag(name)),
  };
}
