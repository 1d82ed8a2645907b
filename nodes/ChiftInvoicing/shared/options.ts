import { optionSet } from '../../shared/operations/options';

/** The options of the invoicing operations (the connection to a consumer's invoicing system, its raw answers, the data layer). */
export const { connection, readOptions, writeOptions } = optionSet('invoicing');
