import { createPartner } from '../../shared/partners';

export const createClient = createPartner('client');
