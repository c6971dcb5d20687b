'use strict';
// The TextMate grammar against the language: the repository's checks read as the lexer reads them, crafted lines for
// each construct, and the field table and verdict scale (passed in by the xUnit test from the C# tables) in full.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { repositoryRoot, scopesByOffset, readGrammarJson } = require('./textmate.js');

const Scope = {
  comment: 'comment.line.number-sign.factcheck',
  string: /^string\.quoted\.(single|double)\.factcheck$/,
  escape: 'constant.character.escape.factcheck',
  invalidEscape: 'invalid.illegal.escape.factcheck',
  link: 'markup.underline.link.factcheck',
  claimKeyword: 'keyword.control.entry.claim.factcheck',
  documentKeyword: 'keyword.control.entry.document.factcheck',
  field: 'support.type.property-name.factcheck',
  unknownField: 'invalid.illegal.unknown-field.factcheck',
  verdict: 'constant.language.verdict.factcheck',
  sourceId: 'entity.name.type.source-id.factcheck',
  claimId: 'variable.other.claim-id.factcheck',
  tag: 'entity.name.tag.factcheck',
  partyKind: 'storage.type.party.factcheck',
  unknownPartyKind: 'invalid.illegal.party-kind.factcheck',
  date: 'constant.numeric.date.factcheck',
};

function readTable() {
  const tablePath = process.env.FACTCHECK_TABLE;
  assert.ok(tablePath, 'FACTCHECK_TABLE is not set: run these tests through `dotnet test tests/FactCheck.Editors.Tests`, which writes the field table and verdict scale for them.');
  return JSON.parse(fs.readFileSync(tablePath, 'utf8'));
}

const table = readTable();
// The words that say what a party's name names (README, "Parties: people and organisations"), from Party.Keywords.
const partyKinds = table.partyKinds;

function has(scopes, scope) {
  return scopes.some((s) => (scope instanceof RegExp ? scope.test(s) : s === scope));
}

/** Asserts that every character of text[start, end) carries scope. */
function assertSpan(text, scopes, start, end, scope) {
  for (let i = start; i < end; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      continue;
    }

    assert.ok(has(scopes[i], scope), `'${text.slice(start, end)}' at offset ${start}: character ${i} ('${text[i]}') has ${scopes[i].join(' ')}, not ${scope}`);
  }
}

async function tokenize(text) {
  return { text, scopes: await scopesByOffset(text) };
}

/** Gets the scopes at the first occurrence of what (after from, when given) and checks they cover all of it. */
function expectScope(tokens, what, scope, from = '') {
  const start = tokens.text.indexOf(what, from ? tokens.text.indexOf(from) + from.length : 0);
  assert.ok(start >= 0, `'${what}' not in the text`);
  assertSpan(tokens.text, tokens.scopes, start, start + what.length, scope);
}

function expectNoScope(tokens, what, scope, from = '') {
  const start = tokens.text.indexOf(what, from ? tokens.text.indexOf(from) + from.length : 0);
  assert.ok(start >= 0, `'${what}' not in the text`);
  for (let i = start; i < start + what.length; i++) {
    assert.ok(!has(tokens.scopes[i], scope), `'${what}': character ${i} has ${scope}`);
  }
}

/**
 * Reads a .check text the way src/FactCheck.Language/Parsing/Lexer.cs does (trivia, # comments, strings with
 * escapes, words, a colon after a word making a field name): the reference the grammar's scopes are held to.
 */
function lex(text) {
  const isWordStart = (c) => /[A-Za-z0-9]/.test(c);
  const isWordPart = (c) => /[A-Za-z0-9._-]/.test(c);
  const lexemes = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      let end = i;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
        end++;
      }

      lexemes.push({ kind: 'comment', start: i, end });
      i = end;
    } else if (c === '\'' || c === '"') {
      const escapes = [];
      let end = i + 1;
      while (end < text.length && text[end] !== c) {
        if (text[end] === '\\') {
          escapes.push(end);
          end++;
        }

        end++;
      }

      assert.ok(end < text.length, `a string never closed at offset ${i}`);
      lexemes.push({ kind: 'string', start: i, end: end + 1, escapes });
      i = end + 1;
    } else if (isWordStart(c)) {
      let end = i + 1;
      while (end < text.length && isWordPart(text[end])) {
        end++;
      }

      const field = text[end] === ':';
      lexemes.push({ kind: field ? 'field' : 'word', start: i, end, value: text.slice(i, end) });
      i = field ? end + 1 : end;
    } else {
      lexemes.push({ kind: 'punctuation', start: i, end: i + 1, value: c });
      i++;
    }
  }

  return lexemes;
}

