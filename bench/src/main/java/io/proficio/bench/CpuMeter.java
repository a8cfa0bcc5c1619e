package io.proficio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time of the processes in a run, from Linux's {@code /proc}: user plus system time of every
 * process of each named part (the server, PostgreSQL's backends, this JVM), read before and after.
 * A process that starts during the run counts whole; one that ends during it is missed.
 */
final class CpuMeter {

    /** Clock ticks a second of {@code /proc/<pid>/stat}: 100 on Linux for every architecture in use. */
    private static final double TICKS_PER_SECOND = 100;

    /** A part of the run, by the processes it is made of. */
    record Part(String name, Predicate<ProcessInfo> member) {
    }

    /** What identifies a process: its id, command name and command line. */
    record ProcessInfo(long pid, String command, String commandLine) {
    }

    private final Part[] parts;
    private final Map<Long, Long> startTicks = new LinkedHashMap<>();

    CpuMeter(Part... parts) {
        this.parts = parts;
    }

    static Part server() {
        return new Part("server", p -> p.commandLine().contains("com.sun.enterprise.glassfish.bootstrap.ASMain"));
    }

    static Part postgres() {
        return new Part("PostgreSQL", p -> p.command().equals("postgres"));
    }

    /**
     * PostgreSQL's processes that serve one database, so that other databases' clients on a shared
     * server do not count: the backends and autovacuum workers of {@code database} (their process
     * title names it, {@code postgres: 15/main: user database host(port) state}), and the server's own
     * processes that every database shares (the postmaster, checkpointer, WAL writer and the like).
     */
    static Part postgres(String database) {
        return new Part("PostgreSQL", p -> p.command().equals("postgres") && servesDatabase(p.commandLine(), database));
    }

    private static boolean servesDatabase(String commandLine, String database) {
        List<String> title = List.of(commandLine.strip().split("\\s+"));
        if (title.contains(database)) {
            return true;
        }
        boolean otherBackend = title.size() >= 5 && title.get(0).equals("postgres:")
                && (title.get(4).matches(".*\\(\\d+\\)") || title.get(4).equals("[local]"));
        boolean otherAutovacuum = commandLine.contains("autovacuum worker");
        return !otherBackend && !otherAutovacuum;
    }

    static Part process(String name, long pid) {
        return new Part(name, p -> p.pid() == pid || ProcessHandle.of(p.pid())
                .flatMap(ProcessHandle::parent).map(parent -> parent.pid() == pid).orElse(false));
    }

    static Part thisJvm() {
        long self = ProcessHandle.current().pid();
        return new Part("load generator (this JVM)", p -> p.pid() == self);
    }

    void start() {
        startTicks.clear();
        processes().forEach(p -> startTicks.put(p.pid(), ticks(p.pid())));
    }

    /** CPU seconds each part used since {@link #start}, by part name, in the order given. */
    Map<String, Double> seconds() {
        Map<String, Double> used = new LinkedHashMap<>();
        for (Part part : parts) {
            used.put(part.name(), 0.0);
        }
        processes().forEach(p -> {
            long delta = ticks(p.pid()) - startTicks.getOrDefault(p.pid(), 0L);
            for (Part part : parts) {
                if (part.member().test(p)) {
                    used.merge(part.name(), Math.max(0, delta) / TICKS_PER_SECOND, Double::sum);
                }
            }
        });
        return used;
    }

    private static Stream<ProcessInfo> processes() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(CpuMeter::describe).filter(p -> p != null).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static ProcessInfo describe(String pid) {
        try {
            String command = Files.readString(Path.of("/proc", pid, "comm")).strip();
            String commandLine = new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            return new ProcessInfo(Long.parseLong(pid), command, commandLine);
        } catch (IOException e) {
            return null;
        }
    }

    /** utime + stime, fields 14 and 15 of {@code /proc/<pid>/stat}, counted after the command's closing parenthesis. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
