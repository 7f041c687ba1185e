import { describe, expect, it } from 'vitest';
import { cellsAsWritten, cellText, findFormula, formulaMessage, formulaStart } from './formula-check.ts';

describe('formulaStart(text)', () => {
  it('names each character a spreadsheet starts a formula with, and nothing else', () => {
    expect(['=SUM(A1)', '+140 rules', '-5%', '@nvidia', '\tStock', '\rStock'].map(formulaStart)).toEqual(['=', '+', '-', '@', '\t', '\r']);
    expect(['Stock', '700,000 chips', '"More than"', ' =x', '— a dash', '−5 (minus sign)', '«\u00a0plus\u00a0»', ''].map(formulaStart)).toEqual(
      Array(8).fill(undefined),
    );
  });
});

describe('findFormula(value)', () => {
  it('finds the first such text in maps and lists, with its path, and passes over numbers', () => {
    const event = { id: 'rules', value: -3, title: { en: 'Rules', fr: 'Règles' }, notes: [{ en: 'Fine', fr: '=HYPERLINK("x")' }] };
    expect(findFormula(event)).toEqual({ path: ['notes', 0, 'fr'], text: '=HYPERLINK("x")' });
    expect(findFormula({ ...event, notes: [] })).toBeUndefined();
  });
});

describe('cellsAsWritten(record)', () => {
  it('splits at commas outside quotes, keeping spaces, tabs and quote marks', () => {
    expect(cellsAsWritten('a,\tb, "c, d",,"e ""f"""\r\n')).toEqual(['a', '\tb', ' "c, d"', '', '"e ""f"""']);
  });
});

describe('cellText(cell)', () => {
  it('reads a cell as a spreadsheet does: quote marks undone, a leading tab kept', () => {
    expect(['"=1+1"', '  @x', '"\tStock"', '\tStock', '"""Quoted"" text"'].map(cellText)).toEqual(['=1+1', '@x', '\tStock', '\tStock', '"Quoted" text']);
  });
});

describe('formulaMessage(text)', () => {
  it('says what the text starts with, that it is run as a formula, and what to write instead', () => {
    expect(formulaMessage('+140 Entity List additions')).toMatch(
      /^got "\+140 Entity List additions", which starts with "\+", expected text that starts with a letter, a digit or a quote mark: Excel and LibreOffice run .* as a formula .*; write the sign in words/,
    );
    expect(formulaMessage('-5%')).toContain('put a negative number in a number column (value, low, high)');
  });

  it('shows an invisible tab or carriage return, so the message can be read and stays on one line', () => {
    expect(formulaMessage('\tStock')).toMatch(/^got "\\tStock", which starts with a tab, .*; delete the tab$/);
    expect(formulaMessage('\rStock')).not.toContain('\r');
  });
});
