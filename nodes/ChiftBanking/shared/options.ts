import { optionSet } from '../../shared/operations/options';

/** The options of the banking operations (the connection to a consumer's banks, its raw answers, the data layer). */
export const { connection, readOptions } = optionSet('banking');
