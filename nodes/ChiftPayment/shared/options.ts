import { optionSet } from '../../shared/operations/options';

/** The options of the Payment operations (the connection to a consumer's payment provider, its raw answers, the data layer). */
export const { connection, readOptions } = optionSet('payment system');
