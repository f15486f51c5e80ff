// The article-cleaner command line (bin): `classify` for seed-format files,
// `extract` for saved pages. See usage.ts.
import { classifyCommand } from './classify-command.ts';
import { extractCommand } from './extract-command.ts';
import { USAGE, UsageError } from './usage.ts';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  classify: classifyCommand,
  extract: extractCommand,
};

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  try {
    if (!command) throw new UsageError(name === undefined ? 'no command given' : `unknown command: ${name}`);
    return await command(args);
  } catch (error) {
    // parseArgs reports unknown flags and missing values as ERR_PARSE_ARGS_* errors.
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`article-cleaner: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
