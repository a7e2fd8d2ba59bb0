// Which bundle downloads this window started (job ids, by instance and bundle), so the
// progress is still there after leaving the screen and coming back. Ids only: the bytes
// are on disk in main.
import { create } from 'zustand';

interface DownloadsState {
  jobs: Record<string, string>;
  /** Jobs whose finished file was handed to the browser already. */
  handedOver: Record<string, true>;
  start: (instanceId: string, bundleId: string, jobId: string) => void;
  dismiss: (instanceId: string, bundleId: string) => void;
  markHandedOver: (jobId: string) => void;
}

export const downloadKey = (instanceId: string, bundleId: string): string => `${instanceId}\u0000${bundleId}`;

export const useDownloads = create<DownloadsState>((set) => ({
  jobs: {},
  handedOver: {},
  start: (instanceId, bundleId, jobId) => set((s) => ({ jobs: { ...s.jobs, [downloadKey(instanceId, bundleId)]: jobId } })),
  dismiss: (instanceId, bundleId) =>
    set((s) => {
      const jobs = { ...s.jobs };
      delete jobs[downloadKey(instanceId, bundleId)];
      return { jobs };
    }),
  markHandedOver: (jobId) => set((s) => ({ handedOver: { ...s.handedOver, [jobId]: true } })),
}));
