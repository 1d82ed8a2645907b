import { getMany } from '../../shared/getMany';

export const getManySchemes = getMany({
	resource: 'scheme',
	what: 'schemes',
	description: 'List the reporting schemes (standard classifications of accounts, such as RGS) of the accounting system',
	path: '/accounting/schemes',
});
