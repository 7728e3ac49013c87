package org.extranet.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The CPU time a benchmark's process has used, split by who used it: the benchmark's own clients
 * (threads it names), the JVM's garbage collector and compilers, and the rest, which is the server;
 * beside it the PostgreSQL processes on the machine (the embedded database's). Threads are told
 * apart by their names in Linux's {@code /proc}, which count in hundredths of a second: take a
 * difference over many operations. Where there is no {@code /proc}, everything is the server's.
 */
public record CpuUse(long totalNanos, long clientNanos, long runtimeNanos, long databaseNanos) {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long NANOS_PER_TICK = 10_000_000; // USER_HZ is 100 on Linux
    private static final Predicate<String> RUNTIME = name -> name.startsWith("GC Thread") || name.startsWith("G1 ")
            || name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") || name.startsWith("VM Thread");

    /** Now, with the threads whose names {@code client} accepts (Linux cuts names to 15 characters) as clients. */
    public static CpuUse now(Predicate<String> client) {
        long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long clients = 0;
        long runtime = 0;
        if (Files.isDirectory(TASKS)) {
            try (Stream<Path> tasks = Files.list(TASKS)) {
                for (Path task : tasks.toList()) {
                    String name = read(task.resolve("comm")).strip();
                    long nanos = ticks(read(task.resolve("stat"))) * NANOS_PER_TICK;
                    if (client.test(name)) {
                        clients += nanos;
                    } else if (RUNTIME.test(name)) {
                        runtime += nanos;
                    }
                }
            } catch (IOException e) {
                // the threads' split is left out; the total stands
            }
        }
        long database = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().filter(command -> command.endsWith("/postgres")).isPresent())
                .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return new CpuUse(total, clients, runtime, database);
    }

    /** What was used between {@code before} and this. */
    public CpuUse since(CpuUse before) {
        return new CpuUse(totalNanos - before.totalNanos, clientNanos - before.clientNanos,
                runtimeNanos - before.runtimeNanos, databaseNanos - before.databaseNanos);
    }

    /** The process's time that was neither the clients' nor the garbage collector's and compilers'. */
    public long serverNanos() {
        return totalNanos - clientNanos - runtimeNanos;
    }

    /** User and system ticks from a {@code stat} line; the thread's name, in parentheses, may hold spaces. */
    private static long ticks(String stat) {
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** A thread that ended in between has no files any more: it counts as nothing. */
    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
