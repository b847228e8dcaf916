import { csvHref, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and the rows with CRLF, quoting cells that need it', () => {
    expect(toCsv(['Kunta', 'Euroa'], [['Tampere', 1200.5], ['Pori, "Satakunta"', null]])).toBe('Kunta,Euroa\r\nTampere,1200.5\r\n"Pori, ""Satakunta""",\r\n');
  });

  it('makes a download address that spreadsheets read as UTF-8', () => {
    expect(decodeURIComponent(csvHref('ä\r\n').split(',')[1])).toBe('\uFEFFä\r\n');
  });
});
