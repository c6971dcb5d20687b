'use strict';
// Which command starts the language server: the settings resolved to an executable file, or a message saying what to do.
// Kept free of the vscode module so that it can be tested in plain node.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const defaultCommand = 'factcheck';

const installAdvice =
  "Install it with 'dotnet tool install -g FactCheck.Cli' (it goes to ~/.dotnet/tools), " +
  "or set 'factcheck.server.path' to the factcheck executable.";

function isExecutableFile(file, platform) {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }

    // Windows has no execute bit: the extension (PATHEXT) is what makes a file a program there.
    if (platform !== 'win32') {
      fs.accessSync(file, fs.constants.X_OK);
    }

    return true;
  } catch {
    return false;
  }
}

function withWindowsExtensions(file, env, platform) {
  if (platform !== 'win32' || path.win32.extname(file) !== '') {
    return [file];
  }

  return (env.PATHEXT || '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean).map((extension) => file + extension.toLowerCase());
}

function findFile(file, env, platform) {
  return withWindowsExtensions(file, env, platform).find((candidate) => isExecutableFile(candidate, platform)) ?? null;
}

/**
 * Resolves the server settings to the program to start.
 * @param {{ path?: string, args?: string[] }} settings factcheck.server.path and factcheck.server.args.
 * @param {{ env?: NodeJS.ProcessEnv, platform?: string, homedir?: string, workspaceFolder?: string }} [context]
 * @returns {{ command: string, args: string[] } | { error: string }}
 */
function resolveServer(settings, context = {}) {
  const env = context.env ?? process.env;
  const platform = context.platform ?? process.platform;
  const homedir = context.homedir ?? os.homedir();
  const pathModule = platform === 'win32' ? path.win32 : path.posix;
  const configured = (settings.path ?? '').trim() || defaultCommand;
  const args = Array.isArray(settings.args) ? settings.args.map(String) : ['lsp'];

  let expanded = configured;
  if (expanded === '~' || expanded.startsWith('~/') || expanded.startsWith('~\\')) {
    expanded = pathModule.join(homedir, expanded.slice(1));
  }

  const isPath = expanded.includes('/') || (platform === 'win32' && expanded.includes('\\'));
  if (isPath) {
    const absolute = pathModule.isAbsolute(expanded) ? expanded : pathModule.resolve(context.workspaceFolder ?? process.cwd(), expanded);
    const found = findFile(absolute, env, platform);
    return found
      ? { command: found, args }
      : { error: `FactCheck: the language server '${absolute}' (factcheck.server.path) is not an executable file. ${installAdvice}` };
  }

  const folders = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  // An editor started from the desktop often lacks ~/.dotnet/tools on its PATH, where global .NET tools are installed.
  if (configured === defaultCommand) {
    folders.push(pathModule.join(homedir, '.dotnet', 'tools'));
  }

  for (const folder of folders) {
    const found = findFile(pathModule.join(folder, expanded), env, platform);
    if (found) {
      return { command: found, args };
    }
  }

  return { error: `FactCheck: the language server command '${configured}' was not found on PATH. ${installAdvice}` };
}

module.exports = { resolveServer };
