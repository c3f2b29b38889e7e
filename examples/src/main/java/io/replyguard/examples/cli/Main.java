package io.replyguard.examples.cli;

import io.replyguard.Replyguard;
import io.replyguard.model.ReplyguardException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.json.JsonLines;
import io.replyguard.model.Platform;
import io.replyguard.model.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The {@code replyguard} command-line tool. Reads JSON Lines on standard input and writes one JSON
 * line per input line on standard output. Exit status: 0 when every line succeeded, 1 when some
 * line failed, 2 on bad usage or configuration, 3 when {@code check --fail-on review|block} saw a
 * draft reach that verdict (and no line failed), 4 when the output could not be written (reported
 * on standard error).
 */
public final class Main {
  static final String USAGE = String.join("\n",
      "usage: replyguard COMMAND [--config FILE] [--platform twitter|facebook]"
          + " [--fail-on review|block] [--secret-env NAME]",
      "commands (JSON Lines on stdin, one JSON line per input line on stdout):",
      "  scan     {\"id\",\"text\",\"locale\"?} -> {\"id\",\"pii\":[...],\"redacted\"}",
      "  advise   {\"id\",\"platform\",\"visibility\",\"text\",...} -> channel, actions, priority",
      "  check    {\"id\",\"platform\",\"visibility\",\"text\",\"now\"?,\"inReplyTo\"?} -> verdict, findings",
      "           --fail-on review|block: exit status 3 when a draft reaches that verdict",
      "  commit   {\"id\",\"now\",\"within\",\"locale\"?} -> {\"id\",\"deadline\",\"text\"}",
      "  render   {\"id\",\"template\",\"locale\"?,\"now\"?,\"values\"} -> {\"id\",\"text\"}",
      "  parse    --platform twitter|facebook; raw payloads -> normalized messages;",
      "           --secret-env NAME: verify captured deliveries {\"id\",\"body\",\"signature\"}",
      "           with the app/consumer secret in environment variable NAME",
      "  demo     a short walk-through on built-in examples");

  /** Commands that read JSON Lines, by name: (engine, platform option) → command. */
  static final Map<String, BiFunction<Replyguard, Platform, Command>> COMMANDS = new TreeMap<>();

  static {
    COMMANDS.put("advise", (engine, platform) -> line(JsonLines.of(engine)::advise));
    COMMANDS.put("check", (engine, platform) -> new CheckCommand(JsonLines.of(engine)));
    COMMANDS.put("commit", (engine, platform) -> line(JsonLines.of(engine)::commit));
    COMMANDS.put("render", (engine, platform) -> line(JsonLines.of(engine)::render));
    COMMANDS.put("scan", (engine, platform) -> line(JsonLines.of(engine)::scan));
    COMMANDS.put("parse", (engine, platform) -> {
      if (platform == null) {
        throw new UsageException("parse needs --platform twitter|facebook");
      }
      return new ParseCommand(engine, engine.adapters().require(platform));
    });
  }

  /** A command that answers each line with one line of the {@link JsonLines} protocol. */
  private static Command line(java.util.function.UnaryOperator<String> answer) {
    return (line, id) -> List.of(answer.apply(line));
  }

  private Main() {}

