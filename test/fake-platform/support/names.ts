// Believable people and team names. Surnames are built from syllables so that even
// 100,000 users stay mostly unique without numeric suffixes.

import type { Random } from './random';

const FIRST_NAMES = [
  'aisha',
  'alex',
  'amir',
  'ana',
  'anders',
  'bea',
  'bruno',
  'carla',
  'chen',
  'chloe',
  'dan',
  'dara',
  'diego',
  'elena',
  'emeka',
  'emma',
  'farah',
  'felix',
  'grace',
  'hana',
  'hugo',
  'ines',
  'ivan',
  'jade',
  'jonas',
  'kai',
  'kemal',
  'lara',
  'leo',
  'lina',
  'luca',
  'maya',
  'mei',
  'milan',
  'nadia',
  'nico',
  'noor',
  'olga',
  'omar',
  'pablo',
  'priya',
  'quinn',
  'rafael',
  'rina',
  'sam',
  'sara',
  'sven',
  'tara',
  'theo',
  'tomas',
  'uma',
  'vera',
  'wei',
  'yara',
  'yusuf',
  'zoe',
];

const SURNAME_HEADS = ['ab', 'bel', 'car', 'dor', 'el', 'fen', 'gar', 'hol', 'is', 'jan', 'kov', 'lin', 'mar', 'nor', 'os', 'per', 'ros', 'sol', 'tan', 'vas', 'wen', 'zel'];
const SURNAME_MIDDLES = ['', '', 'a', 'e', 'i', 'o', 'an', 'en', 'ar', 'il', 'ov', 'ber'];
const SURNAME_TAILS = ['ez', 'ski', 'son', 'sen', 'ova', 'ini', 'ard', 'ley', 'ton', 'man', 'ic', 'ado', 'berg', 'ford', 'ami', 'ue'];

export function surname(random: Random): string {
  return random.pick(SURNAME_HEADS) + random.pick(SURNAME_MIDDLES) + random.pick(SURNAME_TAILS);
}

export interface Person {
  first: string;
  last: string;
  username: string;
}

/** Hands out unique usernames like 'maya.kovarski' (then 'maya.kovarski2'). */
export class PeopleGenerator {
  private readonly taken: Set<string>;

  constructor(
    private readonly random: Random,
    taken: Iterable<string> = [],
  ) {
    this.taken = new Set(taken);
  }

  next(): Person {
    const first = this.random.pick(FIRST_NAMES);
    const last = surname(this.random);
    let username = `${first}.${last}`;
    for (let n = 2; this.taken.has(username); n++) username = `${first}.${last}${n}`;
    this.taken.add(username);
    return { first, last, username };
  }
}

export const DEPARTMENTS = ['platform', 'payments', 'mobile', 'data', 'security', 'web', 'infra', 'qa', 'search', 'billing', 'identity', 'ml'];
export const TEAM_KINDS = ['developers', 'maintainers', 'release', 'oncall', 'contractors', 'viewers', 'leads', 'ci'];
