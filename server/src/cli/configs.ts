/**
 * The configs of a command line run, on the main thread: the one `--config` names, or each article's
 * nearest `.newslens.json`. Each config's problems are told once, on standard error, located in its
 * file; the jobs carry only the config's path, and each thread reads it for itself.
 */
import { isIncluded } from '../config/apply';
import { ConfigResolver, problemLines, type LoadedConfig } from '../config/load';

export class RunConfigs {
  /** Whether a config had a problem (the run then ends with exit status 2; its valid part still applies). */
  failed = false;
  private readonly resolver = new ConfigResolver();
  private readonly explicit: LoadedConfig | undefined;
  private readonly told = new Set<LoadedConfig>();

  constructor(configFile: string | undefined) {
    this.explicit = configFile ? this.tell(this.resolver.load(configFile)) : undefined;
  }

  /** The config for an article by its path (standard input: by --stdin-filename, else the current folder). */
  forFile(file: string): LoadedConfig | undefined {
    return this.explicit ?? this.tell(this.resolver.forFile(file));
  }

  /** Whether an article found by walking a folder or matching a glob is one its config includes. */
  covers(file: string): boolean {
    return isIncluded(this.forFile(file), file);
  }

  private tell(config: LoadedConfig | undefined): LoadedConfig | undefined {
    if (config && !this.told.has(config)) {
      this.told.add(config);
      for (const line of problemLines(config)) process.stderr.write(line + '\n');
      if (config.reports.some((r) => r.problems.length > 0)) this.failed = true;
    }
    return config;
  }
}
