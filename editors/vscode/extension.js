'use strict';
// The VS Code client of `factcheck lsp`: starts the configured command over stdio for .check files.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { resolveServer } = require('./server.js');

let client;
let outputChannel;

function workspaceFolderPath() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
}

async function showError(message) {
  const openSettings = 'Open Settings';
  const choice = await vscode.window.showErrorMessage(message, openSettings);
  if (choice === openSettings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'factcheck.server');
  }
}

async function startClient() {
  const settings = vscode.workspace.getConfiguration('factcheck.server');
  const folder = workspaceFolderPath();
  const server = resolveServer({ path: settings.get('path'), args: settings.get('args') }, { workspaceFolder: folder });
  if (server.error) {
    outputChannel.appendLine(server.error);
    void showError(server.error);
    return;
  }

  outputChannel.appendLine(`Starting ${[server.command, ...server.args].join(' ')}`);
  // No transport given: the client then speaks over the process's stdin and stdout without adding a --stdio argument.
  const serverOptions = { command: server.command, args: server.args, options: { cwd: folder } };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'factcheck' },
      { scheme: 'untitled', language: 'factcheck' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{check,csproj}'),
    },
    outputChannel,
  };
  const starting = new LanguageClient('factcheck', 'FactCheck', serverOptions, clientOptions);
  try {
    await starting.start();
    client = starting;
  } catch (error) {
    const reason = error && error.message ? error.message : String(error);
    void showError(`FactCheck: the language server '${server.command}' could not start: ${reason}`);
  }
}

async function stopClient() {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

async function restartClient() {
  await stopClient();
  await startClient();
}

/** @param {import('vscode').ExtensionContext} context */
async function activate(context) {
  outputChannel = vscode.window.createOutputChannel('FactCheck');
  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('factcheck.restartServer', restartClient),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('factcheck.server')) {
        void restartClient();
      }
    }));
  await startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
