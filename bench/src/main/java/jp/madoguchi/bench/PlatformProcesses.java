package jp.madoguchi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVMs {@code ./madoguchi up} started, read from their pid files in {@code var/run} and {@code /proc}: resident
 * memory, current (VmRSS) and peak (VmHWM), and CPU time used so far. A pid counts only if its command line carries
 * the launcher's marker for that name, as the launcher itself checks, so a reused pid is not reported.
 */
final class PlatformProcesses {

    private static final List<String> PROCESSES = List.of("devstack", "staff-console", "intake", "scheduling",
            "notification", "analytics");

    /** Linux reports CPU time in clock ticks of 1/USER_HZ s; USER_HZ is 100 on every architecture the JDK runs. */
    private static final long MILLIS_PER_TICK = 10;

    private PlatformProcesses() {
    }

    /** Process name to {@code "<rss> (peak <hwm>)"}; processes not running from this checkout are left out. */
    static Map<String, String> memory(Path checkout) {
        Map<String, String> memory = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            proc(checkout, name).ifPresent(proc -> {
                try {
                    List<String> status = Files.readAllLines(proc.resolve("status"));
                    memory.put(name, field(status, "VmRSS:") + " (peak " + field(status, "VmHWM:") + ")");
                } catch (IOException gone) {
                    // Stopped meanwhile: nothing to report for it.
                }
            });
        }
        return memory;
    }

    /** Process name to the CPU time (user and system) it has used since it started, in milliseconds. */
    static Map<String, Long> cpuMillis(Path checkout) {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            proc(checkout, name).ifPresent(proc -> {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    // After the command name in parentheses: field 3 is the state; utime and stime are 14 and 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    cpu.put(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK);
                } catch (IOException | RuntimeException gone) {
                    // Stopped meanwhile, or not Linux: nothing to report for it.
                }
            });
        }
        return cpu;
    }

    /**
     * CPU milliseconds each process used between two readings per request of {@code requests}, and their sum under
     * {@code all}.
     */
    static Map<String, Double> cpuPerRequest(Map<String, Long> before, Map<String, Long> after, long requests) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        if (requests == 0) {
            return perRequest;
        }
        after.forEach((name, millis) -> {
            Long start = before.get(name);
            if (start != null) {
                perRequest.put(name, (millis - start) / (double) requests);
            }
        });
        if (!perRequest.isEmpty()) {
            perRequest.put("all", perRequest.values().stream().mapToDouble(Double::doubleValue).sum());
        }
        return perRequest;
    }

    private static Optional<Path> proc(Path checkout, String name) {
        try {
            String pid = Files.readString(checkout.resolve("var/run/" + name + ".pid")).trim();
            Path proc = Path.of("/proc", pid);
            String commandLine = Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8);
            return commandLine.contains("-Dmadoguchi.process=" + name + "\0") ? Optional.of(proc) : Optional.empty();
        } catch (IOException | RuntimeException notRunning) {
            // No pid file, no such process, or not Linux.
            return Optional.empty();
        }
    }

    private static String field(List<String> status, String name) {
        return status.stream().filter(line -> line.startsWith(name))
                .map(line -> line.substring(name.length()).trim()).findFirst().orElse("?");
    }
}
