import { optionSet } from '../../shared/operations/options';

/** The options of the accounting operations (the connection to a consumer's accounting, its raw answers, the data layer). */
export const { connection, readOptions, writeOptions } = optionSet('accounting');
