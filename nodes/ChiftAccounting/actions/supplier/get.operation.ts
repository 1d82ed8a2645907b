import { getPartner } from '../../shared/partners';

export const getSupplier = getPartner('supplier');
