'use strict';
/** What the node description shows a user before anything runs. */
const { ChiftPos } = require('./support');

const { properties } = new ChiftPos().description;

/** Every parameter, also those inside collections (Filters, Options). */
function allParameters(list) {
	return list.flatMap((property) => [
		property,
		...allParameters((property.options ?? []).flatMap((option) => (option.values ? option.values : option.type ? [option] : []))),
	]);
}

describe('resource locators', () => {
	const locators = allParameters(properties).filter((property) => property.type === 'resourceLocator');

	test('every "By ID" mode shows an example of that record\'s IDs, one per kind of record', () => {
		const examples = new Map();
		for (const locator of locators) {
			const byId = locator.modes.find((mode) => mode.name === 'id');
			expect(byId.placeholder).toMatch(/^e\.g\. \S+$/);
			expect(byId.placeholder).not.toBe('e.g. 12345');
			const earlier = examples.get(byId.placeholder);
			if (earlier) expect(earlier).toBe(locator.name);
			examples.set(byId.placeholder, locator.name);
		}
		expect(new Set(examples.values())).toEqual(new Set(['consumerId', 'locationId', 'customerId', 'orderId']));
	});
});
