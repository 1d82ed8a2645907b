import { updatePartner } from '../../shared/partners';

export const updateSupplier = updatePartner('supplier');
