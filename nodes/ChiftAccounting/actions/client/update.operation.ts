import { updatePartner } from '../../shared/partners';

export const updateClient = updatePartner('client');
