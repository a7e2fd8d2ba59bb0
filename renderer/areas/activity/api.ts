// Activity area: the log main keeps of every change Lilypad sent. Always fetched afresh
// when the screen opens (changes happen on every other screen).
import { keepPreviousData } from '@tanstack/react-query';
import type { ActivityFilter } from '../../../shared/areas/activity/model';
import { useAppMutation, useAppQuery } from '../../api/hooks';

export function useActivity(filter: ActivityFilter, limit: number) {
  return useAppQuery('activity.list', { ...filter, offset: 0, limit }, { staleTime: 0, refetchOnMount: 'always', placeholderData: keepPreviousData });
}

export const useActivityExport = () => useAppMutation('activity.export');
