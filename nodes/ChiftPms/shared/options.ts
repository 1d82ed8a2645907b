import { optionSet } from '../../shared/operations/options';

/** The options of the PMS operations (the connection to a consumer's property management system, its raw answers, the data layer). */
export const { connection, readOptions } = optionSet('PMS');
