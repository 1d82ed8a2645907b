import { getManyPartners } from '../../shared/partners';

export const getManySuppliers = getManyPartners('supplier');
