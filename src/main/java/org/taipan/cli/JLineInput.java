package org.taipan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines from the terminal through JLine: editing, history (~/.taipan_history) and tab
 * completion of names and attributes. Only the interactive prompt on a terminal loads this
 * class, so JLine costs nothing to a program that runs without one.
 */
final class JLineInput implements Repl.LineInput {
    private final Terminal terminal;
    private final LineReader reader;

    JLineInput(Completion completion) throws IOException {
        Main.needsShutdownHooks = true; // JLine restores the terminal's modes from a shutdown hook
        terminal = TerminalBuilder.builder().system(true).build();
        // Ctrl-C while a statement runs raises KeyboardInterrupt in it; JLine puts this handler
        // back after each line it reads.
        terminal.handle(Terminal.Signal.INT, s -> org.taipan.vm.ThreadState.signalInterrupt());
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("taipan")
                .parser(new WordParser())
                .completer((r, line, candidates) -> {
                    for (String c : completion.complete(line.word())) {
                        candidates.add(new Candidate(c, c, null, null, null, null, false));
                    }
                })
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.AUTO_PARAM_SLASH, false)
                .option(LineReader.Option.AUTO_REMOVE_SLASH, false);
        // $HOME first, as CPython's expanduser: the JVM's user.home comes from the password file.
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        if (home != null && !home.isEmpty()) {
            b.variable(LineReader.HISTORY_FILE, Path.of(home, ".taipan_history"));
        }
        reader = b.build();
    }

    @Override
    public String read(String prompt) throws Repl.Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Repl.Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // The history is lost; nothing else to do at exit.
        }
    }

    /**
     * Lines are Python, not shell words: every line is complete as typed (the prompt decides
     * about continuation lines), and the word to complete is the dotted name before the cursor.
     */
    private static final class WordParser implements Parser {
        @Override
        public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
            int start = cursor;
            while (start > 0 && (Character.isJavaIdentifierPart(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
                start--;
            }
            String word = line.substring(start, cursor);
            return new CompletingParsedLine() {
                public String word() {
                    return word;
                }

                public int wordCursor() {
                    return word.length();
                }

                public int wordIndex() {
                    return 0;
                }

                public List<String> words() {
                    return List.of(word);
                }

                public String line() {
                    return line;
                }

                public int cursor() {
                    return cursor;
                }

                public CharSequence escape(CharSequence candidate, boolean complete) {
                    return candidate;
                }

                public int rawWordCursor() {
                    return word.length();
                }

                public int rawWordLength() {
                    return word.length();
                }
            };
        }
    }
}