const wordScopeAfter = {
  status: Scope.verdict,
  source: Scope.sourceId,
  evidence: Scope.sourceId,
  document: Scope.sourceId,
  id: Scope.claimId,
  supports: Scope.claimId,
  contradicts: Scope.claimId,
  tags: Scope.tag,
  by: Scope.partyKind,
  reviewer: Scope.partyKind,
  author: Scope.partyKind,
  said: Scope.date,
  reviewed: Scope.date,
  published: Scope.date,
  correction: Scope.date,
};

const bundledChecks = fs
  .readdirSync(path.join(repositoryRoot, 'checks'))
  .filter((name) => name.endsWith('.check'))
  .map((name) => path.join(repositoryRoot, 'checks', name));

test('the repository has checks to read', () => {
  assert.ok(bundledChecks.length >= 2, `checks/ holds ${bundledChecks.length} .check files`);
});

for (const file of bundledChecks) {
  test(`checks/${path.basename(file)}: every comment, string, escape, keyword, field, verdict, id and date has its scope`, async () => {
    const text = fs.readFileSync(file, 'utf8');
    const { scopes } = await tokenize(text);
    const counts = {};
    const count = (kind) => (counts[kind] = (counts[kind] ?? 0) + 1);
    const knownFields = new Set([...table.claimFields, ...table.documentFields, ...table.scaleFields, ...table.verdictFields]);
    let field = null;
    for (const lexeme of lex(text)) {
      const at = (scope) => assertSpan(text, scopes, lexeme.start, lexeme.end, scope);
      switch (lexeme.kind) {
        case 'comment':
          at(Scope.comment);
          count('comment');
          break;
        case 'string':
          at(Scope.string);
          for (const escape of lexeme.escapes) {
            assertSpan(text, scopes, escape, escape + 2, Scope.escape);
            count('escape');
          }

          count('string');
          field = null;
          break;
        case 'field':
          assert.ok(['claim', 'document', 'scale', 'verdict'].includes(lexeme.value) || knownFields.has(lexeme.value), `checks hold an unknown field '${lexeme.value}'`);
          at(lexeme.value === 'claim' ? Scope.claimKeyword : lexeme.value === 'document' ? Scope.documentKeyword : Scope.field);
          count(lexeme.value);
          field = lexeme.value;
          break;
        case 'word':
          assert.ok(field in wordScopeAfter, `the word '${lexeme.value}' at offset ${lexeme.start} follows ${field}`);
          at(wordScopeAfter[field]);
          count(wordScopeAfter[field]);
          if (field === 'status') {
            assert.ok(table.verdicts.includes(lexeme.value), `'${lexeme.value}' is not a verdict`);
          }

          if (wordScopeAfter[field] === Scope.partyKind) {
            assert.ok(partyKinds.includes(lexeme.value), `'${lexeme.value}' is not a kind of party`);
          }

          break;
        default:
          assert.equal(lexeme.value, ',', `unexpected '${lexeme.value}' at offset ${lexeme.start}`);
          break;
      }
    }

    for (let i = 0; i < text.length; i++) {
      assert.ok(!scopes[i].some((s) => s.startsWith('invalid.')), `the valid file has an invalid scope at offset ${i}: ${scopes[i].join(' ')}`);
    }

    assert.ok((counts.claim ?? 0) + (counts.document ?? 0) > 0, 'the file has no entries');
    assert.ok(counts.comment > 0 && counts.string > 0, `too little of the language in the file: ${JSON.stringify(counts)}`);
  });
}

test('the bundled checks between them hold every construct the test above checks', async () => {
  const all = bundledChecks.map((file) => lex(fs.readFileSync(file, 'utf8')));
  const kinds = new Set(all.flat().map((lexeme) => lexeme.kind));
  for (const kind of ['comment', 'string', 'field', 'word']) {
    assert.ok(kinds.has(kind), `no ${kind} in the bundled checks`);
  }

  assert.ok(all.flat().some((lexeme) => lexeme.kind === 'string' && lexeme.escapes.length > 0), 'no escape in the bundled checks');
});

const claimHead = "claim: 'ISIS has been defeated' source: 000 status: contested\n";

