import { describe, expect, it } from 'vitest';
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Checkboxes } from '../../../src/platform/ui/choices';
import { DateInput } from '../../../src/platform/ui/date-input';
import { Select, TextField } from '../../../src/platform/ui/fields';
import { sameHtml } from '../../../src/platform/ui/same-html';

const opties = [
  { value: 'R', label: 'Geregistreerd' },
  { value: 'B', label: 'In behandeling' },
];

describe('sameHtml: a field nobody typed into is rendered once per set of props and its HTML reused (issue 5 speed)', () => {
  const gevallen: [string, VNode, VNode][] = [
    ['leeg tekstveld', <TextField name="pgn" label="PGN" hint="9 cijfers" maxLength={20} spellcheck={false} />, <TextField.uncached name="pgn" label="PGN" hint="9 cijfers" maxLength={20} spellcheck={false} />],
    ['ander leeg tekstveld', <TextField name="pgn" label="PGN" hint="10 cijfers" />, <TextField.uncached name="pgn" label="PGN" hint="10 cijfers" />],
    ['tekstveld met invoer', <TextField name="pgn" label="PGN" value="123 <b>" />, <TextField.uncached name="pgn" label="PGN" value="123 <b>" />],
    ['tekstveld met fout', <TextField name="pgn" label="PGN" error="Vul een PGN in." />, <TextField.uncached name="pgn" label="PGN" error="Vul een PGN in." />],
    ['hint met opmaak', <TextField name="x" label="X" hint={<strong>let op</strong>} />, <TextField.uncached name="x" label="X" hint={<strong>let op</strong>} />],
    ['datum leeg', <DateInput name="van" label="Periode van" />, <DateInput.uncached name="van" label="Periode van" />],
    ['keuzelijst met gekozen optie', <Select name="s" label="Soort" options={opties} value="B" />, <Select.uncached name="s" label="Soort" options={opties} value="B" />],
    ['keuzelijst met onbekende waarde', <Select name="s" label="Soort" options={opties} value="Z" />, <Select.uncached name="s" label="Soort" options={opties} value="Z" />],
    ['vinkjes R en B', <Checkboxes name="status" label="Status" options={opties} values={['R', 'B']} />, <Checkboxes.uncached name="status" label="Status" options={opties} values={['R', 'B']} />],
    ['vinkje R', <Checkboxes name="status" label="Status" options={opties} values="R" />, <Checkboxes.uncached name="status" label="Status" options={opties} values="R" />],
  ];

  it('a reused render is the same HTML as the field rendered directly, for each set of props, and different props never share an entry', () => {
    for (const [naam, reused, direct] of gevallen) {
      const expected = renderToString(<form>{direct}</form>);
      expect({ naam, html: renderToString(<form>{reused}</form>) }).toEqual({ naam, html: expected });
      expect({ naam, html: renderToString(<form>{reused}</form>) }).toEqual({ naam, html: expected });
    }
    // Different props never share an entry.
    expect(renderToString(gevallen[0]![1])).not.toBe(renderToString(gevallen[1]![1]));
  });

  it('a field with typed input, or with an element among its props, is rendered anew on every call, never served from the reuse', () => {
    const seen: unknown[] = [];
    const Veld = sameHtml(
      (p: { value?: string; hint?: ComponentChildren }) => {
        seen.push(p.value);
        return <input value={p.value ?? ''} />;
      },
      (p) => Boolean(p.value),
    );
    for (let i = 0; i < 3; i++) renderToString(<Veld />);
    expect(seen).toEqual([undefined]);
    for (let i = 0; i < 3; i++) renderToString(<Veld value="123456782" />);
    expect(seen).toEqual([undefined, '123456782', '123456782', '123456782']);
    for (let i = 0; i < 2; i++) renderToString(<Veld hint={<em>x</em>} />);
    expect(seen).toHaveLength(6);
  });
});
