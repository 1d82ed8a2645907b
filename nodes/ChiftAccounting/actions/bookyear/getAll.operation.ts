import { getMany } from '../../shared/getMany';

export const getManyBookyears = getMany({
	resource: 'bookyear',
	what: 'bookyears',
	description: 'List the bookyears (fiscal years) of the accounting system, with their dates and whether they are closed',
	path: '/accounting/bookyears',
});
