import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getDatalabSchemas = defineOperation({
	resource: 'datalab',
	operation: 'getSchemas',
	name: 'Get Schemas',
	action: 'Get the Datalab schemas',
	description: "What the Datalab can be asked: its cubes (your consumers' synchronised data) with their measures and dimensions",
	method: 'GET',
	path: '/datalab/cube-schemas',
	consumer: false,
	options: readOptions,
});