test('every claim field of the table is a field in a claim, and an unknown field in a document', async () => {
  assert.ok(table.claimFields.length > 0);
  for (const name of table.claimFields) {
    const tokens = await tokenize(`${claimHead}  ${name}: x\ndocument: 004\n  ${name}: x\n`);
    expectScope(tokens, name, Scope.field, 'status: contested\n');
    expectNoScope(tokens, name, Scope.unknownField, 'status: contested\n');
    if (!table.documentFields.includes(name)) {
      expectScope(tokens, name, Scope.unknownField, 'document: 004');
    }
  }
});

test('every document field of the table is a field in a document, and an unknown field in a claim', async () => {
  assert.ok(table.documentFields.length > 0);
  for (const name of table.documentFields) {
    const tokens = await tokenize(`document: 004 ${name}: 'x'\n${claimHead}  ${name}: 'x'\n`);
    expectScope(tokens, name, Scope.field);
    expectScope(tokens, name, Scope.unknownField, 'status: contested');
  }
});

/** Calls visit on every rule of the grammar, nested or in the repository. */
function walkRules(node, visit) {
  if (Array.isArray(node)) {
    node.forEach((child) => walkRules(child, visit));
  } else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((child) => walkRules(child, visit));
  }
}

/** Gets the words of the alternation (?:a|b|c) in the match of every rule that gives scope. */
function alternationsScoped(scope) {
  const found = [];
  walkRules(readGrammarJson(), (rule) => {
    if (rule.name === scope && typeof rule.match === 'string') {
      const [, words] = rule.match.match(/\(\?:([a-z|-]+)\)/) ?? [];
      assert.ok(words, `the rule for ${scope} has no alternation of words: ${rule.match}`);
      found.push(words.split('|'));
    }
  });
  return found;
}

/** Gets the field names that the rules opening with a field name and holding patterns of scope open with. */
function fieldsWhoseValueHas(scope) {
  const fields = new Set();
  walkRules(readGrammarJson(), (rule) => {
    if (typeof rule.begin === 'string' && (rule.patterns ?? []).some((pattern) => pattern.name === scope)) {
      const [, names] = rule.begin.match(/\(([a-z|-]+)\)\(:\)/);
      names.split('|').forEach((name) => fields.add(name));
    }
  });
  return fields;
}

test('the grammar names exactly the entries and fields of the tables, and no verdict: the project declares its scale', () => {
  const named = new Set();
  walkRules(readGrammarJson(), (rule) => {
    for (const regex of [rule.match, rule.begin].filter((value) => typeof value === 'string')) {
      for (const [, names] of regex.matchAll(/\(([a-z|-]+)\)\(:\)/g)) {
        names.split('|').forEach((name) => named.add(name));
      }
    }
  });
  const expected = new Set(['claim', 'document', 'scale', 'verdict', ...table.claimFields, ...table.documentFields, ...table.scaleFields, ...table.verdictFields]);
  assert.deepEqual([...named].sort(), [...expected].sort());
  const verdictRules = [];
  walkRules(readGrammarJson(), (rule) => {
    if (rule.name === Scope.verdict && typeof rule.match === 'string') {
      verdictRules.push(rule.match);
    }
  });
  assert.deepEqual(verdictRules, ['(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9._-]*(?![A-Za-z0-9._-])(?!:)'], 'a list of verdicts in the grammar would mark a declared scale\'s keywords as errors');
});

test('the fields whose value is a party take a kind before the name, and only those', () => {
  const partyFields = fieldsWhoseValueHas(Scope.partyKind);
  for (const [name, shape] of Object.entries(table.shapes)) {
    if (shape === 'Party') {
      assert.ok(partyFields.has(name), `${name} is a party in the field table but not in the grammar`);
    }
  }

  for (const name of partyFields) {
    assert.ok(name in table.shapes, `the grammar reads a party after ${name}:, which is no field`);
    assert.ok(['Party', 'Text'].includes(table.shapes[name]), `the grammar reads a party after ${name}:, whose value is ${table.shapes[name]}`);
  }

  assert.deepEqual(alternationsScoped(Scope.partyKind), [partyKinds, partyKinds]);
});

