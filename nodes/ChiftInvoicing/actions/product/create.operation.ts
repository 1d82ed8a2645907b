import { defineOperation } from '../../../shared/operations/define';
import { numberField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { tax } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createProduct = defineOperation({
	resource: 'product',
	operation: 'create',
	name: 'Create',
	action: 'Create a product',
	description: 'Create a product or service that invoices can sell',
	method: 'POST',
	path: '/invoicing/products',
	refetchPath: '/invoicing/products/{entity_id}',
	fields: [textField('name', 'Name', 'name', { required: true, placeholder: 'e.g. Catering buffet (per person)', description: 'Name of the product or service' })],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [
				numberField('unitPrice', 'Unit Price', 'unit_price', { description: 'Selling price of one unit, without taxes' }),
				tax('tax_id', 'The tax (VAT rate) the product is sold with', false),
				textField('code', 'Code', 'code', { placeholder: 'e.g. CAT-BUF', description: 'Your product code or SKU' }),
				textField('unit', 'Unit', 'unit', { placeholder: 'e.g. person', description: 'Unit the product is sold in' }),
				textField('category', 'Category', 'category', { placeholder: 'e.g. Catering', description: 'Category of the product' }),
				textField('currency', 'Currency', 'currency', { placeholder: 'e.g. EUR', description: 'Currency of the prices (ISO 4217 code)' }),
				textField('description', 'Description', 'description', { typeOptions: { rows: 2 }, description: 'Text shown on invoice lines' }),
				numberField('cost', 'Cost', 'cost', { description: 'What one unit costs the business' }),
			],
		},
	],
	options: writeOptions,
});
