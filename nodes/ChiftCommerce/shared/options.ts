import { optionSet } from '../../shared/operations/options';

/** The options of the eCommerce operations (the connection to a consumer's web shop, its raw answers, the data layer). */
export const { connection, readOptions, writeOptions } = optionSet('e-commerce platform');
