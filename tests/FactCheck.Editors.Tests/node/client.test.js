'use strict';
// The extension's client in node, with VS Code and vscode-languageclient replaced by recording fakes: which command
// it starts, and what it tells the analyst when that command cannot be found or started.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const { extensionFolder } = require('./textmate.js');

const { resolveServer } = require(path.join(extensionFolder, 'server.js'));
const extensionPath = path.join(extensionFolder, 'extension.js');

function makeExecutable(folder, name) {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, 0o755);
  return file;
}

const temporaryFolders = [];

function temporaryFolder() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-vscode-'));
  temporaryFolders.push(folder);
  return folder;
}

test.after(() => temporaryFolders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** Loads extension.js afresh against fakes; returns what it did through them. */
function loadExtension({ settings = {}, startFails = null } = {}) {
  const record = { clients: [], errors: [], commands: new Map(), configurationListeners: [] };
  const vscode = {
    workspace: {
      workspaceFolders: [{ uri: { fsPath: temporaryFolder() } }],
      getConfiguration: (section) => {
        assert.equal(section, 'factcheck.server');
        return { get: (key) => settings[key] };
      },
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
      onDidChangeConfiguration: (listener) => {
        record.configurationListeners.push(listener);
        return { dispose() {} };
      },
    },
    window: {
      createOutputChannel: () => ({ appendLine() {}, append() {}, dispose() {} }),
      showErrorMessage: async (message) => {
        record.errors.push(message);
        return undefined;
      },
    },
    commands: {
      registerCommand: (name, callback) => {
        record.commands.set(name, callback);
        return { dispose() {} };
      },
      executeCommand: async () => undefined,
    },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      record.clients.push(this);
    }

    async start() {
      if (startFails) {
        throw new Error(startFails);
      }

      this.started = true;
    }

    async stop() {
      this.stopped = true;
    }
  }

  const originalLoad = Module._load;
  Module._load = function load(request, ...rest) {
    if (request === 'vscode') {
      return vscode;
    }

    if (request === 'vscode-languageclient/node') {
      return { LanguageClient };
    }

    return originalLoad.call(this, request, ...rest);
  };
  try {
    delete require.cache[require.resolve(extensionPath)];
    return { extension: require(extensionPath), record };
  } finally {
    Module._load = originalLoad;
  }
}

const context = () => ({ subscriptions: [] });

test('the manifest\'s main is the client tested here', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionFolder, 'package.json'), 'utf8'));
  assert.equal(path.resolve(extensionFolder, manifest.main), extensionPath);
});

test('with the default settings it starts `factcheck lsp` from PATH over stdio for factcheck documents', async () => {
  const bin = temporaryFolder();
  const factcheck = makeExecutable(bin, 'factcheck');
  const previousPath = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${previousPath}`;
  try {
    const { extension, record } = loadExtension();
    await extension.activate(context());
    assert.deepEqual(record.errors, []);
    assert.equal(record.clients.length, 1);
    const [client] = record.clients;
    assert.equal(client.serverOptions.command, factcheck);
    assert.deepEqual(client.serverOptions.args, ['lsp']);
    assert.equal(client.serverOptions.transport, undefined, 'a stdio transport would add --stdio to the arguments');
    assert.ok(client.clientOptions.documentSelector.every((selector) => selector.language === 'factcheck'));
    assert.ok(client.started);
    await extension.deactivate();
    assert.ok(client.stopped);
  } finally {
    process.env.PATH = previousPath;
  }
});

test('a configured path and arguments are started as given', async () => {
  const tool = makeExecutable(temporaryFolder(), 'my-factcheck');
  const { extension, record } = loadExtension({ settings: { path: tool, args: ['lsp', '--verbose'] } });
  await extension.activate(context());
  assert.equal(record.clients[0].serverOptions.command, tool);
  assert.deepEqual(record.clients[0].serverOptions.args, ['lsp', '--verbose']);
});

test('a command that is not found starts nothing and says how to install the tool or set the path', async () => {
  const previousPath = process.env.PATH;
  process.env.PATH = temporaryFolder();
  try {
    const { extension, record } = loadExtension({ settings: { path: 'factcheck-not-installed' } });
    await extension.activate(context());
    assert.equal(record.clients.length, 0);
    assert.equal(record.errors.length, 1);
    assert.match(record.errors[0], /'factcheck-not-installed' was not found on PATH/);
    assert.match(record.errors[0], /dotnet tool install -g FactCheck\.Cli/);
    assert.match(record.errors[0], /factcheck\.server\.path/);
  } finally {
    process.env.PATH = previousPath;
  }
});

test('a server that fails to start is reported with its reason', async () => {
  const tool = makeExecutable(temporaryFolder(), 'factcheck');
  const { extension, record } = loadExtension({ settings: { path: tool }, startFails: 'spawn EACCES' });
  await extension.activate(context());
  assert.equal(record.errors.length, 1);
  assert.match(record.errors[0], /could not start: spawn EACCES/);
});

test('changing the server settings restarts the server; the restart command does too', async () => {
  const tool = makeExecutable(temporaryFolder(), 'factcheck');
  const { extension, record } = loadExtension({ settings: { path: tool } });
  await extension.activate(context());
  record.configurationListeners[0]({ affectsConfiguration: (section) => section === 'editor' });
  assert.equal(record.clients.length, 1);
  record.configurationListeners[0]({ affectsConfiguration: (section) => section === 'factcheck.server' });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(record.clients.length, 2);
  assert.ok(record.clients[0].stopped);
  await record.commands.get('factcheck.restartServer')();
  assert.equal(record.clients.length, 3);
  assert.ok(record.clients[1].stopped);
});

test('the default command is also found in ~/.dotnet/tools, where global .NET tools go, when PATH lacks it', () => {
  const home = temporaryFolder();
  const tool = makeExecutable(path.join(home, '.dotnet', 'tools'), 'factcheck');
  assert.deepEqual(resolveServer({}, { env: { PATH: temporaryFolder() }, homedir: home, platform: 'linux' }), { command: tool, args: ['lsp'] });
  assert.ok('error' in resolveServer({ path: 'other' }, { env: { PATH: temporaryFolder() }, homedir: home, platform: 'linux' }));
});

test('a relative path is read from the workspace folder and ~ from the home folder', () => {
  const workspace = temporaryFolder();
  const tool = makeExecutable(path.join(workspace, 'tools'), 'factcheck');
  assert.equal(resolveServer({ path: './tools/factcheck' }, { workspaceFolder: workspace, platform: 'linux' }).command, tool);
  const home = temporaryFolder();
  const homeTool = makeExecutable(path.join(home, 'bin'), 'factcheck');
  assert.equal(resolveServer({ path: '~/bin/factcheck' }, { homedir: home, platform: 'linux' }).command, homeTool);
  assert.match(resolveServer({ path: './missing' }, { workspaceFolder: workspace, platform: 'linux' }).error, /is not an executable file/);
});

test('a file that is not executable is not taken for the server', () => {
  const folder = temporaryFolder();
  fs.writeFileSync(path.join(folder, 'factcheck'), 'not a program');
  assert.ok('error' in resolveServer({}, { env: { PATH: folder }, homedir: temporaryFolder(), platform: 'linux' }));
});
