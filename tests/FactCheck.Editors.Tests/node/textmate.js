'use strict';
// Tokenizes text with the extension's TextMate grammar, through the same libraries VS Code uses (vscode-textmate, vscode-oniguruma).
const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
const extensionFolder = path.join(repositoryRoot, 'editors', 'vscode');
const grammarPath = path.join(extensionFolder, 'syntaxes', 'factcheck.tmLanguage.json');

let grammarPromise;

function loadGrammar() {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'source.factcheck' ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    return registry.loadGrammar('source.factcheck');
  })();
  return grammarPromise;
}

/**
 * Tokenizes a whole text, line after line as the editor does.
 * @returns {Promise<string[][]>} the scopes of every character of the text, by offset; line breaks get the scopes of the line they end.
 */
async function scopesByOffset(text) {
  const grammar = await loadGrammar();
  const scopes = new Array(text.length);
  let ruleStack = textmate.INITIAL;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = text.length;
    }

    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const result = grammar.tokenizeLine(line, ruleStack);
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) {
        scopes[lineStart + i] = token.scopes;
      }
    }

    const lineScopes = result.tokens.length > 0 ? result.tokens[result.tokens.length - 1].scopes : ['source.factcheck'];
    for (let i = lineStart + line.length; i <= lineEnd && i < text.length; i++) {
      scopes[i] = lineScopes;
    }

    ruleStack = result.ruleStack;
    lineStart = lineEnd + 1;
  }

  return scopes;
}

/** Gets the grammar file, parsed, for tests that read its rules. */
function readGrammarJson() {
  return JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
}

module.exports = { repositoryRoot, extensionFolder, grammarPath, scopesByOffset, readGrammarJson };
