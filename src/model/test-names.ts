// Test helper: names that a plain object already answers to. Ids and attribute names from
// data may be any of them; each must stay just a name.

/** Object.prototype's own property names (`__proto__`, `constructor`, `hasOwnProperty`…) and a few more that code looks up. */
export const PROTOTYPE_NAMES: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name', 'then', 'toJSON'];

/** Knowledge-base ids (lowercase kebab-case) that are, or spell, those names. */
export const PROTOTYPE_IDS: readonly string[] = [
  ...PROTOTYPE_NAMES.filter((n) => /^[a-z0-9][a-z0-9-]*$/.test(n)),
  'proto',
  'proto--',
  'tostring',
  'to-string',
  'valueof',
  'hasownproperty',
  'has-own-property',
  'isprototypeof',
  'define-getter',
];
