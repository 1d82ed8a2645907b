import { createPartner } from '../../shared/partners';

export const createSupplier = createPartner('supplier');
