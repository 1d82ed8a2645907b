import { getManyPartners } from '../../shared/partners';

export const getManyClients = getManyPartners('client');
