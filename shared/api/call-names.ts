// The call names, derived from the contract (listed once, in the areas' calls files).
export { CALL_NAMES, channelOf, type CallName } from './contract';
