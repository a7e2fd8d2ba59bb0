// Every case of the matrix, for both generators, against its reviewed golden file.
import { describe, it } from 'vitest';
import { generateApache, generateNginx } from '../../../shared/snippets';
import { GOLDEN_CASES } from './cases';
import { expectGolden } from './golden';

describe('snippet golden files', () => {
  for (const [name, input] of Object.entries(GOLDEN_CASES)) {
    it(`${name} (nginx)`, () => expectGolden(`${name}.nginx.conf`, generateNginx(input)));
    it(`${name} (apache)`, () => expectGolden(`${name}.apache.conf`, generateApache(input)));
  }
});
