// The pure decisions of beheer/rules.ts; no database (kept beside the pages they guard).
import { describe, expect, it } from 'vitest';
import { blokkerenBesluit, heeftRol, rolVerwijderenBesluit } from '../../../src/modules/auth/beheer/rules';

describe('beheer rules', () => {
  it('R-AUTH-3 a functioneel beheerder cannot block themself; others (and the CLI) can', () => {
    expect(blokkerenBesluit('u1', 'u1')).toMatch(/niet blokkeren/);
    expect(blokkerenBesluit('u1', 'u2')).toBeNull();
    expect(blokkerenBesluit(null, 'u2')).toBeNull();
  });

  it('R-AUTH-3 nobody removes their own functioneel_beheerder role; their other roles they may', () => {
    expect(rolVerwijderenBesluit('u1', 'u1', { rol: 'functioneel_beheerder' })).toMatch(/eigen rol functioneel beheerder/);
    expect(rolVerwijderenBesluit('u1', 'u1', { rol: 'melder' })).toBeNull();
    expect(rolVerwijderenBesluit('u1', 'u2', { rol: 'functioneel_beheerder' })).toBeNull();
    expect(rolVerwijderenBesluit(null, 'u2', { rol: 'functioneel_beheerder' })).toBeNull();
  });

  it('a role is the same role only with the same codes', () => {
    const rollen = [{ rol: 'melder' as const, instellingscode: '00AA', gemeentecode: null }];
    expect(heeftRol(rollen, { rol: 'melder', instellingscode: '00AA', gemeentecode: null })).toBe(true);
    expect(heeftRol(rollen, { rol: 'melder', instellingscode: '01BB', gemeentecode: null })).toBe(false);
    expect(heeftRol(rollen, { rol: 'beheerder_onderwijs', instellingscode: '00AA', gemeentecode: null })).toBe(false);
  });
});