test('person and organization before a name are its kind; another word there is marked invalid', async () => {
  const tokens = await tokenize(
    "claim: 'x' source: 000 status: true\n  by: organization 'the Pentagon'   reviewer: person 'M. Lindqvist'\n" +
    "  tags: person\n" +
    "claim: 'y' source: 000 status: true by:\n    person\n    'A. Writer' reviewer: 'B. Reviewer'\n" +
    "claim: 'z' source: 000 status: true by: agency 'x' reviewer: Person 'y'\n" +
    "document: 000 author: organization 'Reuters'\ndocument: 004 author: 'Matthew Petti' title: 'organization'\n");
  expectScope(tokens, 'organization', Scope.partyKind, 'by: ');
  expectScope(tokens, 'person', Scope.partyKind, 'reviewer: ');
  expectScope(tokens, "'M. Lindqvist'", /^string\.quoted\.single\.factcheck$/);
  expectScope(tokens, 'person', Scope.tag, 'tags: ');
  expectScope(tokens, 'person', Scope.partyKind, "claim: 'y'");
  expectScope(tokens, "'A. Writer'", /^string\.quoted\.single\.factcheck$/);
  expectScope(tokens, 'reviewer', Scope.field, "'A. Writer'");
  expectScope(tokens, 'agency', Scope.unknownPartyKind);
  expectScope(tokens, 'Person', Scope.unknownPartyKind);
  expectScope(tokens, 'organization', Scope.partyKind, 'author: ');
  expectScope(tokens, "'Matthew Petti'", /^string\.quoted\.single\.factcheck$/);
  expectNoScope(tokens, 'organization', Scope.partyKind, "title: '");
});

test('every verdict of the scale is a verdict after status:, on the same line or the next', async () => {
  assert.ok(table.verdicts.length > 0);
  for (const verdict of table.verdicts) {
    const sameLine = await tokenize(`claim: 'x' source: 000 status: ${verdict} id: y\n`);
    expectScope(sameLine, verdict, Scope.verdict, 'status: ');
    expectScope(sameLine, 'y', Scope.claimId, 'id: ');
    const nextLine = await tokenize(`claim: 'x' source: 000 status:\n    ${verdict}\n  note: 'n'\n`);
    expectScope(nextLine, verdict, Scope.verdict, 'status:');
    expectScope(nextLine, 'note', Scope.field);
  }
});

test('any word after status: is a verdict, as a declared scale may spell it; the language server reports one the scale lacks', async () => {
  for (const word of ['pants-on-fire', 'Miscaptioned', 'missing-context', '2nd', 'ture']) {
    const tokens = await tokenize(`claim: 'x' source: 000 status: ${word}\n`);
    expectScope(tokens, word, Scope.verdict, 'status: ');
  }
});

test('a scale and its verdicts are entries: keywords, fields, the declared keyword a verdict; a claim field there is unknown', async () => {
  const tokens = await tokenize(
    "scale: 'Truth-O-Meter' best: 6 worst: 1\n" +
    "verdict: pants-on-fire label: 'Pants on Fire' rating: 1 colour: '#82071e'\n  dark-colour: '#ff8182' evidence: required\n  meaning: 'Ridiculous.' status: x\n" +
    claimHead);
  expectScope(tokens, 'scale', /^keyword\.control\.entry\.scale\.factcheck$/);
  expectScope(tokens, 'verdict', /^keyword\.control\.entry\.verdict\.factcheck$/);
  expectScope(tokens, 'pants-on-fire', Scope.verdict, 'verdict: ');
  for (const name of [...table.scaleFields, ...table.verdictFields]) {
    expectScope(tokens, name, Scope.field);
  }

  expectScope(tokens, "'#82071e'", /^string\.quoted\.single\.factcheck$/);
  expectScope(tokens, 'status', Scope.unknownField, "'Ridiculous.' ");
  expectScope(tokens, 'claim', /^keyword\.control\.entry\.claim\.factcheck$/);
});

test('a verdict keyword elsewhere is no verdict', async () => {
  const tokens = await tokenize("claim: 'true' source: 000 status: false id: mixed\n  tags: opinion\n");
  expectNoScope(tokens, 'true', Scope.verdict);
  expectScope(tokens, 'mixed', Scope.claimId);
  expectScope(tokens, 'opinion', Scope.tag);
});

test('an unknown field is marked invalid, a known one is not, wherever the entry puts it', async () => {
  const tokens = await tokenize(`${claimHead}  sorce: 000 reviewed: 2026-11-21\n  xstatus: true\n`);
  expectScope(tokens, 'sorce', Scope.unknownField);
  expectScope(tokens, 'reviewed', Scope.field);
  expectScope(tokens, 'xstatus', Scope.unknownField);
});