  /** Bad usage: exit status 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Runs the tool.
   *
   * @param args command and options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
        false, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, System.err, stderrIsTerminal());
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the tool on the given streams.
   *
   * @param args command and options
   * @param stdin input
   * @param stdout output
   * @param stderr diagnostics
   * @param showProgress whether to report progress on stderr
   * @return the exit status
   */
  static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr,
      boolean showProgress) {
    return run(args, stdin, stdout, stderr, showProgress, System::getenv);
  }

  /**
   * Runs the tool with the given environment (for {@code --secret-env}).
   *
   * @param args command and options
   * @param stdin input
   * @param stdout output
   * @param stderr diagnostics
   * @param showProgress whether to report progress on stderr
   * @param env environment variable lookup, returning null for unset variables
   * @return the exit status
   */
  static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr,
      boolean showProgress, java.util.function.UnaryOperator<String> env) {
    String commandName = null;
    String secretEnv = null;
    Path configFile = null;
    String platformId = null;
    Verdict failOn = null;
    List<String> rest = new ArrayList<>(List.of(args));
    try {
      for (int i = 0; i < rest.size(); i++) {
        String a = rest.get(i);
        switch (a) {
          case "--config" -> {
            if (i + 1 >= rest.size()) {
              throw new UsageException("--config needs a file");
            }
            configFile = Path.of(rest.get(++i));
          }
          case "--platform" -> {
            if (i + 1 >= rest.size()) {
              throw new UsageException("--platform needs twitter or facebook");
            }
            platformId = rest.get(++i).toLowerCase(Locale.ROOT);
            if (!platformId.equals("twitter") && !platformId.equals("facebook")) {
              throw new UsageException("unknown platform; expected twitter or facebook");
            }
          }
          case "--secret-env" -> {
            if (i + 1 >= rest.size()) {
              throw new UsageException("--secret-env needs the name of an environment variable");
            }
            secretEnv = rest.get(++i);
          }
          case "--fail-on" -> {
            if (i + 1 >= rest.size()) {
              throw new UsageException("--fail-on needs review or block");
            }
            String v = rest.get(++i).toLowerCase(Locale.ROOT);
            if (!v.equals("review") && !v.equals("block")) {
              throw new UsageException("--fail-on takes review or block");
            }
            failOn = Verdict.valueOf(v.toUpperCase(Locale.ROOT));
          }
          case "-h", "--help", "help" -> {
            stdout.println(USAGE);
            return 0;
          }
          default -> {
            if (a.startsWith("-")) {
              throw new UsageException("unknown option '" + a + "'");
            }
            if (commandName != null) {
              throw new UsageException("unexpected argument '" + a + "'");
            }
            commandName = a;
          }
        }
      }
      if (commandName == null) {
        throw new UsageException("no command given");
      }
      if (!COMMANDS.containsKey(commandName) && !commandName.equals("demo")) {
        throw new UsageException("unknown command; expected one of " + COMMANDS.keySet()
            + " or demo");
      }
      if (failOn != null && !commandName.equals("check")) {
        throw new UsageException("--fail-on goes with check");
      }
      ReplyguardConfig config = configFile == null
          ? ReplyguardConfig.defaults()
          : ReplyguardConfig.fromJson(readConfig(configFile));
      Replyguard engine = Replyguard.create(config);
      if (commandName.equals("demo")) {
        int status = Demo.run(engine, stdout);
        return writeFailed(stdout, stderr) ? OUTPUT_FAILED : status;
      }
      Command command = COMMANDS.get(commandName)
          .apply(engine, platformId == null ? null : Platform.of(platformId));
      if (secretEnv != null) {
        if (!commandName.equals("parse")) {
          throw new UsageException("--secret-env is an option of parse only");
        }
        String secret = env.apply(secretEnv);
        if (secret == null || secret.isEmpty()) {
          throw new UsageException("environment variable " + secretEnv + " (--secret-env) is not"
              + " set or empty");
        }
        command = ParseCommand.verifying(engine,
            engine.adapters().require(Platform.of(platformId)), secret);
      }
      LineRunner runner = new LineRunner(command, !commandName.equals("parse"),
          showProgress ? stderr : null);
      LineRunner.Summary summary = runner.run(new BufferedReader(
          new InputStreamReader(stdin, StandardCharsets.UTF_8)), stdout);
      if (writeFailed(stdout, stderr)) {
        return OUTPUT_FAILED;
      }
      if (summary.failed() > 0) {
        return 1;
      }
      if (failOn != null && ((CheckCommand) command).strictest().compareTo(failOn) >= 0) {
        return 3;
      }
      return 0;
    } catch (UsageException e) {
      stderr.println("replyguard: " + e.getMessage());
      stderr.println(USAGE);
      return 2;
    } catch (ReplyguardException | IllegalStateException e) {
      stderr.println("replyguard: configuration error: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      stderr.println("replyguard: I/O error: " + e.getMessage());
      return 2;
    }
  }

  /** Exit status when the output cannot be written (a full disk, a closed pipe). */
  static final int OUTPUT_FAILED = 4;

  /** Flushes the output and says on stderr when it could not be written. */
  private static boolean writeFailed(PrintStream stdout, PrintStream stderr) {
    if (!stdout.checkError()) {
      return false;
    }
    stderr.println("replyguard: cannot write the output (disk full or pipe closed); "
        + "the answers are incomplete");
    return true;
  }

  private static String readConfig(Path file) throws IOException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark
    } catch (NoSuchFileException e) {
      throw new UsageException("configuration file not found: " + file);
    }
  }

  /** Whether file descriptor 2 is a terminal (Linux: /proc/self/fd/2 points at a tty). */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
