import { getPartner } from '../../shared/partners';

export const getClient = getPartner('client');
