// How "admin" reads for a user: the own flag, or admin through a group with admin
// privileges (`effective_admin`, Access 7.66+), which makes the user just as powerful.
import type { UserDetails } from '../../../shared/areas/users/model';

export const adminText = (user: Pick<UserDetails, 'admin' | 'effective_admin'>): string => (user.admin ? 'yes' : user.effective_admin ? 'yes, through a group' : 'no');