test('strings: both quotes, the five escapes, unknown escapes, either quote inside the other, and many lines', async () => {
  const tokens = await tokenize(
    "claim: 'Iran\\'s \"answer\" \\\\ \\n \\t \\\" end' source: 000 status: true\n" +
    "  note: \"it's 'fine' \\q\"\n" +
    "  quote: 'one line\n    claim: still the string # not a comment\n    end'\n" +
    "  by: 'x'\n");
  expectScope(tokens, "'Iran\\'s \"answer\" \\\\ \\n \\t \\\" end'", /^string\.quoted\.single\.factcheck$/);
  for (const escape of ["\\'", '\\\\', '\\n', '\\t', '\\"']) {
    expectScope(tokens, escape, Scope.escape);
  }

  expectScope(tokens, "\"it's 'fine' \\q\"", /^string\.quoted\.double\.factcheck$/);
  expectScope(tokens, '\\q', Scope.invalidEscape);
  expectScope(tokens, 'claim: still the string # not a comment', /^string\.quoted\.single\.factcheck$/);
  expectNoScope(tokens, 'claim', Scope.claimKeyword, 'one line');
  expectNoScope(tokens, '# not a comment', Scope.comment);
  expectScope(tokens, 'by', Scope.field, 'end\'');
});

test('a web address in a string is a link, and ends where the string does', async () => {
  const tokens = await tokenize("claim: 'x' source: 000 status: true\n  evidence: 'https://example.org/a?b=1#c'\n  evidence: 000 \"see HTTP://Example.ORG:443 too\"\n");
  expectScope(tokens, 'https://example.org/a?b=1#c', Scope.link);
  expectNoScope(tokens, "'", Scope.link, 'b=1#c');
  expectScope(tokens, 'HTTP://Example.ORG:443', Scope.link);
  expectNoScope(tokens, ' too', Scope.link);
  expectScope(tokens, '000', Scope.sourceId, 'evidence: ');
});

test('dates are dates, and a longer word that starts like one is not', async () => {
  const tokens = await tokenize("claim: 'x' source: 000 status: true said: 2020-01-05\n  reviewed: 2026-11-21 id: 2020-01-055\ndocument: 004 published: 2020-04-01\n");
  expectScope(tokens, '2020-01-05', Scope.date);
  expectScope(tokens, '2026-11-21', Scope.date);
  expectScope(tokens, '2020-04-01', Scope.date);
  expectNoScope(tokens, '2020-01-055', Scope.date);
  expectScope(tokens, '004', Scope.sourceId, 'document: ');
});

test('a correction is a field, then its date and a string', async () => {
  const tokens = await tokenize("claim: 'x' source: 000 status: true\n  correction: 2026-11-29 'The verdict was false; it is true.'\n");
  expectScope(tokens, 'correction', Scope.field);
  expectScope(tokens, '2026-11-29', Scope.date);
  expectScope(tokens, "'The verdict was false; it is true.'", Scope.string);
});

test('comments run to the end of the line, outside strings, in and between entries', async () => {
  const tokens = await tokenize("# claim: 'not one'\nclaim: 'a # b' source: 000 status: true # status: false\n  # note: 'x'\n");
  expectScope(tokens, "# claim: 'not one'", Scope.comment);
  expectNoScope(tokens, 'claim', Scope.claimKeyword);
  expectNoScope(tokens, '# b', Scope.comment);
  expectScope(tokens, '# status: false', Scope.comment);
  expectScope(tokens, "# note: 'x'", Scope.comment);
});

test('entries: claim: and document: start one anywhere, and a list of ids ends before the next field', async () => {
  const tokens = await tokenize("claim: 'a' source: 000 status: true supports: b-1, c.2,\n    d contradicts: e claim: 'b' source: 000 status: false\n  note: 'n'\n");
  for (const id of ['b-1', 'c.2', 'd', 'e']) {
    expectScope(tokens, id, Scope.claimId, 'supports:');
  }

  expectScope(tokens, 'contradicts', Scope.field);
  expectScope(tokens, 'claim', Scope.claimKeyword, 'contradicts: e ');
  expectScope(tokens, 'false', Scope.verdict);
  expectScope(tokens, 'note', Scope.field);
});
