import { optionSet } from '../../shared/operations/options';

/** The options of the POS operations (the connection to a consumer's POS, its raw answers, the data layer). */
export const { connection, readOptions, writeOptions } = optionSet('POS');
