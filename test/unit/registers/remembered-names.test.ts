import { describe, expect, it } from 'vitest';
import { rememberedNames } from '../../../src/modules/registers/names.service';

describe('rememberedNames (the page header\'s instelling or gemeente name)', () => {
  it('asks once per code within the time, again after it, and never remembers an unknown code', async () => {
    let t = 0;
    const asked: string[] = [];
    const names: Record<string, string> = { '01AA': 'Het Lyceum' };
    const naam = rememberedNames(async (code) => {
      asked.push(code);
      return names[code];
    }, 60_000, () => t);
    expect(await naam('01AA')).toBe('Het Lyceum');
    names['01AA'] = 'Het Nieuwe Lyceum';
    t = 59_999;
    expect(await naam('01AA')).toBe('Het Lyceum');
    t = 60_000;
    expect(await naam('01AA')).toBe('Het Nieuwe Lyceum');
    expect(await naam('99ZZ')).toBeUndefined();
    names['99ZZ'] = 'Nieuw geladen';
    expect(await naam('99ZZ')).toBe('Nieuw geladen');
    expect(asked).toEqual(['01AA', '01AA', '99ZZ', '99ZZ']);
  });
});
