package org.extranet.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live objects of this JVM's heap by class, as {@code jcmd <pid> GC.class_histogram} lists
 * them: HotSpot collects the whole heap first, so only what is reachable counts. Each one is kept
 * in a file, not in the heap, so that an earlier histogram does not weigh on a later one.
 */
record HeapHistogram(Map<String, Line> lines) {

    record Line(String name, long instances, long bytes) {}

    private static final Pattern LINE = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");
    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");

    /** Writes the histogram into the file and returns the live heap in bytes. */
    static long take(Path file) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Matcher total = TOTAL.matcher(text);
            if (!total.find()) {
                throw new IllegalStateException("No total in the class histogram");
            }
            return Long.parseLong(total.group(2));
        } catch (JMException e) {
            throw new IllegalStateException("No class histogram from this JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HeapHistogram read(Path file) {
        try (Stream<String> text = Files.lines(file)) {
            var lines = new HashMap<String, Line>();
            text.map(LINE::matcher).filter(Matcher::matches).forEach(match -> lines.merge(match.group(3),
                    new Line(match.group(3), Long.parseLong(match.group(1)), Long.parseLong(match.group(2))),
                    (a, b) -> new Line(a.name(), a.instances() + b.instances(), a.bytes() + b.bytes())));
            return new HeapHistogram(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What this histogram has more of than the other, class by class, the most bytes first. */
    Stream<Line> minus(HeapHistogram other) {
        return lines.values().stream()
                .map(line -> {
                    var was = other.lines().getOrDefault(line.name(), new Line(line.name(), 0, 0));
                    return new Line(line.name(), line.instances() - was.instances(), line.bytes() - was.bytes());
                })
                .sorted(Comparator.comparingLong(Line::bytes).reversed());
    }
}
